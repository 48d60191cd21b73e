package org.cpolens.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cpolens.model.InputException;

/**
 * Checks an output path before any work is done, so a run that cannot write its result fails in
 * a second with the path and the reason, not after an hour of computing; and turns a failure
 * while writing (disk full, read-only, permission) into a user error naming the path and the
 * OS's reason, since it is the machine's state, not a bug of CPO Lens.
 */
final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * An output file: not a folder or a special file, not one of the inputs, in a folder that
     * exists and can be written.
     *
     * @param option the command-line option that named it, for the message
     * @param inputs files the command reads (a grid, catalog files); missing ones are ignored
     * @return the path, unchanged
     */
    static Path checkFile(Path file, String option, Collection<Path> inputs) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new InputException(null, option, file, "is a folder; the rows go to a file",
                    "name a file in it, e.g. " + abs.resolve("sweep.csv"));
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new InputException(null, option, file, "exists and is not a regular file (a device, pipe or socket)",
                    "write to a regular file, then copy it where it must go");
        }
        checkNotInput(abs, file, option, inputs);
        checkFolder(abs.getParent(), file, option);
        return file;
    }

    /**
     * An output folder that receives {@code names}: not a file, and none of the files it receives
     * is an input. A missing folder is created (with its missing parents) when the report is
     * written, so the nearest folder that exists must be one that can be written.
     */
    static Path checkFolder(Path dir, String option, List<String> names, Collection<Path> inputs) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException(null, option, dir, "exists and is not a folder", "give a folder path");
        }
        for (String n : names) {
            checkNotInput(abs.resolve(n), dir, option, inputs);
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new InputException(null, option, dir, existing + " is a file, so the folder cannot be created",
                    "fix the path");
        }
        if (existing != null) {
            probe(existing, dir, option);
        }
        if (abs.equals(existing) && abs.getParent() != null) {
            // the files are written in a temporary folder beside the target, then moved into it
            probe(abs.getParent(), dir, option);
        }
        return dir;
    }

    /** The files of a {@code --catalog} folder, which an output must never overwrite. */
    static List<Path> catalogFiles(Path catalogDir) {
        List<Path> out = new ArrayList<>();
        if (catalogDir != null && Files.isDirectory(catalogDir)) {
            try (Stream<Path> s = Files.list(catalogDir)) {
                s.forEach(out::add);
            } catch (IOException e) {
                // unreadable: the catalog loader reports it with the reason
            }
        }
        return out;
    }

    /**
     * A grid's or scenario's {@code name:} reduced to a plain file-name stem: the last path
     * segment, characters other than letters, digits, '.', '_' and '-' replaced by '-', no leading
     * dots. A shared file's name then cannot write outside the working folder ({@code ../x},
     * {@code /etc/x}, {@code sub/dir}) or hide its output.
     */
    static String safeBaseName(String name) {
        String s = name == null ? "" : name.trim();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-')
                ? (char) cp : '-'));
        String out = b.toString().replaceAll("^[.-]+", "");
        if (out.length() > 100) {
            out = out.substring(0, 100);
        }
        return out.isEmpty() ? "grid" : out;
    }

    /**
     * A write that failed because of the machine (disk full, read-only, permission, a path that
     * vanished): exit 1 with the path and the OS's reason.
     */
    static InputException writeFailed(Path path, String option, IOException e) {
        return new InputException(null, option, path, "cannot write: " + reason(e),
                "check free space and permissions, or choose another " + option);
    }

    /** The OS's words ("No space left on device", "Read-only file system"), not Java's class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void checkNotInput(Path abs, Path given, String option, Collection<Path> inputs) {
        if (!Files.exists(abs)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (in != null && Files.exists(in) && Files.isSameFile(abs, in)) {
                    throw new InputException(null, option, given, "is an input of this run (" + in
                            + "); writing there would overwrite it", "choose another name for the output");
                }
            } catch (IOException e) {
                // cannot tell: the write, if it fails, reports the reason
            }
        }
    }

    private static void checkFolder(Path folder, Path given, String option) {
        if (folder == null) {
            return;
        }
        if (!Files.exists(folder)) {
            throw new InputException(null, option, given, "its folder " + folder + " does not exist",
                    "create it first (mkdir -p " + folder + "), or fix the path");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(null, option, given, folder + " is not a folder", "fix the path");
        }
        probe(folder, given, option);
    }

    /**
     * Creates and deletes a hidden file in {@code folder}: the one test that also catches a
     * read-only mount and holds for root, whom permission bits do not stop.
     */
    private static void probe(Path folder, Path given, String option) {
        Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".cpolens-write-test-", ".tmp");
        } catch (IOException e) {
            throw new InputException(null, option, given, String.format(Locale.ROOT, "cannot write in %s: %s", folder, reason(e)),
                    "choose a folder you can write to, or fix its permissions");
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a leftover empty hidden file is harmless; the run goes on
                }
            }
        }
    }
}
