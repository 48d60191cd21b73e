package org.cpolens.io.revenue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.cpolens.model.InputException;

/**
 * Writes imports so that a crash at any moment leaves either the old database or the whole import.
 * Under an exclusive lock file beside the database, the importer copies the database to a private
 * file, imports into the copy in one transaction, closes it compacted (H2 writes everything on close,
 * and the next import copies no dead pages), forces it to disk, and atomically renames it over the original; a crash before the rename leaves the
 * original untouched and a stale copy that the next import deletes. A second writer finds the lock
 * taken and is told so. An import that changes nothing leaves the original byte for byte as it was.
 */
public final class RevenueImporter {
    /** Beside {@code revenue.mv.db}: {@code revenue.import.lock} and the private copy {@code revenue.importing.mv.db}. */
    static final String LOCK_SUFFIX = ".import.lock";
    static final String COPY_SUFFIX = ".importing" + RevenueStore.FILE_SUFFIX;

    private RevenueImporter() {
    }

    /** What the work on the private copy returns: a result, and whether it changed anything worth keeping. */
    interface Work<T> {
        T apply(RevenueStore copy);

        boolean changed(T result);
    }

    /** Imports parsed files into the database file {@code db} (created when missing). */
    public static ImportSummary importFiles(Path db, List<ParsedRevenueFile> files, Instant now) {
        return onCopy(db, new Work<ImportSummary>() {
            @Override
            public ImportSummary apply(RevenueStore copy) {
                return copy.write(files, now);
            }

            @Override
            public boolean changed(ImportSummary s) {
                return s.files().stream().anyMatch(f -> f.importId() != 0);
            }
        });
    }

    /** Runs {@code work} on a private copy of {@code db} under the import lock and keeps the copy if it changed anything. */
    static <T> T onCopy(Path db, Work<T> work) {
        Path base = db.resolveSibling(stem(db));
        Path lockFile = base.resolveSibling(base.getFileName() + LOCK_SUFFIX);
        Path copy = base.resolveSibling(base.getFileName() + COPY_SUFFIX);
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(lockChannel, db);
            try {
                Files.deleteIfExists(copy);
                if (Files.exists(db)) {
                    Files.copy(db, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
                T result;
                try (RevenueStore s = RevenueStore.openForWriting(copy, db)) {
                    result = work.apply(s);
                    if (work.changed(result)) {
                        s.closeCompacted();
                    }
                } catch (RuntimeException e) {
                    Files.deleteIfExists(copy);
                    throw e;
                }
                if (!work.changed(result)) {
                    Files.deleteIfExists(copy);
                    return result;
                }
                force(copy);
                try {
                    Files.move(copy, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.deleteIfExists(copy);
                    throw new InputException(db.toString(), "--db", null,
                            "this file system cannot replace a file atomically, so imports cannot be crash-safe here",
                            "put the database on a local disk");
                }
                force(db.getParent());
                return result;
            } catch (IOException e) {
                // a copy cut short (a full disk, say) must not linger until the next import
                Files.deleteIfExists(copy);
                throw e;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw writeFailed(db, e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path db) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new InputException(db.toString(), "--db", null, "another cpolens import is writing this database",
                    "wait for it to finish, or use another --db");
        }
        return lock;
    }

    /** Makes the file's (or folder's) contents durable before the rename that publishes them. */
    private static void force(Path p) throws IOException {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            c.force(true);
        }
    }

    static InputException writeFailed(Path db, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : RevenueStore.reason(e);
        return new InputException(db.toString(), "--db", null, "cannot write beside the database (" + why + ")",
                "the folder " + db.getParent() + " must be writable: check its permissions and free space, or use another --db");
    }

    /** {@code revenue} for {@code /x/revenue.mv.db}. */
    static String stem(Path db) {
        String n = db.getFileName().toString();
        return n.endsWith(RevenueStore.FILE_SUFFIX) ? n.substring(0, n.length() - RevenueStore.FILE_SUFFIX.length()) : n;
    }
}
