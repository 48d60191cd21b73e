package org.cpolens.io;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.catalog.SwitchSystem;

/**
 * Loads the interconnect catalog: the bundled YAML files, then the same-named files of a user's
 * {@code --catalog DIR}, whose entries add to or replace bundled entries by id. Every figure must
 * carry value, source and a status word; anything else is a one-line error with file:line.
 */
public final class CatalogLoader {
    public static final String ARCHITECTURES = "architectures.yaml";
    public static final String SWITCHES = "switches.yaml";
    /** Catalog files a user's {@code --catalog DIR} may hold; each loader reads its own. */
    public static final List<String> USER_FILES = List.of(ARCHITECTURES, SWITCHES, "companies.yaml", "reliability.yaml");

    private static final Set<String> FIGURE_KEYS = Set.of("value", "source", "status", "note", "unit");
    private static final Set<String> ARCH_KEYS = Set.of("id", "name", "kind", "portGbps", "hotSwappable",
            "replacesHostSide", "source", "status", "switchPortWatts", "hostPortWatts", "lasersPerPort",
            "portsPerLaserModule", "edgeDensityGbpsPerMm", "addedLatencyNs", "costPerPortUsd");
    private static final Set<String> SWITCH_KEYS = Set.of("id", "name", "radix", "portGbps", "source", "status",
            "basePowerW", "rackUnits");
    private static final Set<String> KINDS = Set.of("pluggable", "lpo", "lro", "obo", "npo", "cpo");

    private CatalogLoader() {
    }

    /** The bundled catalog. */
    public static Catalog bundled() {
        return load(null);
    }

    /** The bundled catalog with {@code userDir}'s files on top; {@code userDir} may be null. */
    public static Catalog load(Path userDir) {
        if (userDir != null && !Files.isDirectory(userDir)) {
            throw new InputException(userDir.toString(), "--catalog", userDir, "not a directory",
                    "give a folder holding " + ARCHITECTURES + " and/or " + SWITCHES);
        }
        Map<String, OpticsArchitecture> archs = new LinkedHashMap<>();
        Map<String, SwitchSystem> switches = new LinkedHashMap<>();
        readInto(bundledDoc(ARCHITECTURES), "architectures", CatalogLoader::architecture, OpticsArchitecture::id, archs);
        readInto(bundledDoc(SWITCHES), "switches", CatalogLoader::switchSystem, SwitchSystem::id, switches);
        if (userDir != null) {
            Path a = userDir.resolve(ARCHITECTURES);
            Path s = userDir.resolve(SWITCHES);
            if (USER_FILES.stream().noneMatch(f -> Files.exists(userDir.resolve(f)))) {
                throw new InputException(userDir.toString(), "--catalog", userDir,
                        "holds none of the catalog files " + String.join(", ", USER_FILES),
                        "copy one from app/src/main/resources/catalog/ and edit it");
            }
            if (Files.exists(a)) {
                readInto(YamlDoc.read(a), "architectures", CatalogLoader::architecture, OpticsArchitecture::id, archs);
            }
            if (Files.exists(s)) {
                readInto(YamlDoc.read(s), "switches", CatalogLoader::switchSystem, SwitchSystem::id, switches);
            }
        }
        return new Catalog(new ArrayList<>(archs.values()), new ArrayList<>(switches.values()));
    }

