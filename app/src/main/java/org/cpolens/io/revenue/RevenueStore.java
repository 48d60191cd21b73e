package org.cpolens.io.revenue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
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
import java.time.LocalDate;
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
 * Monthly revenue in an embedded H2 database file. {@code revenue_filing} keeps every filing ever
 * imported (one per company, month and report date 出表日期): the current figure of a company-month
 * is its latest filing, and a question can be asked "as of" a past day. Every import that changes
 * something gets an {@code import_log} row, and every corrected current figure a
 * {@code revenue_revision} row saying what changed.
 *
 * <p>Readers open the file read-only ({@link #openIfExists}); only {@link RevenueImporter} writes,
 * and it writes into a copy that it renames over the original, so a crash never leaves half an import.
 */
public final class RevenueStore implements AutoCloseable {
    /** H2 adds this to the name it is given; {@code --db} accepts the path with or without it. */
    public static final String FILE_SUFFIX = ".mv.db";
    public static final String DEFAULT_FILE = "revenue" + FILE_SUFFIX;
    static final int SCHEMA_VERSION = 2;
    private static final int BATCH = 2000;
    private static final String COLUMNS = "company_code, period, company_name, industry, report_date, revenue, "
            + "previous_month, last_year_month, stated_mom, stated_yoy, cumulative, last_year_cumulative, stated_ytd, "
            + "note, import_id";
    private static final String ROW_COLUMNS_DDL = "company_code VARCHAR(16) NOT NULL, period INT NOT NULL, "
            + "company_name VARCHAR(200) NOT NULL, industry VARCHAR(200) NOT NULL, report_date DATE, "
            + "revenue BIGINT NOT NULL, previous_month BIGINT NOT NULL, last_year_month BIGINT NOT NULL, "
            + "stated_mom VARCHAR(64), stated_yoy VARCHAR(64), cumulative BIGINT NOT NULL, "
            + "last_year_cumulative BIGINT NOT NULL, stated_ytd VARCHAR(64), note VARCHAR(" + RowBuilder.MAX_NOTE
            + ") NOT NULL, import_id BIGINT NOT NULL";

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
     * The database file for a {@code --db} option (null: the default, whose folder is created when
     * {@code createDefaultFolder}). A given path's folder must exist: a typo should not scatter
     * databases around the disk.
     */
    public static Path resolve(Path dbOption, boolean createDefaultFolder) {
        if (dbOption == null) {
            Path p = defaultPath().toAbsolutePath();
            if (createDefaultFolder) {
                try {
                    Files.createDirectories(p.getParent());
                } catch (IOException e) {
                    throw new InputException(p.getParent().toString(), "--db", null,
                            "cannot create the data folder (" + reason(e) + ")", "give another place with --db PATH");
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

    /**
     * Opens the database read-only, only if the file exists: reading must never create or change a
     * database. An older schema or a damaged file is a one-line error naming the recovery command.
     */
    public static Optional<RevenueStore> openIfExists(Path dbOption) {
        Path p = resolve(dbOption, false);
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            throw new InputException(p.toString(), "--db", null, "not a regular file", "give a database file path");
        }
        RevenueStore s = connect(p, true);
        try {
            int v = s.schemaVersion();
            if (v != SCHEMA_VERSION) {
                s.close();
                throw new InputException(p.toString(), "--db", null, "written by " + (v < SCHEMA_VERSION
                        ? "an older" : "a newer") + " cpolens (schema " + v + ", this one reads " + SCHEMA_VERSION + ")",
                        v < SCHEMA_VERSION ? "upgrade it once with 'cpolens revenue recover --db " + p + "'"
                                : "use the newer cpolens, or another --db");
            }
        } catch (SQLException e) {
            s.close();
            throw notOurs(p, e);
        }
        return Optional.of(s);
    }

    /**
     * Opens {@code p} for writing (the importer's private copy), creating or upgrading the schema;
     * messages name {@code shownAs}, the file the user gave.
     */
    static RevenueStore openForWriting(Path p, Path shownAs) {
        RevenueStore s = connect(p, false, shownAs);
        try {
            s.createOrUpgradeSchema();
        } catch (SQLException e) {
            s.close();
            throw notOurs(shownAs, e);
        }
        return s;
    }

    private static RevenueStore connect(Path p, boolean readOnly) {
        return connect(p, readOnly, p);
    }

    private static RevenueStore connect(Path p, boolean readOnly, Path shownAs) {
        String name = p.toString();
        String base = name.substring(0, name.length() - FILE_SUFFIX.length());
        JdbcDataSource ds = new JdbcDataSource();
        // read-only readers never write; IFEXISTS keeps a reader from creating an empty file
        ds.setURL("jdbc:h2:file:" + base + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : "")
                + ";TRACE_LEVEL_FILE=0");
        ds.setUser("sa");
        ds.setPassword("");
        try {
            return new RevenueStore(shownAs, ds.getConnection());
        } catch (SQLException e) {
            throw openFailed(shownAs, e);
        }
    }

    static InputException openFailed(Path p, SQLException e) {
        String name = p.toString();
        if (e.getErrorCode() == 90020) {
            return new InputException(name, "--db", null, "the database is in use by another program",
                    "close the other cpolens process, or use another --db");
        }
        if (isDamage(e)) {
            return damaged(p, e);
        }
        if (causedBy(e, AccessDeniedException.class) || e.getErrorCode() == 90097) {
            return new InputException(name, "--db", null, "cannot open the database: permission denied or read-only",
                    "check the permissions of " + p.getParent() + ", or use another --db");
        }
        return new InputException(name, "--db", null, "cannot open the database (" + firstLine(e.getMessage()) + ")",
                "if it is not a CPO Lens revenue database, give another --db path");
    }

    /** H2's words for a file it cannot make sense of, or a lock left by a transaction that never ended. */
    private static boolean isDamage(SQLException e) {
        int c = e.getErrorCode();
        return c == 90030 || c == 90048 || c == 50200 || c == 90098
                || (firstLine(e.getMessage()).contains("MVStoreException"));
    }

    static InputException damaged(Path p, Exception e) {
        return new InputException(p.toString(), "--db", null, "the database file is damaged ("
                + h2Words(e.getMessage()) + "); an import interrupted under an older cpolens can leave it so",
                "run 'cpolens revenue recover --db " + p + "' to rebuild it from what is readable (the damaged file is kept beside it)");
    }

    private static InputException notOurs(Path p, SQLException e) {
        if (isDamage(e)) {
            return damaged(p, e);
        }
        return new InputException(p.toString(), "--db", null, "not a CPO Lens revenue database ("
                + firstLine(e.getMessage()) + ")", "give another --db path");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (type.isInstance(x)) {
                return true;
            }
        }
        return false;
    }

    static String reason(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }

    int schemaVersion() throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void createOrUpgradeSchema() throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS import_log (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "source VARCHAR(2000) NOT NULL, sha256 CHAR(64) NOT NULL, format VARCHAR(20) NOT NULL, "
                    + "imported_at TIMESTAMP WITH TIME ZONE NOT NULL, rows_in_file INT NOT NULL, inserted INT NOT NULL, "
                    + "updated INT NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS revenue_revision (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "import_id BIGINT NOT NULL, company_code VARCHAR(16) NOT NULL, period INT NOT NULL, "
                    + "changes VARCHAR(8000) NOT NULL)");
            Integer v;
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                int x = rs.getInt(1);
                v = rs.wasNull() ? null : x;
            }
            if (v != null && v > SCHEMA_VERSION) {
                throw new SQLException("schema version " + v + ", this cpolens reads " + SCHEMA_VERSION);
            }
            st.execute("CREATE TABLE IF NOT EXISTS revenue_filing (" + ROW_COLUMNS_DDL
                    + ", PRIMARY KEY (company_code, period, report_date))");
            st.execute("CREATE INDEX IF NOT EXISTS revenue_filing_period ON revenue_filing(period)");
            if (v == null || v == 1) {
                if (v != null) {
                    // version 1 kept only the latest filing per company-month: those rows start the history
                    st.execute("INSERT INTO revenue_filing (" + COLUMNS + ") SELECT " + COLUMNS + " FROM revenue_month");
                    st.execute("DROP TABLE revenue_month");
                }
                st.execute("DELETE FROM schema_version");
                st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
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

    // ---- import (on the importer's private copy)

    /**
     * Imports parsed files in one transaction. A company-month new to the database is inserted; a
     * filing that differs from the current one replaces it and is logged as a revision, unless the
     * current one comes from a later report date (then it is kept, counted in keptNewer, and the
     * earlier filing joins the history for {@code --as-of}). Every filing not yet stored joins the history.
     */
    ImportSummary write(List<ParsedRevenueFile> files, Instant now) {
        List<ImportSummary.FileResult> results = new ArrayList<>();
        try {
            for (ParsedRevenueFile f : files) {
                results.add(importOne(f, now));
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

    private ImportSummary.FileResult importOne(ParsedRevenueFile f, Instant now) throws SQLException {
        TreeSet<Integer> periods = new TreeSet<>();
        for (ParsedRow r : f.rows()) {
            periods.add(period(r.row().month()));
        }
        Map<String, RevenueRow> history = new HashMap<>();
        Map<String, RevenueRow> current = new HashMap<>();
        for (RevenueRow r : load(periods)) {
            history.put(filingKey(r), r);
            current.merge(key(r), r, (a, b) -> later(a, b));
        }
        int inserted = 0;
        List<RevenueRow> updates = new ArrayList<>();
        List<RevenueRow> newFilings = new ArrayList<>();
        List<RevenueRow> sameDayFilings = new ArrayList<>();
        List<String> revisionText = new ArrayList<>();
        List<String> notes = new ArrayList<>(f.notes());
        int unchanged = 0;
        int keptNewer = 0;
        for (ParsedRow pr : f.rows()) {
            RevenueRow r = pr.row();
            RevenueRow filed = history.get(filingKey(r));
            if (filed == null) {
                newFilings.add(r);
            } else if (!filed.sameFiling(r)) {
                sameDayFilings.add(r);
            }
            RevenueRow old = current.get(key(r));
            if (old == null) {
                inserted++;
            } else if (old.sameFiling(r)) {
                unchanged++;
            } else if (r.reportDate().isBefore(old.reportDate())) {
                keptNewer++;
                notes.add(pr.where() + ": " + r.companyCode() + " " + r.month() + " differs from the stored row, which "
                        + "comes from a later report (" + old.reportDate() + " > " + r.reportDate() + "): kept the "
                        + "stored row; the earlier report stays in the history for --as-of");
            } else {
                updates.add(r);
                revisionText.add(r.companyCode() + " " + r.month() + ": " + changes(old, r));
            }
        }
        long importId = 0;
        if (!newFilings.isEmpty() || !sameDayFilings.isEmpty()) {
            importId = logImport(f, inserted, updates.size(), now);
            String values = " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
            write("INSERT INTO revenue_filing (" + COLUMNS + ")" + values, newFilings, importId);
            write("MERGE INTO revenue_filing (" + COLUMNS + ") KEY (company_code, period, report_date)" + values,
                    sameDayFilings, importId);
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
        return new ImportSummary.FileResult(f.source(), f.format(), f.encoding(), f.rows().size(), inserted,
                updates.size(), unchanged, keptNewer, importId, revisionText, f.mismatches(), notes);
    }

    /** Of two filings of one company-month, the one reported later. */
    private static RevenueRow later(RevenueRow a, RevenueRow b) {
        return b.reportDate().isAfter(a.reportDate()) ? b : a;
    }

    private List<RevenueRow> load(Collection<Integer> periods) throws SQLException {
        List<RevenueRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM revenue_filing WHERE period = ?")) {
            for (int p : periods) {
                ps.setInt(1, p);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
        }
        return out;
    }

    private long logImport(ParsedRevenueFile f, int inserted, int updated, Instant now) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO import_log (source, sha256, format, imported_at, "
                + "rows_in_file, inserted, updated) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, truncate(f.source(), 2000));
            ps.setString(2, f.sha256());
            ps.setString(3, f.format().word());
            ps.setTimestamp(4, Timestamp.from(now));
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

    private void write(String sql, List<RevenueRow> rows, long importId) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int pending = 0;
            for (RevenueRow r : rows) {
                int i = 1;
                ps.setString(i++, r.companyCode());
                ps.setInt(i++, period(r.month()));
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
                ps.setString(i++, r.note());
                ps.setLong(i, importId);
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

    /** One company's current rows, oldest month first. */
    public List<RevenueRow> rows(String code) {
        return rows(List.of(code));
    }

    /** The current rows (each company-month's latest filing) of these companies, by company then month. */
    public List<RevenueRow> rows(Collection<String> codes) {
        return latest(select("SELECT " + COLUMNS + " FROM revenue_filing WHERE company_code = ? ORDER BY period, "
                + "report_date", codes, null));
    }

    /** Of filings ordered by company, month and report date, the last of each company-month. */
    private static List<RevenueRow> latest(List<RevenueRow> ordered) {
        Map<String, RevenueRow> latest = new LinkedHashMap<>();
        for (RevenueRow r : ordered) {
            latest.put(key(r), r);
        }
        return List.copyOf(latest.values());
    }

    /**
     * The rows as they stood at the end of {@code asOf}: per company and month the filing with the
     * latest report date on or before that day; months first reported later are absent.
     */
    public List<RevenueRow> rowsAsOf(Collection<String> codes, LocalDate asOf) {
        return latest(select("SELECT " + COLUMNS + " FROM revenue_filing WHERE company_code = ? "
                + "AND report_date <= ? ORDER BY period, report_date", codes, asOf));
    }

    /** Every filing of one company, by month then report date: the corrections as they came. */
    public List<RevenueRow> filings(String code) {
        return select("SELECT " + COLUMNS + " FROM revenue_filing WHERE company_code = ? ORDER BY period, report_date",
                List.of(code), null);
    }

    private List<RevenueRow> select(String sql, Collection<String> codes, LocalDate asOf) {
        List<RevenueRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (String code : codes) {
                ps.setString(1, code);
                if (asOf != null) {
                    ps.setDate(2, Date.valueOf(asOf));
                }
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
             ResultSet rs = st.executeQuery("SELECT company_code, company_name FROM revenue_filing "
                     + "ORDER BY company_code, period, report_date")) {
            // the name of each company's latest filing
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** The months each company has a filing for (current rows), by company. */
    public Map<String, TreeSet<YearMonth>> monthsPresent() {
        Map<String, TreeSet<YearMonth>> out = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT company_code, period FROM revenue_filing "
                     + "ORDER BY company_code, period")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(month(rs.getInt(2)));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** Company-months stored. */
    public long rowCount() {
        return count("SELECT COUNT(*) FROM (SELECT DISTINCT company_code, period FROM revenue_filing)");
    }

    public long filingCount() {
        return count("SELECT COUNT(*) FROM revenue_filing");
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

    private RuntimeException readFailed(SQLException e) {
        if (isDamage(e)) {
            return damaged(file, e);
        }
        return new IllegalStateException("cannot read the revenue database " + file + ": " + e.getMessage(), e);
    }

    /**
     * Closes the database and rewrites its file compactly (H2's SHUTDOWN COMPACT): the importer's
     * copy is published this way, so the file that is copied at the next import holds no dead pages.
     */
    void closeCompacted() {
        try (Statement st = conn.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the revenue database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (conn.isClosed()) {
                return;
            }
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
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

    private static String filingKey(RevenueRow r) {
        return key(r) + "\u0000" + r.reportDate();
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

    /**
     * H2's description of a problem without the file name it repeats and without its own advice
     * ("Possible solution: use the recovery tool"), which points at a tool the user does not have.
     */
    static String h2Words(String s) {
        String line = firstLine(s);
        int advice = line.indexOf(". Possible solution");
        if (advice >= 0) {
            line = line.substring(0, advice);
        }
        int quoted = line.indexOf(": \"");
        return quoted > 0 ? line.substring(0, quoted) : line;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        String line = i < 0 ? s : s.substring(0, i);
        // H2 appends its error code in brackets: the people reading it want the words
        return line.replaceAll("\\s*\\[\\d+-\\d+\\]\\s*$", "").trim();
    }
}
