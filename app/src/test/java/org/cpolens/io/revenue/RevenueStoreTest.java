package org.cpolens.io.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevenueStoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("revenue.mv.db");
    }

    private ImportSummary importFiles(List<ParsedRevenueFile> files) {
        return RevenueImporter.importFiles(db(), files, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private RevenueStore open() {
        return RevenueStore.openIfExists(db()).orElseThrow();
    }

    @Test
    void importsCsvAndJsonAndReadsThemBack() {
        ImportSummary sum = importFiles(RevenueFileParserTest.read("mops-revenue-fixture-11310.csv",
                "openapi-revenue-fixture-t187ap05_L.json"));
        assertThat(sum.inserted()).isEqualTo(9);
        try (RevenueStore s = open()) {
            assertThat(s.rowCount()).isEqualTo(9);
            List<RevenueRow> rows = s.rows("3081");
            assertThat(rows).extracting(RevenueRow::month).containsExactly(YearMonth.of(2024, 10), YearMonth.of(2025, 10));
            RevenueRow oct = rows.get(0);
            assertThat(oct.revenueThousandNtd()).isEqualTo(538_465L);
            assertThat(oct.reportDate()).isEqualTo(LocalDate.of(2024, 11, 7));
            assertThat(oct.statedYoyPercent()).hasToString("55.00");
            assertThat(oct.note()).contains("\"矽光子\"");
            assertThat(s.companies()).containsEntry("3081", "範例磊晶(fixture)").hasSize(5);
            assertThat(s.importLog()).hasSize(2);
        }
        assertThat(dir.resolve("revenue.mv.db")).isRegularFile();
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        List<ParsedRevenueFile> f = RevenueFileParserTest.read("mops-revenue-fixture-11310.csv");
        List<RevenueRow> before;
        importFiles(f);
        try (RevenueStore s = open()) {
            before = s.rows(s.companies().keySet());
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(db());
        ImportSummary again = importFiles(f);
        assertThat(java.nio.file.Files.readAllBytes(db())).isEqualTo(bytes);
        assertThat(dir).isDirectoryNotContaining("glob:**importing*");
        try (RevenueStore s = open()) {
            assertThat(again.inserted()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
            assertThat(again.files().get(0).importId()).isZero();
            assertThat(s.importLog()).hasSize(1);
            assertThat(s.revisionCount()).isZero();
            assertThat(s.rows(s.companies().keySet())).isEqualTo(before);
        }
    }

    @Test
    void aCorrectedRowUpdatesAndIsLogged() {
        importFiles(RevenueFileParserTest.read("mops-revenue-fixture-11310.csv"));
        ImportSummary sum = importFiles(RevenueFileParserTest.read("mops-revenue-fixture-11310-corrected.csv"));
        try (RevenueStore s = open()) {
            assertThat(sum.updated()).isEqualTo(1);
            assertThat(sum.unchanged()).isEqualTo(4);
            RevenueRow r = s.rows("3363").get(0);
            assertThat(r.revenueThousandNtd()).isEqualTo(189_819L + 1234);
            assertThat(r.note()).isEqualTo("更正申報");
            assertThat(s.revisions()).singleElement().satisfies(v -> {
                assertThat(v.companyCode()).isEqualTo("3363");
                assertThat(v.month()).isEqualTo(YearMonth.of(2024, 10));
                assertThat(v.changes()).contains("當月營收 189819 -> 191053");
                assertThat(v.importId()).isEqualTo(2);
            });
            // both filings stay in the history, each with its report date
            assertThat(s.filings("3363")).extracting(RevenueRow::revenueThousandNtd).containsExactly(189_819L, 189_819L + 1234);
            assertThat(s.rowsAsOf(List.of("3363"), LocalDate.of(2024, 11, 19))).singleElement()
                    .satisfies(f -> assertThat(f.revenueThousandNtd()).isEqualTo(189_819L));
            assertThat(s.rowsAsOf(List.of("3363"), LocalDate.of(2024, 11, 20))).singleElement()
                    .satisfies(f -> assertThat(f.revenueThousandNtd()).isEqualTo(189_819L + 1234));
            assertThat(s.rowsAsOf(List.of("3363"), LocalDate.of(2024, 11, 6))).isEmpty();
        }
        // the older report, imported after the correction, does not undo it
        ImportSummary old = importFiles(RevenueFileParserTest.read("mops-revenue-fixture-11310.csv"));
        assertThat(old.updated()).isZero();
        assertThat(old.files().get(0).keptNewer()).isEqualTo(1);
        try (RevenueStore s = open()) {
            assertThat(s.rows("3363").get(0).revenueThousandNtd()).isEqualTo(189_819L + 1234);
        }
    }

    @Test
    void aFailedWriteLeavesTheDatabaseUnchanged() {
        importFiles(RevenueFileParserTest.read("mops-revenue-fixture-11309.csv"));
        try (RevenueStore s = open()) {
            long rows = s.rowCount();
            // the second file parses but cannot be stored (a name longer than the column): the whole batch rolls back
            String header = String.join(",", RevenueColumns.ALL) + "\n";
            String longName = "x".repeat(300);
            String row = "\"113/11/07\",\"113/10\",\"1234\",\"" + longName + "\",\"i\",\"10\",\"10\",\"10\",\"0.00\",\"0.00\","
                    + "\"10\",\"10\",\"0.00\",\"-\"\n";
            ParsedRevenueFile bad = RevenueFileParser.parse("bad.csv", (header + row).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<ParsedRevenueFile> batch = List.of(RevenueFileParserTest.read("mops-revenue-fixture-11310.csv").get(0), bad);
            assertThatThrownBy(() -> importFiles(batch)).isInstanceOf(RuntimeException.class);
            assertThat(s.rowCount()).isEqualTo(rows);
            assertThat(s.importLog()).hasSize(1);
            assertThat(s.rows("2330")).extracting(RevenueRow::month).containsExactly(YearMonth.of(2024, 9));
        }
    }

    @Test
    void databaseLocation() {
        assertThat(RevenueStore.defaultPath("/x/data", "/home/u")).isEqualTo(Path.of("/x/data/cpolens/revenue.mv.db"));
        assertThat(RevenueStore.defaultPath(null, "/home/u")).isEqualTo(Path.of("/home/u/.local/share/cpolens/revenue.mv.db"));
        assertThat(RevenueStore.defaultPath("relative", "/home/u")).isEqualTo(Path.of("/home/u/.local/share/cpolens/revenue.mv.db"));
        assertThat(RevenueStore.resolve(dir.resolve("a.mv.db"), false)).isEqualTo(dir.resolve("a.mv.db"));
        assertThat(RevenueStore.resolve(dir.resolve("a"), false)).isEqualTo(dir.resolve("a.mv.db"));
        assertThatThrownBy(() -> RevenueStore.resolve(dir.resolve("missing/revenue"), false))
                .isInstanceOf(InputException.class).hasMessageContaining("folder does not exist");
        assertThatThrownBy(() -> RevenueStore.resolve(dir, false)).isInstanceOf(InputException.class).hasMessageContaining("is a folder");
        assertThat(RevenueStore.openIfExists(dir.resolve("none"))).isEmpty();
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsAClearError() throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        Files.writeString(junk, "not a database");
        assertThatThrownBy(() -> RevenueStore.openIfExists(junk)).isInstanceOf(InputException.class)
                .hasMessageContaining("junk.mv.db");
    }
}
