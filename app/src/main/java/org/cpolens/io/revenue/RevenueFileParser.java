package org.cpolens.io.revenue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.cpolens.model.InputException;

/**
 * Reads a monthly revenue file: refuses what is not a bounded regular file before reading it,
 * decodes the bytes ({@link TextDecoding}), and hands the text to the {@link RevenueReader} of its
 * shape (MOPS CSV or OpenAPI JSON). Any malformed cell rejects the whole file with {@code file:line},
 * the column, the value and a hint, before anything is stored.
 */
public final class RevenueFileParser {
    /** Larger than any month of both markets (~200 KB each) by three orders of magnitude. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Where "today" is: the exchanges publish on Taiwan's calendar. */
    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private static final List<RevenueReader> READERS = List.of(new OpenApiJsonReader(), new MopsCsvReader());

    private RevenueFileParser() {
    }

    /** Today in Taipei, by the system clock. */
    public static LocalDate today() {
        return LocalDate.now(TAIPEI);
    }

    /** Reads a file from disk, refusing rows dated after today (Taipei). */
    public static ParsedRevenueFile read(Path file) {
        return read(file, today());
    }

    /** Reads a file from disk; {@code today} bounds the months and report dates it may hold. */
    public static ParsedRevenueFile read(Path file, LocalDate today) {
        return parse(file.toString(), readBounded(file), today);
    }

    /** Parses bytes, refusing rows dated after today (Taipei); {@code source} names them in messages. */
    public static ParsedRevenueFile parse(String source, byte[] bytes) {
        return parse(source, bytes, today());
    }

    /** Parses bytes; {@code source} names them in messages (a path or a URL). */
    public static ParsedRevenueFile parse(String source, byte[] bytes, LocalDate today) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        String sha = sha256(bytes);
        TextDecoding.Decoded d = TextDecoding.decode(source, bytes);
        String text = d.text();
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            throw new InputException(source, null, null, "the file is empty",
                    "download the month's CSV from MOPS or the JSON from the TWSE/TPEx OpenAPI");
        }
        char first = text.charAt(i);
        for (RevenueReader r : READERS) {
            if (r.accepts(first)) {
                return r.read(source, sha, d.encoding(), text, today);
            }
        }
        throw new IllegalStateException("no reader for a file starting with '" + first + "'");
    }

    /**
     * The file's bytes, after refusing folders, devices, FIFOs and sockets (which could block or never
     * end) and files above {@link #MAX_BYTES}, before reading anything.
     */
    static byte[] readBounded(Path file) {
        String name = file.toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(name, null, null, "file not found", "check the path");
        } catch (IOException e) {
            throw new InputException(name, null, null, "cannot read it (" + e.getMessage() + ")",
                    "check the path and its permissions");
        }
        if (a.isDirectory()) {
            throw new InputException(name, null, null, "is a folder, not a file", "give the CSV or JSON file itself");
        }
        if (!a.isRegularFile()) {
            String link = Files.isSymbolicLink(file) ? " (a link to " + target(file) + ")" : "";
            throw new InputException(name, null, null, "not a regular file" + link
                    + ": a device, FIFO or socket could block or never end", "give a downloaded CSV or JSON file");
        }
        if (a.size() > MAX_BYTES) {
            throw tooLarge(name, a.size());
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the file may grow after the check: read one byte past the limit to notice
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw tooLarge(name, b.length);
            }
            return b;
        } catch (IOException e) {
            throw new InputException(name, null, null, "cannot read it (" + e.getMessage() + ")",
                    "check the path and its permissions");
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static InputException tooLarge(String source, long size) {
        return new InputException(source, null, null, "the file has " + size + " bytes, above the limit of "
                + MAX_BYTES + " bytes (256 MiB)", "one month of both markets is about 400 KB: is this the right file?");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
