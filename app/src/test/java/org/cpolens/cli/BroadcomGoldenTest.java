package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The seed's headline, reproduced through the public CLI: Broadcom's 30k+ GPU cluster needs ~832 kW of
 * interconnect optics with DSP pluggables and ~366 kW with CPO (the seed article, quoting Broadcom).
 *
 * <p>Derivation: 32,768 GPUs x 200G = 8,192 x 800G host ports on a 3-tier fat tree of 64-port TH5 switches
 * (256 leaves, 256 spines, 128 cores). Each host port crosses host-leaf, leaf-spine and spine-core links:
 * 6 optical ends, 8,192 x 6 = 49,152 modules, of which 40,960 are on switches and 8,192 on hosts.
 * Pluggable: 49,152 x 16.93 W = 832.1 kW. CPO: 40,960 x 5.55 W + 8,192 x 16.93 W (host side stays
 * pluggable) = 227.3 + 138.7 = 366.0 kW. Tolerance: 2% of the published figures.
 */
class BroadcomGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode compare() throws Exception {
        CliRun r = CliRun.of("compare", "--scenario", "../scenarios/broadcom-32k.yaml", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode arch(JsonNode root, String id) {
        for (JsonNode a : root.get("architectures")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no architecture " + id + " in " + root);
    }

    @Test
    void pluggableClusterSpends832Kilowatts() throws Exception {
        JsonNode root = compare();
        JsonNode p = arch(root, "pluggable-dsp-800g");
        assertThat(p.get("opticsPowerKw").asDouble()).isCloseTo(832.0, Percentage.withPercentage(2));
        assertThat(p.get("switchSidePorts").asLong() + p.get("hostSideModules").asLong()).isEqualTo(49_152);
        assertThat(root.get("architectures").get(0).get("id").asText()).isEqualTo("pluggable-dsp-800g");
    }

    @Test
    void cpoClusterSpends366Kilowatts() throws Exception {
        JsonNode c = arch(compare(), "cpo-bailly-800g");
        assertThat(c.get("opticsPowerKw").asDouble()).isCloseTo(366.0, Percentage.withPercentage(2));
        assertThat(c.get("switchSidePorts").asLong()).isEqualTo(40_960);
        assertThat(c.get("hostSideModules").asLong()).isEqualTo(8_192);
    }

    @Test
    void fabricAndSavingsFollowFromTheCounts() throws Exception {
        JsonNode root = compare();
        JsonNode fabric = root.get("fabric");
        assertThat(fabric.get("tiers").asInt()).isEqualTo(3);
        assertThat(fabric.get("switchCount").asLong()).isEqualTo(640);
        assertThat(JSON.convertValue(fabric.get("switchesPerTier"), long[].class)).containsExactly(256, 256, 128);
        JsonNode p = arch(root, "pluggable-dsp-800g");
        JsonNode c = arch(root, "cpo-bailly-800g");
        // switch power before optics is the same for both, so the saving is the optics difference
        double saved = p.get("networkPowerKw").asDouble() - c.get("networkPowerKw").asDouble();
        assertThat(c.get("powerSavedKw").asDouble()).isCloseTo(saved, within(1e-3));
        assertThat(c.get("powerSavedKw").asDouble())
                .isCloseTo(p.get("opticsPowerKw").asDouble() - c.get("opticsPowerKw").asDouble(), within(1e-3));
        // 1,400 W per accelerator (the scenario's assumption): floor(saved W / 1,400)
        assertThat(c.get("extraAcceleratorsAtSamePower").asLong()).isEqualTo((long) Math.floor(saved * 1000 / 1400));
        // pJ/bit over 8,192 x 800 Gb/s of injection
        assertThat(p.get("picojoulesPerBit").asDouble())
                .isCloseTo(p.get("networkPowerKw").asDouble() * 1000 / (8192 * 800.0) * 1000, within(1e-3));
        // per-port saving 67%, cluster optics saving 56% (the reconstruction in scenarios/broadcom-32k.yaml)
        double perPortSaving = 1 - (c.get("switchOpticsPowerKw").asDouble() / c.get("switchSidePorts").asDouble())
                / (p.get("switchOpticsPowerKw").asDouble() / p.get("switchSidePorts").asDouble());
        assertThat(perPortSaving).isCloseTo(0.67, within(0.005));
        assertThat(1 - c.get("opticsPowerKw").asDouble() / p.get("opticsPowerKw").asDouble()).isCloseTo(0.56, within(0.005));
    }

    /** Non-regression: the exact values this version computes, to 1e-6 relative. */
    @Test
    void exactValuesDoNotDrift() throws Exception {
        JsonNode root = compare();
        assertThat(arch(root, "pluggable-dsp-800g").get("opticsPowerKw").asDouble())
                .isCloseTo(49_152 * 16.93 / 1000, within(1e-6));
        assertThat(arch(root, "cpo-bailly-800g").get("opticsPowerKw").asDouble())
                .isCloseTo((40_960 * 5.55 + 8_192 * 16.93) / 1000, within(1e-6));
    }
}
