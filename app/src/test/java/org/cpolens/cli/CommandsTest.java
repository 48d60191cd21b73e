package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The foundation's commands through the public entry point. */
class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fabricJsonHasTheContractFields() throws Exception {
        CliRun r = CliRun.of("fabric", "--endpoints", "2048", "--radix", "64", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.fieldNames()).toIterable().contains("endpoints", "radix", "tiers", "switchesPerTier",
                "switchCount", "maxEndpoints", "unusedPorts");
        assertThat(j.get("switchCount").asLong()).isEqualTo(96);
        assertThat(j.get("maxEndpoints").asLong()).isEqualTo(2048);
    }

    @Test
    void fabricCsvIsSpreadsheetReady() {
        CliRun r = CliRun.of("fabric", "--endpoints", "8192", "--radix", "64", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("tier,switches,portsUsed,unusedPorts,linksBelow,media\r\n");
        assertThat(r.out()).contains("leaf,256,16384,0,8192,optical");
    }

    @Test
    void fabricTooBigIsAUserError() {
        CliRun r = CliRun.of("fabric", "--endpoints", "70000", "--radix", "64");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("maximum is 65536 (k^3/4)");
    }

    @Test
    void compareRunsABundledScenarioByName() throws Exception {
        CliRun r = CliRun.of("compare", "--scenario", "broadcom-32k", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("scenario").asText()).isEqualTo("broadcom-32k");
        for (JsonNode a : j.get("architectures")) {
            assertThat(a.fieldNames()).toIterable().contains("id", "switchSidePorts", "hostSideModules",
                    "opticsPowerKw", "networkPowerKw", "picojoulesPerBit", "lasers", "capexUsd", "powerSavedKw",
                    "extraAcceleratorsAtSamePower");
        }
    }

    @Test
    void compareTableSpeaksTraditionalChinese() {
        CliRun r = CliRun.of("compare", "--lang", "zh-TW");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("光學功耗").contains("情境 broadcom-32k");
    }

    @Test
    void catalogListShowsSourcesAndStatus() {
        CliRun r = CliRun.of("catalog", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("cpo-bailly-800g").contains("stated").contains("assumption")
                .contains("quantum-x-photonics-144x800g");
        CliRun s = CliRun.of("catalog", "show", "cpo-bailly-800g", "--format", "json");
        assertThat(s.code()).isZero();
        assertThat(s.out()).contains("\"status\" : \"stated\"").contains("Laser Focus World");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"analyze", "compare", "fabric", "catalog"}) {
            CliRun r = CliRun.of(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: cpolens " + cmd);
        }
        assertThat(CliRun.of("--help").out()).contains("compare").contains("fabric");
    }
}
