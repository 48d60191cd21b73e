package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.sim.FaultKind;
import org.cpolens.model.sim.FieldExposure;
import org.cpolens.model.sim.RateEstimate;
import org.junit.jupiter.api.Test;

class FieldExposureParserTest {
    /**
     * The catalog keeps Meta's CPO field data as exposure: 1 M 400G-port-hours (stated, Broadcom
     * 2025-10-01) and ~15 M (secondary), no failure in either. By hand at 95%: 2.9957e9 / 1e6 =
     * 2,995.7 FIT per 400G port, x 16 = 47,932 FIT per 6.4T engine; 2.9957e9 / 15e6 = 199.72 FIT per
     * port, 3,195.4 per engine.
     */
    @Test
    void bundledExposureGivesUpperBoundsPerEngine() {
        List<FieldExposure> all = FieldExposureParser.bundled();
        assertThat(all).extracting(FieldExposure::id).containsExactly("cpoMetaEcoc2025", "cpoMetaBailly2026");
        FieldExposure primary = all.get(0);
        assertThat(primary.exposurePortHours().status()).isEqualTo(Status.STATED);
        assertThat(primary.exposurePortHours().unit()).isEqualTo("400G-equivalent port-hours");
        assertThat(primary.failures().value()).isZero();
        RateEstimate engine = primary.engineFit(0.95, 6400);
        assertThat(engine.kind()).isEqualTo(RateEstimate.Kind.UPPER_BOUND);
        assertThat(engine.value()).isCloseTo(47_931.7, within(0.1));
        assertThat(primary.fitPerGbps(0.95).value()).isCloseTo(2_995.73 / 400, within(1e-3));
        FieldExposure later = all.get(1);
        assertThat(later.exposurePortHours().status()).isEqualTo(Status.SECONDARY);
        assertThat(later.engineFit(0.95, 6400).value()).isCloseTo(3_195.4, within(0.1));
    }

    /**
     * Until per-engine rates reach the fleet, the catalog's opticalEngine figure (applied per switch
     * port) is the 95% bound of the ~15 M port-hours per 800G port: 2 x 199.72 = 399.4 FIT. It must
     * stay tied to the exposure it comes from, and the weak 2.6 M h vendor-blog MTBF (385 FIT per port, close by
     * chance) must not be its source.
     */
    @Test
    void theEngineFigureTheFleetReadsIsTheBoundPer800gPort() {
        var in = ScenarioLoader.load("broadcom-32k", Catalogs.bundled()).reliability();
        double fit = in.mode(FaultKind.OPTICAL_ENGINE).fit().value();
        double bound = FieldExposureParser.bundled().get(1).engineFit(0.95, 800).value();
        assertThat(fit).isCloseTo(bound, within(0.05));
        assertThat(in.mode(FaultKind.OPTICAL_ENGINE).fit().note()).contains("UPPER BOUND");
        Map<String, Figure> kept = FieldExposureParser.notYetModelled(CatalogLoader.bundledDoc(ReliabilityInputsParser.FILE));
        assertThat(kept).containsKeys("cpoMtbfVendorBlogs", "lpoMttfOverDspOptics");
        assertThat(in.mode(FaultKind.OPTICAL_ENGINE).fit().source()).startsWith("upper bound").doesNotContain("blog");
        assertThat(kept.get("cpoMtbfVendorBlogs").note()).contains("must not be used as a rate");
    }

    @Test
    void badExposureEntriesNameFileLineAndField() {
        YamlDoc doc = YamlDoc.parse("r.yaml", """
                fieldExposure:
                  x:
                    exposurePortHours: { value: 1000, source: s, status: stated }
                    failures: { value: 0.5, source: s, status: stated }
                    portGbps: { value: 400, source: s, status: stated }
                """);
        assertThatThrownBy(() -> FieldExposureParser.exposures(doc)).hasMessageContaining("r.yaml:4")
                .hasMessageContaining("fieldExposure.x.failures.value").hasMessageContaining("whole number");
    }
}
