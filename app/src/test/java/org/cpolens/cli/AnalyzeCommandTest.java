package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
        assertThat(r.out()).contains("seed " + AnalyzeCommand.DEFAULT_SEED);
        assertThat(r.err()).contains("[1/10]").contains("[10/10]");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"seed\" : " + AnalyzeCommand.DEFAULT_SEED)
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
        var catalog = org.cpolens.io.CatalogLoader.bundled();
        var loaded = org.cpolens.io.ScenarioLoader.load("broadcom-32k", catalog);
        var market = org.cpolens.model.market.MarketEngine.run(
                org.cpolens.io.MarketInputsParser.parse(loaded, catalog), 7, 2000);
        assertThat(summary.get("marketP50Revenue2030Usd").asDouble())
                .isCloseTo(market.year(2030).p50(), org.assertj.core.api.Assertions.within(1e-3));
        var relIn = org.cpolens.io.ReliabilityInputsParser.parse(loaded, catalog);
        var rel = org.cpolens.model.sim.ReliabilitySimulator.run(relIn, 7, relIn.defaultTrials(), relIn.defaultDays());
        double fromEngine = org.cpolens.report.ReliabilityViews.keyFigures(rel).stream()
                .filter(k -> k.key().equals("reliabilityInterruptionsPerDayBaseline")).findFirst().orElseThrow().value();
        assertThat(summary.get("reliabilityInterruptionsPerDayBaseline").asDouble())
                .isCloseTo(fromEngine, org.assertj.core.api.Assertions.within(1e-6));
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
}
