package org.cpolens.model.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random chains: single points of failure and the split of units are checked against a
 * direct count over the generated roles, not against the graph code under test.
 */
class RandomChainTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2027, 31415, 900001})
    void spofAndUnitSplitMatchADirectCount(long seed) {
        Random rnd = new Random(seed);
        List<Component> components = new ArrayList<>();
        for (String id : Component.VOCABULARY) {
            components.add(new Component(id, id, id, Layer.MIDSTREAM, "units", List.of(), "test", Status.ASSUMPTION,
                    DemandRule.of(DemandBasis.SWITCHES, Figure.of(1, "u", "test", Status.ASSUMPTION)),
                    Optional.of(Figure.of(1 + rnd.nextInt(100), "USD", "test", Status.ASSUMPTION))));
        }
        int n = 3 + rnd.nextInt(12);
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Role> roles = new ArrayList<>();
            for (String c : Component.VOCABULARY) {
                if (rnd.nextInt(4) == 0) {
                    roles.add(new Role(c, rnd.nextBoolean(), false, "", List.of(), "test", Status.ASSUMPTION, ""));
                }
            }
            companies.add(new Company("c" + i, new Listing("T" + i, "TWSE", "test", Status.ASSUMPTION), "C" + i, "公司" + i,
                    Layer.MIDSTREAM, Optional.empty(), roles, List.of(), ""));
        }
        SupplyChain chain = new SupplyChain(components, companies, Figure.of(32, "TWD/USD", "test", Status.ASSUMPTION),
                new DefaultDemand("s", Figure.of(2027, "year", "t", Status.ASSUMPTION),
                        Figure.of(1, "c", "t", Status.ASSUMPTION)));

        Map<String, Double> units = new LinkedHashMap<>();
        for (String c : Component.VOCABULARY) {
            units.put(c, (double) rnd.nextInt(10_000));
        }
        ExposureResult x = ExposureCalculator.compute(chain, new ComponentDemand(2027, units));

        for (String c : Component.VOCABULARY) {
            int qualified = 0;
            int all = 0;
            for (Company co : companies) {
                for (Role r : co.roles()) {
                    if (r.component().equals(c)) {
                        all++;
                        qualified += r.qualified() ? 1 : 0;
                    }
                }
            }
            boolean spof = chain.singlePointsOfFailure().stream().anyMatch(p -> p.component().id().equals(c));
            assertThat(spof).as("seed %d component %s", seed, c).isEqualTo(qualified == 1);
            double split = x.rows().stream().filter(r -> r.component().equals(c)).mapToDouble(CompanyExposure::units).sum();
            // every unit lands on some supplier when there is one; none when there is none
            assertThat(split).as("seed %d component %s", seed, c).isCloseTo(all == 0 ? 0 : units.get(c),
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(x.rows().stream().filter(r -> r.component().equals(c))).hasSize(all);
        }
        // no published exposure in a generated chain, so no share of revenue anywhere
        assertThat(x.rows()).allMatch(r -> r.shareOfRevenue().isEmpty() && r.revenueYear().equals(OptionalInt.empty()));
    }
}