    /** A bundled resource as a document, for the other catalogs (market, companies, reliability). */
    public static YamlDoc bundledDoc(String file) {
        String resource = "/catalog/" + file;
        InputStream in = CatalogLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled catalog file missing from the jar: " + resource);
        }
        return YamlDoc.read("catalog/" + file, in);
    }

    private static <T> void readInto(YamlDoc doc, String listKey, Function<Node, T> parse, Function<T, String> id,
                                     Map<String, T> into) {
        Node root = doc.root().expectKeys(listKey);
        Set<String> seen = new java.util.HashSet<>();
        for (Node n : root.require(listKey).elements()) {
            T item = parse.apply(n);
            String key = id.apply(item);
            if (!seen.add(key)) {
                throw n.child("id").error("the same id appears twice in this file", "give each entry its own id");
            }
            into.put(key, item);
        }
    }

    static OpticsArchitecture architecture(Node n) {
        n.expectKeys(ARCH_KEYS);
        String id = id(n);
        return new OpticsArchitecture(
                id,
                n.has("name") ? n.child("name").text() : id,
                n.require("kind").oneOf(KINDS),
                n.require("portGbps").positive(),
                figure(n.require("switchPortWatts"), "W", Range.POSITIVE),
                figure(n.require("hostPortWatts"), "W", Range.POSITIVE),
                figure(n.require("lasersPerPort"), "lasers", Range.NON_NEGATIVE),
                figure(n.require("portsPerLaserModule"), "ports", Range.NON_NEGATIVE),
                figure(n.require("edgeDensityGbpsPerMm"), "Gb/s/mm", Range.POSITIVE),
                figure(n.require("addedLatencyNs"), "ns", Range.NON_NEGATIVE),
                figure(n.require("costPerPortUsd"), "USD", Range.NON_NEGATIVE),
                n.require("hotSwappable").bool(),
                n.require("replacesHostSide").bool(),
                source(n),
                status(n.require("status")));
    }

    static SwitchSystem switchSystem(Node n) {
        n.expectKeys(SWITCH_KEYS);
        String id = id(n);
        long radix = n.require("radix").positiveInteger();
        if (radix < 2 || radix > org.cpolens.model.fabric.FabricRequest.MAX_RADIX) {
            throw n.child("radix").error("must be between 2 and " + org.cpolens.model.fabric.FabricRequest.MAX_RADIX, null);
        }
        return new SwitchSystem(id,
                n.has("name") ? n.child("name").text() : id,
                (int) radix,
                n.require("portGbps").positive(),
                figure(n.require("basePowerW"), "W", Range.NON_NEGATIVE),
                figure(n.require("rackUnits"), "RU", Range.POSITIVE),
                source(n),
                status(n.require("status")));
    }

    enum Range { POSITIVE, NON_NEGATIVE }

    /** A figure: a mapping of value, source, status (and an optional note). */
    public static Figure figure(Node n, String unit, Range range) {
        if (!n.isObject()) {
            throw n.error("a figure needs value, source and status",
                    "write it as '{ value: ..., source: \"...\", status: stated }'");
        }
        n.expectKeys(FIGURE_KEYS);
        Status status = status(n.require("status"));
        if (status == Status.NOT_FOUND) {
            throw n.child("status").error("a figure the model uses cannot be not-found",
                    "give a labelled assumption instead: status: assumption, with the reason in source");
        }
        Node v = n.require("value");
        double value = range == Range.POSITIVE ? v.positive() : v.nonNegative();
        return new Figure(value, n.has("unit") ? n.child("unit").text() : unit, source(n), status,
                n.has("note") ? n.child("note").text() : "");
    }

    public static Figure positiveFigure(Node n, String unit) {
        return figure(n, unit, Range.POSITIVE);
    }

    public static Figure nonNegativeFigure(Node n, String unit) {
        return figure(n, unit, Range.NON_NEGATIVE);
    }

    public static String source(Node n) {
        if (!n.has("source")) {
            throw new InputException(n.where(), n.path().isEmpty() ? "source" : n.path() + ".source", null,
                    "missing: every figure needs a source", "cite where the number comes from, or say why it is an assumption");
        }
        String s = n.child("source").text().trim();
        if (s.isEmpty()) {
            throw n.child("source").error("must not be empty", "cite where the number comes from");
        }
        return s;
    }

    public static Status status(Node n) {
        String word = n.text();
        return Status.fromWord(word).orElseThrow(() -> n.error("not a status word",
                Suggest.hint(word, List.of(Status.words().split(", ")))));
    }

    private static String id(Node n) {
        String id = n.require("id").text().trim();
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw n.child("id").error("ids are lower-case letters, digits, dots and dashes", "e.g. cpo-bailly-800g");
        }
        return id;
    }
}
