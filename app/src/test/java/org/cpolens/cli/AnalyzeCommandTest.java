package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cpolens.model.scenario.RunDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        }
    }

    @Test
    void writesTheThreeFilesAndPrintsWhereAndTheSeed(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("nested/report");
        Run r = Run.of("analyze", "--out", out.toString(), "--db", tmp.resolve("none.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : AnalyzeCommand.FILES) {
            assertThat(out.resolve(f)).isNotEmptyFile();
            assertThat(r.out()).contains(out.resolve(f).toAbsolutePath().normalize().toString());
        }
        assertThat(r.out()).contains("seed " + RunDefaults.SEED);
        assertThat(r.err()).contains("[1/" + AnalyzeCommand.STEPS + "]")
                .contains("[" + AnalyzeCommand.STEPS + "/" + AnalyzeCommand.STEPS + "]").contains("cost of ownership")
                .contains("in parallel");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"seed\" : " + RunDefaults.SEED)
                .contains("\"baselineOpticsPowerKw\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html lang=\"en\">");
        // no temporary folder is left next to the output
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report");
        }
    }

    /** The main job carries every model's section, and its numbers are the engines' own. */
    @Test
    void everySectionOfTheWalkIsThereWithTheEnginesNumbers(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        Run r = Run.of("analyze", "--out", out.toString(), "--seed", "7", "--trials", "2000",
                "--db", tmp.resolve("none.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        for (String id : org.cpolens.report.ReportBuilder.SECTION_ORDER) {
            assertThat(html).as("section %s", id).contains("\"id\" : \"" + id + "\"");
        }
        // with no revenue imported the signals section says how to import it
        assertThat(html).contains("cpolens revenue import");

        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("summary.json").toFile());
        // the same seed and trials through `market` and `reliability` give the same figures
        Run m = Run.of("market", "--seed", "7", "--trials", "2000", "--format", "json");
        assertThat(m.code()).as(m.err()).isZero();
        double p50 = 0;
        for (var y : new com.fasterxml.jackson.databind.ObjectMapper().readTree(m.out()).get("years")) {
            if (y.get("year").asInt() == 2030) {
                p50 = y.get("p50").asDouble();
            }
        }
        assertThat(summary.get("marketP50Revenue2030Usd").asDouble())
                .isCloseTo(p50, org.assertj.core.api.Assertions.within(1e-3));
        Run rel = Run.of("reliability", "--seed", "7", "--format", "json");
        assertThat(rel.code()).as(rel.err()).isZero();
        var relJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rel.out());
        double baselinePerDay = relJson.get("architectures").get(0).get("interruptionsPerDay").asDouble();
        assertThat(summary.get("reliabilityInterruptionsPerDayBaseline").asDouble())
                .isCloseTo(baselinePerDay, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** With no seed or trials given, analyze and market take the scenario's run defaults: one 2030 P50. */
    @Test
    void analyzeAndMarketAgreeOnTheDefaults(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        Run a = Run.of("analyze", "--out", out.toString(), "--db", tmp.resolve("none.mv.db").toString());
        assertThat(a.code()).as(a.err()).isZero();
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Run m = Run.of("market", "--format", "json");
        var market = new com.fasterxml.jackson.databind.ObjectMapper().readTree(m.out());
        assertThat(market.get("seed").asLong()).isEqualTo(summary.get("seed").asLong()).isEqualTo(RunDefaults.SEED);
        assertThat(market.get("trials").asInt()).isEqualTo(RunDefaults.MARKET_TRIALS);
        for (var y : market.get("years")) {
            if (y.get("year").asInt() == 2030) {
                assertThat(y.get("p50").asDouble()).isCloseTo(summary.get("marketP50Revenue2030Usd").asDouble(),
                        org.assertj.core.api.Assertions.within(1e-3));
            }
        }
    }

    @Test
    void sameInputsAndSeedGiveIdenticalSummary(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("none.mv.db").toString();
        assertThat(Run.of("analyze", "--out", tmp.resolve("a").toString(), "--seed", "42", "--db", db).code()).isZero();
        assertThat(Run.of("analyze", "--out", tmp.resolve("b").toString(), "--seed", "42", "--lang", "zh-TW", "--db", db)
                .code()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("a/summary.json"))).isEqualTo(Files.readAllBytes(tmp.resolve("b/summary.json")));
        assertThat(Files.readString(tmp.resolve("b/report.html"))).contains("<html lang=\"zh-TW\">");
        assertThat(Files.readString(tmp.resolve("a/summary.json"))).contains("\"seed\" : 42");
    }

    @Test
    void badInputIsOneLineAndLeavesTheOutputAsItWas(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "previous run");

        Run lang = Run.of("analyze", "--out", out.toString(), "--lang", "fr");
        assertThat(lang.code()).isEqualTo(Main.USER_ERROR);
        assertThat(lang.err()).contains("--lang").contains("fr").contains("zh-TW or en").doesNotContain("Exception");

        Run scenario = Run.of("analyze", "--out", out.toString(), "--scenario", "broadcom-23k");
        assertThat(scenario.code()).isEqualTo(Main.USER_ERROR);
        assertThat(scenario.err()).contains("broadcom-23k").contains("broadcom-32k");

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Run notDir = Run.of("analyze", "--out", file.toString());
        assertThat(notDir.code()).isEqualTo(Main.USER_ERROR);
        assertThat(notDir.err()).contains("not a folder");

        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("previous run");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).hasSize(1);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report", "a-file");
        }
    }

    /** A second run into the same folder opens with what changed: here the seed and every figure it moves. */
    @Test
    void aSecondRunSaysWhatChangedSinceTheFirst(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        String db = tmp.resolve("none.mv.db").toString();
        Run first = Run.of("analyze", "--out", out.toString(), "--trials", "500", "--db", db);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("\"id\" : \"changes\"");
        Run second = Run.of("analyze", "--out", out.toString(), "--trials", "500", "--seed", "7", "--db", db);
        assertThat(second.code()).as(second.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("\"id\" : \"changes\"").contains("What changed since the last run")
                .contains("\"changedFigures\"");
        // the market's P50 moves with the seed; the inputs did not change
        assertThat(html).contains("marketP50Revenue2030Usd").doesNotContain("\"changedInputs\"");
        // the same inputs again: nothing changed, and it says so
        Run third = Run.of("analyze", "--out", out.toString(), "--trials", "500", "--seed", "7", "--db", db);
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Nothing changed since the last run");
    }

    /** Several scenarios: a folder each, and a page that sets their first-page figures side by side. */
    @Test
    void severalScenariosAreWrittenSideBySide(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("cmp");
        Run r = Run.of("analyze", "--scenario", "broadcom-32k", "--scenario", "llama3-405b", "--out", out.toString(),
                "--trials", "500", "--db", tmp.resolve("none.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String name : java.util.List.of("broadcom-32k", "llama3-405b")) {
            for (String f : AnalyzeCommand.FILES) {
                assertThat(out.resolve(name).resolve(f)).isNotEmptyFile();
            }
            assertThat(Files.readString(out.resolve(name).resolve("summary.json"))).contains("\"scenario\" : \"" + name + "\"");
        }
        Path page = out.resolve(AnalyzeCommand.COMPARISON);
        assertThat(r.out()).contains("compare: " + page.toAbsolutePath().normalize());
        String html = Files.readString(page);
        assertThat(html).contains("Scenarios side by side").contains("\"sideBySide\"")
                .contains("broadcom-32k/report.html").contains("llama3-405b/report.html");
        // each scenario's takeaway value sits in its column
        var broadcom = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("broadcom-32k/summary.json").toFile());
        assertThat(html).contains(broadcom.get("cpoNetworkPowerKw").asText());
    }
}
