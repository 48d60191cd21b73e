package org.cpolens.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.Component;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.DefaultDemand;
import org.cpolens.model.supply.DemandBasis;
import org.cpolens.model.supply.DemandRule;
import org.cpolens.model.supply.ExposureCalculator;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.Layer;
import org.cpolens.model.supply.Listing;
import org.cpolens.model.supply.Role;
import org.cpolens.model.supply.SinglePoint;
import org.cpolens.model.supply.SupplyChain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Supply-chain queries and exposure: the bundled catalog (19 companies) and a generated chain of
 * 1,800 companies (about the number of Taiwan-listed companies), seed 2027, each company making
 * each component with probability 1/4, half of them qualified.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SupplyBench {
    @Param({"bundled", "1800"})
    public String chain;

    private SupplyChain supply;
    private ComponentDemand demand;

    @Setup(Level.Trial)
    public void setUp() {
        supply = "bundled".equals(chain) ? CompanyCatalogLoader.bundled() : generated(Integer.parseInt(chain), 2027L);
        Map<String, Double> units = new LinkedHashMap<>();
        for (String c : Component.VOCABULARY) {
            units.put(c, 5120.0);
        }
        demand = new ComponentDemand(2027, units);
    }

    @Benchmark
    public ExposureResult exposure() {
        return ExposureCalculator.compute(supply, demand);
    }

    @Benchmark
    public List<SinglePoint> singlePointsOfFailure() {
        return supply.singlePointsOfFailure();
    }

    static SupplyChain generated(int n, long seed) {
        Random rnd = new Random(seed);
        Figure one = Figure.of(1, "u", "bench", Status.ASSUMPTION);
        List<Component> components = new ArrayList<>();
        for (String id : Component.VOCABULARY) {
            components.add(new Component(id, id, id, Layer.MIDSTREAM, "units", List.of(), "bench", Status.ASSUMPTION,
                    DemandRule.of(DemandBasis.SWITCHES, one), Optional.of(Figure.of(100, "USD", "bench", Status.ASSUMPTION))));
        }
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Role> roles = new ArrayList<>();
            for (String c : Component.VOCABULARY) {
                if (rnd.nextInt(4) == 0) {
                    roles.add(new Role(c, rnd.nextBoolean(), false, "", List.of(), "bench", Status.ASSUMPTION, ""));
                }
            }
            companies.add(new Company("c" + i, new Listing("T" + i, "TWSE", "bench", Status.ASSUMPTION), "C" + i, "C" + i,
                    Layer.MIDSTREAM, Optional.empty(), roles, List.of(), ""));
        }
        return new SupplyChain(components, companies, Figure.of(32, "TWD/USD", "bench", Status.ASSUMPTION),
                new DefaultDemand("s", Figure.of(2027, "year", "b", Status.ASSUMPTION), one));
    }
}
