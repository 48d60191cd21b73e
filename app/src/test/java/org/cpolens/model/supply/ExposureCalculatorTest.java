package org.cpolens.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cpolens.io.Catalogs;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ExposureCalculatorTest {
    private static final SupplyChain CHAIN = CompanyCatalogLoader.bundled();

    /**
     * Golden: 聯亞 (LandMark, 3081). Goldman via the seed: 2025 SiPh revenue NT$2.8B = 81% of
     * revenue, 42% in 2024 (Goldman Sachs via the seed article). Total 2025 revenue = 2.8B / 0.81 = NT$3.4568B
     * ("~NT$3.46B"); back again, 2.8B / 3.4568B = 0.81. The 2024 share has no absolute figure
     * beside it, so it is read through unchanged.
     */
    @Test
    void landmarkSharesReproducedFromTheCatalogFigures() {
        ExposureResult x = ExposureCalculator.compute(CHAIN);
        ReportedExposure y2025 = reported(x, 2025);
        assertThat(y2025.segmentRevenue().getAsDouble()).isEqualTo(2.8e9);
        assertThat(y2025.share().getAsDouble()).isEqualTo(0.81);
        assertThat(y2025.totalRevenue().getAsDouble()).isCloseTo(3.46e9, within(0.005 * 3.46e9));
        assertThat(y2025.totalRevenue().getAsDouble()).isCloseTo(2.8e9 / 0.81, within(1e-3));
        assertThat(y2025.totalStatus()).isEqualTo("reconstructed");
        assertThat(y2025.shareStatus()).isEqualTo("stated");
        assertThat(y2025.currency()).isEqualTo("TWD");
        assertThat(y2025.derivation()).contains("2.800e+09 / 0.81");
        // the other way: segment over the derived total gives the stated share back
        assertThat(y2025.segmentRevenue().getAsDouble() / y2025.totalRevenue().getAsDouble()).isCloseTo(0.81, within(1e-12));

        ReportedExposure y2024 = reported(x, 2024);
        assertThat(y2024.share().getAsDouble()).isEqualTo(0.42);
        assertThat(y2024.shareStatus()).isEqualTo("stated");
        assertThat(y2024.segmentRevenue()).isEmpty();
        assertThat(y2024.totalRevenue()).isEmpty();
        // the SiPh share almost doubles: 0.81 / 0.42
        assertThat(y2025.share().getAsDouble() / y2024.share().getAsDouble()).isCloseTo(1.93, within(0.005));
    }

    @Test
    void anyTwoOfSegmentTotalAndShareGiveTheThird() {
        Figure seg = Figure.of(2.8e9, "TWD", "t", Status.STATED);
        Figure total = Figure.of(2.8e9 / 0.81, "TWD", "t", Status.STATED);
        Figure share = Figure.of(0.81, "share", "t", Status.STATED);
        ReportedExposure fromTotal = ExposureCalculator.derive("landmark",
                new Exposure(OptionalInt.of(2025), "siph", Optional.of(seg), Optional.of(total), Optional.empty(), Optional.empty()));
        assertThat(fromTotal.share().getAsDouble()).isCloseTo(0.81, within(1e-12));
        assertThat(fromTotal.shareStatus()).isEqualTo("reconstructed");
        ReportedExposure fromShare = ExposureCalculator.derive("landmark",
                new Exposure(OptionalInt.of(2025), "siph", Optional.empty(), Optional.of(total), Optional.of(share), Optional.empty()));
        assertThat(fromShare.segmentRevenue().getAsDouble()).isCloseTo(2.8e9, within(1e-3));
        assertThat(fromShare.segmentStatus()).isEqualTo("reconstructed");
        ReportedExposure all = ExposureCalculator.derive("landmark",
                new Exposure(OptionalInt.of(2025), "siph", Optional.of(seg), Optional.of(total), Optional.of(share), Optional.empty()));
        assertThat(all.consistent()).isTrue();
        ReportedExposure off = ExposureCalculator.derive("landmark",
                new Exposure(OptionalInt.of(2025), "siph", Optional.of(seg), Optional.of(total),
                        Optional.of(Figure.of(0.42, "share", "t", Status.STATED)), Optional.empty()));
        assertThat(off.consistent()).isFalse();
        assertThat(off.derivation()).contains("does NOT match");
    }

    @Test
    void unitsSplitEquallyAmongQualifiedSuppliersAndCandidatesGetNone() {
        Map<String, Double> units = new LinkedHashMap<>();
        units.put("fau", 1000.0);
        units.put("pluggable-module", 500.0);
        units.put("external-laser-source", 80.0);
        ExposureResult x = ExposureCalculator.compute(CHAIN, new ComponentDemand(2027, units));
        double fauPrice = CHAIN.component("fau").orElseThrow().priceUsd().orElseThrow().value();
        // two qualified FAU makers (FOCI, Corning) share the 1,000 FAUs; the candidates get none
        CompanyExposure foci = row(x, "foci", "fau");
        assertThat(foci.units()).isEqualTo(500.0);
        assertThat(foci.revenueUsd().getAsDouble()).isEqualTo(500.0 * fauPrice);
        assertThat(row(x, "corning", "fau").units()).isEqualTo(500.0);
        assertThat(row(x, "browave", "fau").units()).isZero();
        assertThat(row(x, "innolight", "pluggable-module").units()).isEqualTo(250.0);
        assertThat(row(x, "eoptolink", "pluggable-module").units()).isEqualTo(250.0);
        assertThat(row(x, "coherent", "external-laser-source").units()).isEqualTo(40.0);
        assertThat(row(x, "lumentum", "external-laser-source").units()).isEqualTo(40.0);
        assertThat(row(x, "ezconn", "external-laser-source").units()).isZero();
        assertThat(row(x, "ezconn", "external-laser-source").qualified()).isFalse();
        // components absent from the demand produce no rows
        assertThat(x.rows()).extracting(CompanyExposure::component).containsOnly("fau", "pluggable-module",
                "external-laser-source");
    }

    @Test
    void revenueAtStakeIsSetAgainstTheLatestKnownRevenueInNtd() {
        ExposureResult x = ExposureCalculator.compute(CHAIN, new ComponentDemand(2027, Map.of("inp-epi-wafer", 100.0)));
        CompanyExposure lm = row(x, "landmark", "inp-epi-wafer");
        double price = CHAIN.component("inp-epi-wafer").orElseThrow().priceUsd().orElseThrow().value();
        // 聯亞 shares the wafers with the in-house fabs of Coherent and Lumentum: a third each
        double wafers = 100.0 / 3;
        double twd = wafers * price * CHAIN.twdPerUsd().value();
        assertThat(lm.units()).isCloseTo(wafers, within(1e-12));
        assertThat(lm.revenueYear()).isEqualTo(OptionalInt.of(2025));
        assertThat(lm.shareOfRevenue().getAsDouble()).isCloseTo(twd / (2.8e9 / 0.81), within(1e-12));
        assertThat(x.revenueUsdByCompany().get("landmark").get(2027)).isCloseTo(wafers * price, within(1e-9));
    }

    @Test
    void aDemandForAWordOutsideTheVocabularyIsAUserError() {
        assertThatThrownBy(() -> ExposureCalculator.compute(CHAIN, new ComponentDemand(2027, Map.of("fibre-array", 1.0))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("field 'demand.units' = 'fibre-array': not a component of the supply catalog");
    }

    /**
     * Default demand on broadcom-32k with Bailly CPO (the seed's 32k-GPU cluster): 640 switches,
     * 40,960 CPO ports, 8,192 host-side pluggables. Engines: 40,960 / 8 ports per 6.4T engine =
     * 5,120. Lasers are the CPO's own, as the market counts them: 40,960 x 1 (Bailly, assumption);
     * laser modules 40,960 / 8 = 5,120. Epi wafers: 40,960 / 4,000 dies per wafer = 10.24.
     */
    @Test
    void defaultDemandComesFromTheBillOfMaterialsOfTheDefaultScenario() {
        Scenario s = ScenarioLoader.load(CHAIN.defaultDemand().scenario(), Catalogs.bundled());
        Evaluation e = Analysis.evaluate(s);
        ComponentDemand d = Analysis.demand(s, CHAIN, e, Optional.empty()).get(0);
        assertThat(d.year()).isEqualTo(2027);
        assertThat(d.unitsOf("cpo-switch-system")).isEqualTo(640.0);
        assertThat(d.unitsOf("optical-engine")).isEqualTo(5120.0);
        assertThat(d.unitsOf("fau")).isEqualTo(5120.0);
        assertThat(d.unitsOf("fiber-connector")).isEqualTo(40960.0);
        assertThat(d.unitsOf("laser-diode")).isEqualTo(40960.0);
        assertThat(d.unitsOf("external-laser-source")).isEqualTo(5120.0);
        assertThat(d.unitsOf("pluggable-module")).isEqualTo(8192.0);
        assertThat(d.unitsOf("inp-epi-wafer")).isCloseTo(10.24, within(1e-9));
        assertThat(d.units()).doesNotContainKey("coupling-equipment");

        ComponentDemand three = ClusterDemand.derive(CHAIN, e.architecture("cpo-bailly-800g").orElseThrow().bom(), 2028, 3);
        assertThat(three.unitsOf("optical-engine")).isEqualTo(3 * 5120.0);
    }

    private static ReportedExposure reported(ExposureResult x, int year) {
        return x.reportedOf("landmark").stream().filter(r -> r.year().equals(OptionalInt.of(year))).findFirst().orElseThrow();
    }

    private static CompanyExposure row(ExposureResult x, String company, String component) {
        return x.rowsOf(company).stream().filter(r -> r.component().equals(component)).findFirst().orElseThrow();
    }
}
