package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged, outdated, endless or hostile inputs to the revenue commands: each is one line naming the
 * file and what to do, exit 1, and nothing written.
 */
class RevenueHostileInputTest {
    static final String TODAY = "2025-04-30";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("revenue.mv.db").toString();
    }

    private static void assertOneLine(CliRun r) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDamagedDatabaseNamesTheRecoveryCommandWhichRebuildsIt() throws Exception {
        assertThat(CliRun.of("revenue", "import", "--db", db(), "--today", TODAY,
                RevenueHistoryCommandTest.live("t21sc03_114_1_sii.csv")).code()).isZero();
        // both copies of H2's file header wiped, as a torn write could leave them
        try (RandomAccessFile f = new RandomAccessFile(db(), "rw")) {
            f.write(new byte[8192]);
        }
        CliRun log = CliRun.of("revenue", "log", "--db", db());
        assertOneLine(log);
        assertThat(log.err()).contains("damaged").contains("cpolens revenue recover --db " + db())
                .doesNotContain("Possible solution");
        CliRun recover = CliRun.of("revenue", "recover", "--db", db());
        assertThat(recover.code()).as(recover.err()).isZero();
        assertThat(recover.out()).contains("damaged-");
        assertThat(CliRun.of("revenue", "log", "--db", db()).code()).isZero();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.contains(".damaged-"))
                    .noneMatch(n -> n.endsWith(".h2.sql") || n.endsWith(".mv.txt") || n.contains("recovering"));
        }
        // what is rebuilt is a working database: the month can be imported again
        assertThat(CliRun.of("revenue", "import", "--db", db(), "--today", TODAY,
                RevenueHistoryCommandTest.live("t21sc03_114_1_sii.csv")).code()).isZero();
    }

    @Test
    void aDatabaseOfTheFirstSchemaIsUpgradedByRecover() throws Exception {
        // the layout cpolens wrote before report-date history existed (schema 1)
        String url = "jdbc:h2:file:" + db().substring(0, db().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INT NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1)");
            st.execute("CREATE TABLE import_log (id BIGINT AUTO_INCREMENT PRIMARY KEY, source VARCHAR(2000) NOT NULL, "
                    + "sha256 CHAR(64) NOT NULL, format VARCHAR(20) NOT NULL, imported_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "rows_in_file INT NOT NULL, inserted INT NOT NULL, updated INT NOT NULL)");
            st.execute("CREATE TABLE revenue_month (company_code VARCHAR(16) NOT NULL, period INT NOT NULL, "
                    + "company_name VARCHAR(200) NOT NULL, industry VARCHAR(200) NOT NULL, report_date DATE, "
                    + "revenue BIGINT NOT NULL, previous_month BIGINT NOT NULL, last_year_month BIGINT NOT NULL, "
                    + "stated_mom VARCHAR(40), stated_yoy VARCHAR(40), cumulative BIGINT NOT NULL, "
                    + "last_year_cumulative BIGINT NOT NULL, stated_ytd VARCHAR(40), note VARCHAR(4000) NOT NULL, "
                    + "import_id BIGINT NOT NULL, PRIMARY KEY (company_code, period))");
            st.execute("CREATE TABLE revenue_revision (id BIGINT AUTO_INCREMENT PRIMARY KEY, import_id BIGINT NOT NULL, "
                    + "company_code VARCHAR(16) NOT NULL, period INT NOT NULL, changes VARCHAR(8000) NOT NULL)");
            st.execute("INSERT INTO import_log (source, sha256, format, imported_at, rows_in_file, inserted, updated) "
                    + "VALUES ('old.csv', '" + "0".repeat(64) + "', 'mops-csv', TIMESTAMP WITH TIME ZONE '2024-11-08 00:00:00+08', 1, 1, 0)");
            st.execute("INSERT INTO revenue_month VALUES ('3081', 202410, 'Old', 'x', DATE '2024-11-07', 110, 100, 100, "
                    + "'10.00', '10.00', 110, 100, '10.00', '-', 1)");
        }
        CliRun show = CliRun.of("revenue", "show", "3081", "--db", db());
        assertOneLine(show);
        assertThat(show.err()).contains("older cpolens (schema 1").contains("cpolens revenue recover --db");
        CliRun recover = CliRun.of("revenue", "recover", "--db", db());
        assertThat(recover.code()).as(recover.err()).isZero();
        assertThat(recover.out()).contains("upgraded to schema 2");
        CliRun after = CliRun.of("revenue", "show", "3081", "--db", db(), "--as-of", "2024-11-07", "--today", TODAY,
                "--format", "csv");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("2024-10,110,10");
    }

    @Test
    void devicesFifosAndHugeFilesAreRefusedBeforeReading() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("month.csv"), Path.of("/dev/zero"));
        CliRun z = CliRun.of("revenue", "import", "--db", db(), zero.toString());
        assertOneLine(z);
        assertThat(z.err()).contains("month.csv").contains("not a regular file").contains("/dev/zero");
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliRun f = CliRun.of("revenue", "import", "--db", db(), fifo.toString());
        assertOneLine(f);
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile r = new RandomAccessFile(huge.toFile(), "rw")) {
            r.setLength(300L * 1024 * 1024);
        }
        CliRun h = CliRun.of("revenue", "import", "--db", db(), huge.toString());
        assertOneLine(h);
        assertThat(h.err()).contains("314572800 bytes").contains("limit of 268435456");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void aCutShortJsonSaysSoInItsOwnWords() throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.json"), "[{\"出表日期\": \"1140410\", \"資料年月\": \"114",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("revenue", "import", "--db", db(), cut.toString());
        assertOneLine(r);
        assertThat(r.err()).contains("cut.json:1").contains("not valid JSON").contains("cut short")
                .doesNotContain("Source:").doesNotContain("REDACTED").doesNotContain("[line:");
    }
}
