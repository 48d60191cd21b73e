package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cpolens reliability} on a server-mode scenario: the AIReSim peer side by side, the JSON, bad input. */
class ServerModeCommandTest {
    @TempDir
    Path dir;

    /**
     * The peer (AIReSim, its config.yaml defaults with a 30-day job) reports over 12 replications,
     * seeds 1-12, 1,303.6 +- 17.8 (sd) training hours and 1,736 +- 52 failures on this machine class.
     * CPO Lens runs the bundled scenario with 12 replications (seeds 1-12 of its own generator, so
     * not the peer's draws) and must land within two of the peer's standard deviations of both means:
     * |mean - 1,303.6| <= 35.6 h and |mean - 1,736| <= 104. The expected values are not typed in: a
     * wrong failure law, standby or repair rule moves the means by more (e.g. dropping the
     * systematic failures removes ~510 failures and ~170 h; repairs that never cure a bad server add ~370
     * failures and ~125 h).
     */
    @Test
    void airesimCaseAgreesWithThePeerWithinTwoStandardDeviations() throws IOException {
        CliRun r = CliRun.of("reliability", "--scenario", "airesim-4096", "--seed", "1", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("mode").asText()).isEqualTo("servers");
        assertThat(j.get("replications").asInt()).isEqualTo(12);
        assertThat(j.get("replicationSeeds").get(0).asLong()).isEqualTo(1);
        assertThat(j.get("replicationSeeds").get(1).asLong()).isEqualTo(12);
        double hours = j.get("trainingHours").get("mean").asDouble();
        double failures = j.get("failures").get("mean").asDouble();
        JsonNode peer = j.get("peer");
        assertThat(peer.get("trainingHours").get("mean").asDouble()).isEqualTo(1303.6);
        assertThat(peer.get("failures").get("sd").asDouble()).isEqualTo(52.0);
        assertThat(Math.abs(hours - 1303.6)).isLessThanOrEqualTo(2 * 17.8);
        assertThat(Math.abs(failures - 1736)).isLessThanOrEqualTo(2 * 52);
        assertThat(peer.get("trainingHoursSdsApart").asDouble()).isCloseTo(Math.abs(hours - 1303.6) / 17.8,
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(j.get("runs")).hasSize(12);
        assertThat(j.get("inputs").get(0).get("status").asText()).isEqualTo("stated");
    }

    @Test
    void tablePrintsTheSeedsAndThePeerAndSameSeedGivesTheSameBytes() {
        CliRun a = CliRun.of("reliability", "--scenario", "airesim-4096", "--seed", "5", "--days", "3", "--trials", "4");
        CliRun b = CliRun.of("reliability", "--scenario", "airesim-4096", "--seed", "5", "--days", "3", "--trials", "4");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out())
                .contains("seed 5 (replication i uses seed 5 + i, seeds 5-8), 4 replications of a 3-day job on 4,096 servers")
                .contains("Peer side by side").contains("reliability.servers.recoveryMinutes");
        CliRun zh = CliRun.of("reliability", "--scenario", "airesim-4096", "--seed", "5", "--days", "3", "--trials", "4",
                "--lang", "zh-TW");
        assertThat(zh.out()).contains("伺服器層級可靠度").contains("訓練時數");
        CliRun csv = CliRun.of("reliability", "--scenario", "airesim-4096", "--days", "3", "--trials", "4", "--format", "csv");
        assertThat(csv.out()).startsWith("metric,mean,sd,lo,hi,min,max,unit");
    }

    private static final String SERVERS = """
            name: pool
            reliability:
              mode: servers
              servers:
                jobSize: 64
                warmStandbys: 2
                workingPool: 70
                sparePool: 5
                randomFailuresPerDay: 0.01
                systematicFraction: 0.1
                systematicMultiplier: 5
                recoveryMinutes: 20
                hostSelectionMinutes: 3
                preemptionMinutes: 20
                autoRepairMinutes: 120
                manualRepairMinutes: 2880
                probAutoToManual: 0.8
                autoRepairFailProb: 0.4
                manualRepairFailProb: 0.2
                jobDays: 10
            """;

    @Test
    void plainNumbersAreLabelledAssumptions() throws IOException {
        Path p = dir.resolve("pool.yaml");
        Files.writeString(p, SERVERS);
        CliRun r = CliRun.of("reliability", "--scenario", p.toString(), "--trials", "3", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("inputs").get(0).get("status").asText()).isEqualTo("assumption");
        assertThat(j.get("inputs").get(0).get("source").asText()).isEqualTo("scenario pool");
        assertThat(j.has("peer")).isFalse();
    }

    /** Line numbers count from 1 at "name: pool"; the servers' fields start on line 5. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "workingPool: 70|workingPool: 60|pool.yaml:7: field 'reliability.servers.workingPool' = '60': must be at least jobSize + warmStandbys = 66",
            "jobSize: 64|jobSize: 64.5|pool.yaml:5: field 'reliability.servers.jobSize' = '64.5': must be a whole number",
            "probAutoToManual: 0.8|probAutoToManual: 1.8|pool.yaml:17: field 'reliability.servers.probAutoToManual' = '1.8': must be between 0 and 1",
            "    jobDays: 10|    jobDayz: 10|pool.yaml:20: field 'reliability.servers.jobDayz': unknown key (hint: maybe you meant 'jobDays'?)",
            "  mode: servers|  mode: server|pool.yaml:3: field 'reliability.mode' = 'server': not a known value (hint: maybe you meant 'servers'?)"})
    void badServerScenariosNameFileLineFieldAndValue(String from, String to, String message) throws IOException {
        Path p = dir.resolve("pool.yaml");
        Files.writeString(p, SERVERS.replace(from, to));
        CliRun r = CliRun.of("reliability", "--scenario", p.toString(), "--trials", "3");
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aServerScenarioWithAFabricIsRefusedWithAHint() throws IOException {
        Path p = dir.resolve("pool.yaml");
        Files.writeString(p, SERVERS + "fabric:\n  tiers: 2\n");
        CliRun r = CliRun.of("reliability", "--scenario", p.toString());
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("a server-mode scenario has no fabric").contains("drop 'mode: servers'");
    }
}
