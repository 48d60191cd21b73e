package org.cpolens.io.revenue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.cpolens.model.InputException;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * {@code cpolens revenue recover}: makes a database usable again. A database of an older schema is
 * upgraded in place (through the importer's copy-and-rename). A damaged file (an import killed under
 * an older cpolens could leave one) is dumped to SQL with H2's Recover tool, rebuilt into a new
 * file, checked, and swapped in; the damaged file is kept beside it under a {@code .damaged-} name.
 */
public final class RevenueRecovery {
    private RevenueRecovery() {
    }

    /** What recovery did. */
    public record Result(Path database, String action, long rows, long filings, long imports, Path keptDamaged) {
    }

    public static Result recover(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new InputException(db.toString(), "--db", null, "no database file here", "check --db");
        }
        try {
            RevenueImporter.onCopy(db, new RevenueImporter.Work<Boolean>() {
                @Override
                public Boolean apply(RevenueStore copy) {
                    return true;
                }

                @Override
                public boolean changed(Boolean b) {
                    return b;
                }
            });
            return counted(db, "checked and upgraded to schema " + RevenueStore.SCHEMA_VERSION + " (no damage found)", null);
        } catch (InputException e) {
            if (e.problem() == null || !e.problem().startsWith("the database file is damaged")) {
                throw e;
            }
        }
        return rebuild(db);
    }

    private static Result rebuild(Path db) {
        Path dir = db.getParent();
        String stem = RevenueImporter.stem(db);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path script = dir.resolve(stem + ".h2.sql");
        Path rebuilt = dir.resolve(stem + ".recovering" + RevenueStore.FILE_SUFFIX);
        Path damaged = dir.resolve(stem + ".damaged-" + stamp + RevenueStore.FILE_SUFFIX);
        try {
            Files.deleteIfExists(script);
            Files.deleteIfExists(rebuilt);
            try {
                Recover.execute(dir.toString(), stem);
            } catch (SQLException | RuntimeException e) {
                throw cannot(db, "H2's Recover tool could not read it either");
            }
            if (!Files.isRegularFile(script)) {
                throw cannot(db, "H2's Recover tool found nothing to dump");
            }
            String base = rebuilt.toString().substring(0, rebuilt.toString().length() - RevenueStore.FILE_SUFFIX.length());
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + base);
            ds.setUser("sa");
            ds.setPassword("");
            try (Connection c = ds.getConnection(); Reader r = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                RunScript.execute(c, r);
            } catch (SQLException e) {
                throw cannot(db, "the dumped SQL does not load (" + RevenueStore.firstLine(e.getMessage()) + ")");
            }
            // the rebuilt file must open as a revenue database of the current schema
            try (RevenueStore s = RevenueStore.openForWriting(rebuilt, db)) {
                s.rowCount();
            }
            Files.move(db, damaged, StandardCopyOption.ATOMIC_MOVE);
            Files.move(rebuilt, db, StandardCopyOption.ATOMIC_MOVE);
            Result r = counted(db, "rebuilt from what H2's Recover tool could read", damaged);
            if (r.rows() == 0) {
                return new Result(db, "rebuilt, but nothing was readable: the database is empty; import the files again",
                        0, 0, r.imports(), damaged);
            }
            return r;
        } catch (IOException e) {
            throw RevenueImporter.writeFailed(db, e);
        } finally {
            try {
                Files.deleteIfExists(script);
                Files.deleteIfExists(rebuilt);
                // the Recover tool also leaves a text dump of the file's chunks
                Files.deleteIfExists(dir.resolve(stem + ".mv.txt"));
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.getFileName().toString().startsWith(stem + ".recovering")).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException ignored) {
                // leftovers of a failed rebuild are harmless: the next recover deletes them
            }
        }
    }

    private static Result counted(Path db, String action, Path damaged) {
        try (RevenueStore s = RevenueStore.openIfExists(db).orElseThrow()) {
            return new Result(db, action, s.rowCount(), s.filingCount(), s.importLog().size(), damaged);
        }
    }

    private static InputException cannot(Path db, String why) {
        return new InputException(db.toString(), "--db", null, "cannot recover the database: " + why,
                "move it away and import the original files again into a new database (cpolens revenue import FILE...)");
    }
}
