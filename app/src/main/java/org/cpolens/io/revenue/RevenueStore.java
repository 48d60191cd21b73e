package org.cpolens.io.revenue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueRow;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Monthly revenue in an embedded H2 database file. One row per company and month holds the latest
 * filing; every import that changes something gets an import_log row, and every corrected row a
 * revenue_revision row saying what changed. Imports are all-or-nothing: the files are parsed whole
 * before the database is touched, and written in one transaction.
 */
public final class RevenueStore implements AutoCloseable {
    /** H2 adds this to the name it is given; {@code --db} accepts the path with or without it. */
    public static final String FILE_SUFFIX = ".mv.db";
    public static final String DEFAULT_FILE = "revenue" + FILE_SUFFIX;
    private static final int SCHEMA_VERSION = 1;
    private static final int BATCH = 2000;
    private static final String COLUMNS = "company_code, period, company_name, industry, report_date, revenue, "
            + "previous_month, last_year_month, stated_mom, stated_yoy, cumulative, last_year_cumulative, stated_ytd, "
            + "note, import_id";

    private final Path file;
    private final Connection conn;

    private RevenueStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    // ---- where the file lives

    /** {@code $XDG_DATA_HOME/cpolens/revenue.mv.db}, else {@code ~/.local/share/cpolens/revenue.mv.db}. */
    public static Path defaultPath() {
        return defaultPath(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"));
    }

    static Path defaultPath(String xdgDataHome, String home) {
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : Path.of(home, ".local", "share");
        return base.resolve("cpolens").resolve(DEFAULT_FILE);
    }

    /**
     * The database file for a {@code --db} option (null: the default, whose folder is created).
     * A given path's folder must exist: a typo should not scatter databases around the disk.
     */
    public static Path resolve(Path dbOption, boolean createDefaultFolder) {
        if (dbOption == null) {
            Path p = defaultPath().toAbsolutePath();
            if (createDefaultFolder) {
                try {
                    Files.createDirectories(p.getParent());
                } catch (java.io.IOException e) {
                    throw new InputException(p.getParent().toString(), "--db", null,
                            "cannot create the data folder: " + e.getMessage(), "give another place with --db PATH");
                }
            }
            return p;
        }
        Path p = dbOption.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            throw new InputException(p.toString(), "--db", dbOption, "is a folder, not a database file",
                    "give a file path such as " + p.resolve(DEFAULT_FILE));
        }
        if (!p.getFileName().toString().endsWith(FILE_SUFFIX)) {
            p = p.resolveSibling(p.getFileName() + FILE_SUFFIX);
        }
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(String.valueOf(parent), "--db", dbOption, "the database's folder does not exist",
                    "create it first (mkdir -p " + parent + ") or pick an existing folder");
        }
        return p;
    }

    /** Opens (creating when missing) the database at {@code dbFile} ({@code .mv.db} added when absent). */
    public static RevenueStore open(Path dbFile) {
        Path p = resolve(dbFile, false);
        return connect(p);
    }

    /** Opens the database only if the file exists: reading must never create an empty database. */
    public static Optional<RevenueStore> openIfExists(Path dbFile) {
        Path p = resolve(dbFile, false);
        return Files.isRegularFile(p) ? Optional.of(connect(p)) : Optional.empty();
    }

    private static RevenueStore connect(Path p) {
        String name = p.toString();
        String base = name.substring(0, name.length() - FILE_SUFFIX.length());
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base);
        ds.setUser("sa");
        ds.setPassword("");
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                throw new InputException(name, "--db", null, "the database is in use by another program",
                        "close the other cpolens process, or use another --db");
            }
            throw new InputException(name, "--db", null, "cannot open the database: " + firstLine(e.getMessage()),
                    "if it is not a CPO Lens database, give another --db path");
        }
        RevenueStore s = new RevenueStore(p, c);
        try {
            s.createSchema();
        } catch (SQLException e) {
            s.close();
            throw new InputException(name, "--db", null, "not a CPO Lens revenue database: " + firstLine(e.getMessage()),
                    "give another --db path");
        }
        return s;
    }

    private void createSchema() throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS import_log (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "source VARCHAR(2000) NOT NULL, sha256 CHAR(64) NOT NULL, format VARCHAR(20) NOT NULL, "
                    + "imported_at TIMESTAMP WITH TIME ZONE NOT NULL, rows_in_file INT NOT NULL, inserted INT NOT NULL, "
                    + "updated INT NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS revenue_month (company_code VARCHAR(16) NOT NULL, "
                    + "period INT NOT NULL, company_name VARCHAR(200) NOT NULL, industry VARCHAR(200) NOT NULL, "
                    + "report_date DATE, revenue BIGINT NOT NULL, previous_month BIGINT NOT NULL, "
                    + "last_year_month BIGINT NOT NULL, stated_mom VARCHAR(40), stated_yoy VARCHAR(40), "
                    + "cumulative BIGINT NOT NULL, last_year_cumulative BIGINT NOT NULL, stated_ytd VARCHAR(40), "
                    + "note VARCHAR(4000) NOT NULL, import_id BIGINT NOT NULL, PRIMARY KEY (company_code, period))");
            st.execute("CREATE INDEX IF NOT EXISTS revenue_month_period ON revenue_month(period)");
            st.execute("CREATE TABLE IF NOT EXISTS revenue_revision (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "import_id BIGINT NOT NULL, company_code VARCHAR(16) NOT NULL, period INT NOT NULL, "
                    + "changes VARCHAR(8000) NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                int v = rs.getInt(1);
                if (rs.wasNull()) {
                    st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                } else if (v != SCHEMA_VERSION) {
                    throw new SQLException("schema version " + v + ", this cpolens reads " + SCHEMA_VERSION);
                }
            }
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    // ---- import

    /**
     * Imports parsed files in one transaction. A row new to the database is inserted; a row that
     * differs from the stored one replaces it and is logged as a revision, unless the stored row
     * comes from a later report date (then the newer filing is kept and counted in keptNewer).
     */
    public ImportSummary importFiles(List<ParsedRevenueFile> files) {
        List<ImportSummary.FileResult> results = new ArrayList<>();
        try {
            for (ParsedRevenueFile f : files) {
                results.add(importOne(f));
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("database write failed, nothing was stored: " + e.getMessage(), e);
        }
        return new ImportSummary(results);
    }

    private ImportSummary.FileResult importOne(ParsedRevenueFile f) throws SQLException {
        TreeSet<Integer> periods = new TreeSet<>();
        for (ParsedRow r : f.rows()) {
            periods.add(period(r.row().month()));
        }
        Map<String, RevenueRow> existing = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM revenue_month WHERE period = ?")) {
            for (int p : periods) {
                ps.setInt(1, p);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RevenueRow r = row(rs);
                        existing.put(key(r), r);
                    }
                }
            }
        }
        List<RevenueRow> inserts = new ArrayList<>();
        List<RevenueRow> updates = new ArrayList<>();
        List<String> revisionText = new ArrayList<>();
        List<String> notes = new ArrayList<>(f.notes());
        int unchanged = 0;
        int keptNewer = 0;
        for (ParsedRow pr : f.rows()) {
            RevenueRow r = pr.row();
            RevenueRow old = existing.get(key(r));
            if (old == null) {
                inserts.add(r);
            } else if (old.sameFiling(r)) {
                unchanged++;
            } else if (old.reportDate() != null && r.reportDate() != null && r.reportDate().isBefore(old.reportDate())) {
                keptNewer++;
                notes.add(pr.where() + ": " + r.companyCode() + " " + r.month() + " differs from the stored row, which "
                        + "comes from a later report (" + old.reportDate() + " > " + r.reportDate() + "): kept the stored row");
            } else {
                updates.add(r);
                revisionText.add(r.companyCode() + " " + r.month() + ": " + changes(old, r));
            }
        }
        long importId = 0;
        if (!inserts.isEmpty() || !updates.isEmpty()) {
            importId = logImport(f, inserts.size(), updates.size());
            write("INSERT INTO revenue_month (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inserts, importId,
                    false);
            write("UPDATE revenue_month SET company_name=?, industry=?, report_date=?, revenue=?, previous_month=?, "
                    + "last_year_month=?, stated_mom=?, stated_yoy=?, cumulative=?, last_year_cumulative=?, stated_ytd=?, "
                    + "note=?, import_id=? WHERE company_code=? AND period=?", updates, importId, true);
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO revenue_revision (import_id, company_code, period, changes) VALUES (?,?,?,?)")) {
                for (int i = 0; i < updates.size(); i++) {
                    RevenueRow r = updates.get(i);
                    ps.setLong(1, importId);
                    ps.setString(2, r.companyCode());
                    ps.setInt(3, period(r.month()));
                    ps.setString(4, truncate(revisionText.get(i), 8000));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return new ImportSummary.FileResult(f.source(), f.format(), f.encoding(), f.rows().size(), inserts.size(),
                updates.size(), unchanged, keptNewer, importId, revisionText, f.mismatches(), notes);
    }

    private long logImport(ParsedRevenueFile f, int inserted, int updated) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO import_log (source, sha256, format, imported_at, "
                + "rows_in_file, inserted, updated) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, truncate(f.source(), 2000));
            ps.setString(2, f.sha256());
            ps.setString(3, f.format().word());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setInt(5, f.rows().size());
            ps.setInt(6, inserted);
            ps.setInt(7, updated);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void write(String sql, List<RevenueRow> rows, long importId, boolean update) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int pending = 0;
            for (RevenueRow r : rows) {
                int i = 1;
                if (!update) {
                    ps.setString(i++, r.companyCode());
                    ps.setInt(i++, period(r.month()));
                }
                ps.setString(i++, r.companyName());
                ps.setString(i++, r.industry());
                if (r.reportDate() == null) {
                    ps.setNull(i++, Types.DATE);
                } else {
                    ps.setDate(i++, Date.valueOf(r.reportDate()));
                }
                ps.setLong(i++, r.revenueThousandNtd());
                ps.setLong(i++, r.previousMonthThousandNtd());
                ps.setLong(i++, r.lastYearMonthThousandNtd());
                ps.setString(i++, plain(r.statedMomPercent()));
                ps.setString(i++, plain(r.statedYoyPercent()));
                ps.setLong(i++, r.cumulativeThousandNtd());
                ps.setLong(i++, r.lastYearCumulativeThousandNtd());
                ps.setString(i++, plain(r.statedYtdPercent()));
                ps.setString(i++, truncate(r.note(), 4000));
                ps.setLong(i++, importId);
                if (update) {
                    ps.setString(i++, r.companyCode());
                    ps.setInt(i++, period(r.month()));
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    static String changes(RevenueRow a, RevenueRow b) {
        List<String> out = new ArrayList<>();
        diff(out, "出表日期", a.reportDate(), b.reportDate());
        diff(out, "公司名稱", a.companyName(), b.companyName());
        diff(out, "產業別", a.industry(), b.industry());
        diff(out, "當月營收", a.revenueThousandNtd(), b.revenueThousandNtd());
        diff(out, "上月營收", a.previousMonthThousandNtd(), b.previousMonthThousandNtd());
        diff(out, "去年當月營收", a.lastYearMonthThousandNtd(), b.lastYearMonthThousandNtd());
        diff(out, "上月比較增減(%)", plain(a.statedMomPercent()), plain(b.statedMomPercent()));
        diff(out, "去年同月增減(%)", plain(a.statedYoyPercent()), plain(b.statedYoyPercent()));
        diff(out, "當月累計營收", a.cumulativeThousandNtd(), b.cumulativeThousandNtd());
        diff(out, "去年累計營收", a.lastYearCumulativeThousandNtd(), b.lastYearCumulativeThousandNtd());
        diff(out, "前期比較增減(%)", plain(a.statedYtdPercent()), plain(b.statedYtdPercent()));
        diff(out, "備註", a.note(), b.note());
        return String.join("; ", out);
    }

    private static void diff(List<String> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(field + " " + (a == null ? "(empty)" : a) + " -> " + (b == null ? "(empty)" : b));
        }
    }

    // ---- reads

    /** One company's rows, oldest month first. */
    public List<RevenueRow> rows(String code) {
        return rows(List.of(code));
    }

    /** The rows of these companies, by company then month. */
    public List<RevenueRow> rows(Collection<String> codes) {
        List<RevenueRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT " + COLUMNS + " FROM revenue_month WHERE company_code = ? ORDER BY period")) {
            for (String code : codes) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** Every stored company code with its latest name, by code. */
    public Map<String, String> companies() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT company_code, company_name FROM revenue_month r WHERE period = "
                     + "(SELECT MAX(period) FROM revenue_month x WHERE x.company_code = r.company_code) ORDER BY company_code")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    public long rowCount() {
        return count("SELECT COUNT(*) FROM revenue_month");
    }

    public long revisionCount() {
        return count("SELECT COUNT(*) FROM revenue_revision");
    }

    private long count(String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** Imports that changed something, oldest first. */
    public List<ImportLogEntry> importLog() {
        List<ImportLogEntry> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, source, sha256, format, imported_at, rows_in_file, inserted, updated FROM import_log ORDER BY id")) {
            while (rs.next()) {
                out.add(new ImportLogEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getObject(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** Every correction, oldest first. */
    public List<Revision> revisions() {
        List<Revision> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT import_id, company_code, period, changes FROM revenue_revision ORDER BY id")) {
            while (rs.next()) {
                out.add(new Revision(rs.getLong(1), rs.getString(2), month(rs.getInt(3)), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    private IllegalStateException readFailed(SQLException e) {
        return new IllegalStateException("cannot read the revenue database " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            conn.rollback();
            conn.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the revenue database " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- mapping

    private static RevenueRow row(ResultSet rs) throws SQLException {
        Date d = rs.getDate(5);
        return new RevenueRow(rs.getString(1), rs.getString(3), rs.getString(4), month(rs.getInt(2)),
                d == null ? null : d.toLocalDate(), rs.getLong(6), rs.getLong(7), rs.getLong(8), decimal(rs.getString(9)),
                decimal(rs.getString(10)), rs.getLong(11), rs.getLong(12), decimal(rs.getString(13)), rs.getString(14));
    }

    static int period(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    static YearMonth month(int period) {
        return YearMonth.of(period / 100, period % 100);
    }

    private static String key(RevenueRow r) {
        return r.companyCode() + "\u0000" + period(r.month());
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
