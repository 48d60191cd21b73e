package org.cpolens.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.cpolens.model.InputException;

/**
 * Reads a user's file only when it is a regular file no bigger than a stated limit, checked
 * before the file is opened: a named pipe would block forever, {@code /dev/zero} or a directory
 * has no end or no content, and a multi-gigabyte file would exhaust the heap before any parser
 * could object. The read itself stops at the limit too, so a file that grows after the check
 * cannot slip through.
 */
public final class BoundedFiles {
    /** Largest YAML file (scenario, grid, catalog) read: the bundled ones are under 25 KB. */
    public static final long MAX_YAML_BYTES = 4L * 1024 * 1024;

    // st_mode file types (POSIX <sys/stat.h>), to name what a non-regular file is
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private BoundedFiles() {
    }

    /**
     * The file's text, strictly UTF-8 (a BOM is left for the caller).
     *
     * @param what what the file is, for the messages ("YAML file")
     * @throws InputException naming the file when it is missing, not a regular file, larger than
     *                        {@code maxBytes}, unreadable or not UTF-8
     */
    public static String readUtf8(Path file, long maxBytes, String what) {
        byte[] bytes = read(file, maxBytes, what);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), null, null, "not UTF-8 text", "save the file as UTF-8");
        }
    }

    /** The file's bytes, after the checks of {@link #readUtf8}. */
    public static byte[] read(Path file, long maxBytes, String what) {
        String name = file.toString();
        long size = check(file, maxBytes, what);
        try (InputStream in = Files.newInputStream(file)) {
            // one byte more than the limit tells a file that grew since the check
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooBig(name, Math.max(size, bytes.length), maxBytes, what);
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Refuses a missing path, anything but a regular file (links are followed), and a file above
     * {@code maxBytes}, without opening it.
     *
     * @return the file's size in bytes
     */
    public static long check(Path file, long maxBytes, String what) {
        String name = file.toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(name, null, null, "file not found", "check the path");
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (!a.isRegularFile()) {
            throw new InputException(name, null, null, "is " + kind(file, a) + ", not a regular file",
                    "give the path of a " + what + "; CPO Lens does not read pipes, devices or folders as input");
        }
        if (a.size() > maxBytes) {
            throw tooBig(name, a.size(), maxBytes, what);
        }
        return a.size();
    }

    /** "a folder", "a named pipe (FIFO)", "a character device" ...: what a non-regular file is. */
    static String kind(Path file, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & S_IFMT) {
                case S_IFIFO:
                    return "a named pipe (FIFO)";
                case S_IFCHR:
                    return "a character device";
                case S_IFBLK:
                    return "a block device";
                case S_IFSOCK:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view on this platform: the generic word below is still true
        }
        return "a special file";
    }

    private static InputException tooBig(String name, long size, long maxBytes, String what) {
        return new InputException(name, null, null, "the file is " + size(size) + " (" + String.format(Locale.ROOT, "%,d", size)
                + " bytes), above the " + size(maxBytes) + " limit for a " + what,
                "check that this is the file you meant; a " + what + " of CPO Lens is a few KB");
    }

    /** The OS's reason, without Java's exception class names. */
    static InputException cannotRead(Path file, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.toString() : e.getMessage();
        return new InputException(file.toString(), null, null, "cannot read: " + reason,
                "check that the file exists and that you may read it");
    }

    /** 4 MiB, 512 KiB, 31 bytes: binary units, as the limits are powers of two. */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024L * 1024) {
            double mib = bytes / (1024.0 * 1024);
            return mib == Math.rint(mib) ? (long) mib + " MiB" : String.format(Locale.ROOT, "%.1f MiB", mib);
        }
        if (bytes >= 1024) {
            double kib = bytes / 1024.0;
            return kib == Math.rint(kib) ? (long) kib + " KiB" : String.format(Locale.ROOT, "%.1f KiB", kib);
        }
        return bytes + " bytes";
    }
}
