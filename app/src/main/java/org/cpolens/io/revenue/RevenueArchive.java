package org.cpolens.io.revenue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.InputException;

/**
 * The folder where {@code revenue fetch} keeps what it downloaded: one file per market and month,
 * named as MOPS names it ({@code t21sc03_114_3_otc.csv}), and {@code manifest.json} recording for each
 * the URL, the SHA-256 of its bytes, their size and when it was fetched. Files and manifest are
 * written to a temporary name and renamed, so an interrupted fetch leaves whole files only; a
 * month counts as complete when its manifest entry matches the bytes on disk.
 */
public final class RevenueArchive {
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the manifest says of one stored file. */
    public record Entry(String file, Market market, YearMonth month, String url, String sha256, long bytes,
                        Instant fetchedAt) {
    }

    private final Path folder;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private RevenueArchive(Path folder) {
        this.folder = folder;
    }

    /** The archive in {@code folder}, created when missing (its parent must exist). */
    public static RevenueArchive open(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        Path parent = f.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(String.valueOf(f), "--into", folder, "the folder's parent does not exist",
                    "create it first (mkdir -p " + parent + ") or pick another --into");
        }
        try {
            Files.createDirectories(f);
        } catch (IOException e) {
            throw new InputException(f.toString(), "--into", folder, "cannot create the folder ("
                    + RevenueStore.reason(e) + ")", "pick a writable place with --into DIR");
        }
        RevenueArchive a = new RevenueArchive(f);
        a.readManifest();
        return a;
    }

    /** {@code revenue-files} beside the database file. */
    public static Path besideDatabase(Path dbFile) {
        return dbFile.resolveSibling("revenue-files");
    }

    public Path folder() {
        return folder;
    }

    /** {@code t21sc03_<ROC year>_<month>_<sii|otc>.csv}, as MOPS names the month's file plus the market. */
    public static String fileName(Market market, YearMonth month) {
        return "t21sc03_" + (month.getYear() - 1911) + "_" + month.getMonthValue() + "_" + market.mopsFolder() + ".csv";
    }

    /** The entry of a month whose file is on disk with the recorded size and SHA-256. */
    public Optional<Entry> complete(Market market, YearMonth month) {
        Entry e = entries.get(fileName(market, month));
        if (e == null) {
            return Optional.empty();
        }
        Path p = folder.resolve(e.file());
        try {
            if (!Files.isRegularFile(p) || Files.size(p) != e.bytes()
                    || !RevenueFileParser.sha256(Files.readAllBytes(p)).equals(e.sha256())) {
                return Optional.empty();
            }
        } catch (IOException x) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Stores a month's bytes and its provenance, each by write-then-rename. */
    public Entry store(Market market, YearMonth month, String url, byte[] bytes, Instant fetchedAt) {
        String name = fileName(market, month);
        Entry e = new Entry(name, market, month, url, RevenueFileParser.sha256(bytes), bytes.length, fetchedAt);
        try {
            writeAtomically(folder.resolve(name), bytes);
            entries.put(name, e);
            writeAtomically(folder.resolve(MANIFEST), manifestBytes());
        } catch (IOException x) {
            throw new InputException(folder.toString(), "--into", null, "cannot write the downloaded file ("
                    + RevenueStore.reason(x) + ")", "check the folder's permissions and free space");
        }
        return e;
    }

    public Path path(Entry e) {
        return folder.resolve(e.file());
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(tmp, bytes);
        try (var c = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private byte[] manifestBytes() throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "files downloaded by 'cpolens revenue fetch': where each came from, when, and its SHA-256");
        ArrayNode files = root.putArray("files");
        for (Entry e : entries.values()) {
            ObjectNode n = files.addObject();
            n.put("file", e.file());
            n.put("market", e.market().word());
            n.put("month", e.month().toString());
            n.put("url", e.url());
            n.put("sha256", e.sha256());
            n.put("bytes", e.bytes());
            n.put("fetchedAt", e.fetchedAt().toString());
        }
        return JSON.writeValueAsBytes(root);
    }

    private void readManifest() {
        Path m = folder.resolve(MANIFEST);
        if (!Files.exists(m)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(RevenueFileParser.readBounded(m));
            for (JsonNode n : root.path("files")) {
                Market market = Market.valueOf(n.get("market").asText().toUpperCase(java.util.Locale.ROOT));
                Entry e = new Entry(n.get("file").asText(), market, YearMonth.parse(n.get("month").asText()),
                        n.get("url").asText(), n.get("sha256").asText(), n.get("bytes").asLong(),
                        Instant.parse(n.get("fetchedAt").asText()));
                entries.put(e.file(), e);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(m.toString(), null, null, "not a readable fetch manifest (" + e.getMessage() + ")",
                    "move it away: the next fetch downloads the months again and writes a new one");
        }
    }

    /** Sorted list of the entries for these markets and months, complete ones only. */
    public List<Entry> completeBetween(List<Market> markets, YearMonth from, YearMonth to) {
        List<Entry> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (Market k : markets) {
                complete(k, m).ifPresent(out::add);
            }
        }
        return out;
    }
}
