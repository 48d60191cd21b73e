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
     * The optical-engine rate the fleet reads is per Gb/s of engine capacity, derived from the ~15 M
     * port-hours at the catalog's 95% confidence: 2.9957e9 / 15e6 / 400 = 0.49929 FIT per Gb/s (3,195.4
     * per 6.4T engine). It is typed as an upper bound, tied to the exposure it comes from; the weak
     * 2.6 M h vendor-blog MTBF must not be its source.
     */
    @Test
    void theEngineRateIsTheBoundPerGbpsOfTheExposureItNames() {
        var in = ScenarioLoader.load("broadcom-32k", Catalogs.bundled()).reliability();
        var mode = in.mode(FaultKind.OPTICAL_ENGINE);
        assertThat(mode.fit().value()).isCloseTo(2.995732 / 15 / 400 * 1000, within(1e-5));
        assertThat(mode.fit().unit()).isEqualTo("FIT per Gb/s");
        assertThat(mode.bound()).get().extracting(RateEstimate::kind).isEqualTo(RateEstimate.Kind.UPPER_BOUND);
        assertThat(mode.basis()).isEqualTo("upper bound (95%)");
        assertThat(mode.fit().status()).isEqualTo(Status.SECONDARY);
        assertThat(mode.fit().source()).startsWith("upper bound (95%) of cpoMetaBailly2026").doesNotContain("blog");
        Map<String, Figure> kept = FieldExposureParser.notYetModelled(CatalogLoader.bundledDoc(ReliabilityInputsParser.FILE));
        assertThat(kept).containsKey("cpoMtbfVendorBlogs").doesNotContainKey("lpoMttfOverDspOptics");
        assertThat(kept.get("cpoMtbfVendorBlogs").note()).contains("must not be used as a rate");
    }

    /** A scenario moves the confidence (the bound moves with it: 99% -> -ln 0.01 = 4.605 / exposure) or names another exposure. */
    @Test
    void aScenarioSetsTheConfidenceOrTheExposure() {
        var base = """
                name: s
                cluster: { endpoints: 512, endpointGbps: 800, accelerators: 2048 }
                fabric: { switch: tomahawk5-64x800g, tiers: 2 }
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                """;
        var at99 = ScenarioLoader.parse(YamlDoc.parse("s.yaml", base + """
                reliability:
                  failureModes: { opticalEngine: { confidence: 0.99 } }
                """), Catalogs.bundled()).reliability().mode(FaultKind.OPTICAL_ENGINE);
        assertThat(at99.fit().value()).isCloseTo(4.605170 / 15 / 400 * 1000, within(1e-5));
        assertThat(at99.basis()).isEqualTo("upper bound (99%)");
        var stated = ScenarioLoader.parse(YamlDoc.parse("s.yaml", base + """
                reliability:
                  failureModes: { opticalEngine: { fromExposure: cpoMetaEcoc2025 } }
                """), Catalogs.bundled()).reliability().mode(FaultKind.OPTICAL_ENGINE);
        assertThat(stated.fit().value()).isCloseTo(2.995732 / 400 * 1000, within(1e-4));
        assertThat(stated.fit().status()).isEqualTo(Status.STATED);
        var plain = ScenarioLoader.parse(YamlDoc.parse("s.yaml", base + """
                reliability:
                  failureModes: { opticalEngine: { fitPerGbps: 0.1 } }
                """), Catalogs.bundled()).reliability().mode(FaultKind.OPTICAL_ENGINE);
        assertThat(plain.bound()).isEmpty();
        assertThat(plain.basis()).isEqualTo("assumption");
        assertThatThrownBy(() -> ScenarioLoader.parse(YamlDoc.parse("s.yaml", base + """
                reliability:
                  failureModes: { opticalEngine: { fit: 400 } }
                """), Catalogs.bundled())).hasMessageContaining("s.yaml:6")
                .hasMessageContaining("per Gb/s of engine capacity").hasMessageContaining("fitPerGbps");
        assertThatThrownBy(() -> ScenarioLoader.parse(YamlDoc.parse("s.yaml", base + """
                reliability:
                  failureModes: { opticalEngine: { fromExposure: cpoMetaBaily2026 } }
                """), Catalogs.bundled())).hasMessageContaining("s.yaml:6").hasMessageContaining("unknown field exposure")
                .hasMessageContaining("cpoMetaBailly2026");
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
