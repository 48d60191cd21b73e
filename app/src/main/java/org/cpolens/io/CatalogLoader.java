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
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.ArchitectureRules;
import org.cpolens.model.catalog.Bound;
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

    private static final Set<String> FIGURE_KEYS = Set.of("value", "source", "status", "note", "unit");
    private static final Set<String> ARCH_KEYS = archKeys();
    private static final Set<String> SWITCH_KEYS = Set.of("id", "name", "radix", "portGbps", "source", "status",
            "basePowerW", "rackUnits");

    private static Set<String> archKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>(List.of("id", "name", "kind", "portGbps", "hotSwappable",
                "replacesHostSide", "source", "status"));
        keys.addAll(ArchitectureFigure.keys());
        return Set.copyOf(keys);
    }

    private CatalogLoader() {
    }

    /** The bundled catalog. */
    public static Catalog bundled() {
        return load(null);
    }

    /** The bundled catalog with {@code userDir}'s files on top; {@code userDir} may be null. */
    public static Catalog load(Path userDir) {
        if (userDir != null) {
            Catalogs.check(userDir);
        }
        Map<String, OpticsArchitecture> archs = new LinkedHashMap<>();
        Map<String, SwitchSystem> switches = new LinkedHashMap<>();
        readInto(bundledDoc(ARCHITECTURES), "architectures", CatalogLoader::architecture, OpticsArchitecture::id, archs);
        YamlDoc switchDoc = bundledDoc(SWITCHES);
        readInto(switchDoc, "switches", CatalogLoader::switchSystem, SwitchSystem::id, switches);
        Figure faceplate = faceplate(switchDoc);
        if (userDir != null) {
            Path a = userDir.resolve(ARCHITECTURES);
            Path s = userDir.resolve(SWITCHES);
            if (Files.exists(a)) {
                readInto(YamlDoc.read(a), "architectures", CatalogLoader::architecture, OpticsArchitecture::id, archs);
            }
            if (Files.exists(s)) {
                YamlDoc user = YamlDoc.read(s);
                readInto(user, "switches", CatalogLoader::switchSystem, SwitchSystem::id, switches);
                if (user.root().has(FACEPLATE)) {
                    faceplate = faceplate(user);
                }
            }
        }
        return new Catalog(new ArrayList<>(archs.values()), new ArrayList<>(switches.values()), faceplate);
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

    /** The rack's usable faceplate width, for bandwidth per rack unit. */
    static final String FACEPLATE = "faceplateWidthMm";

    private static Figure faceplate(YamlDoc doc) {
        return figure(doc.root().require(FACEPLATE), "mm", Bound.POSITIVE);
    }

    private static <T> void readInto(YamlDoc doc, String listKey, Function<Node, T> parse, Function<T, String> id,
                                     Map<String, T> into) {
        Node root = doc.root().expectKeys(listKey, FACEPLATE);
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
        Map<ArchitectureFigure, Figure> figures = new java.util.EnumMap<>(ArchitectureFigure.class);
        for (ArchitectureFigure f : ArchitectureFigure.values()) {
            figures.put(f, figure(n.require(f.key()), f.unit(), f.bound()));
        }
        Node kind = n.require("kind");
        OpticsArchitecture a = new OpticsArchitecture(
                id,
                n.has("name") ? n.child("name").text() : id,
                ArchitectureKind.fromWord(kind.text()).orElseThrow(() -> kind.error("not an architecture kind",
                        Suggest.hint(kind.text(), ArchitectureKind.words()))),
                n.require("portGbps").positive(),
                figures,
                n.require("hotSwappable").bool(),
                n.require("replacesHostSide").bool(),
                source(n),
                status(n.require("status")));
        checkRules(a, n);
        return a;
    }

    /** Applies {@link ArchitectureRules} and blames the figure's node (or {@code where} when it is not there). */
    static void checkRules(OpticsArchitecture a, Node where) {
        ArchitectureRules.check(a).ifPresent(v -> {
            Node at = where.has(v.figure().key()) ? where.child(v.figure().key()) : where;
            Node valueNode = at.has("value") ? at.child("value") : at;
            throw new InputException(valueNode.where(), at.path(), a.value(v.figure()),
                    v.problem() + " in architecture " + a.id(), v.hint());
        });
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
                figure(n.require("basePowerW"), "W", Bound.NON_NEGATIVE),
                figure(n.require("rackUnits"), "RU", Bound.POSITIVE),
                source(n),
                status(n.require("status")));
    }

    /** A figure: a mapping of value, source, status (and an optional note). */
    public static Figure figure(Node n, String unit, Bound bound) {
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
        double value = v.within(bound);
        return new Figure(value, n.has("unit") ? n.child("unit").text() : unit, source(n), status,
                n.has("note") ? n.child("note").text() : "");
    }

    public static Figure positiveFigure(Node n, String unit) {
        return figure(n, unit, Bound.POSITIVE);
    }

    public static Figure nonNegativeFigure(Node n, String unit) {
        return figure(n, unit, Bound.NON_NEGATIVE);
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
