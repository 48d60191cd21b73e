package org.cpolens.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Bound;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.market.AcceleratorFleet;
import org.cpolens.model.market.Platform;
import org.cpolens.model.market.PlatformReading;

/**
 * Reads {@code catalog/fleet.yaml}: accelerator platforms, their shipments per year and the
 * representative scenario of each (one, or several conflicting readings with weights). Each scenario's
 * interconnect is parsed here; the pipeline builds and evaluates it (io builds no fabric). A user's
 * {@code fleet.yaml} in {@code --catalog DIR} adds platforms or replaces them by id; its scenarios may
 * be bundled names or files beside it.
 */
public final class FleetParser {
    public static final String FILE = "fleet.yaml";

    private static final Set<String> PLATFORM_KEYS = Set.of("id", "name", "nameZhTw", "vendor", "scenario", "readings",
            "shipments", "note");
    private static final Set<String> READING_KEYS = Set.of("id", "scenario", "weight");
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private FleetParser() {
    }

    /** The bundled fleet with the user's platforms added or replacing by id. */
    public static AcceleratorFleet load(Catalogs catalogs) {
        Map<String, Platform> byId = new LinkedHashMap<>();
        parse(catalogs.bundled(FILE), catalogs.interconnect(), null, byId);
        catalogs.user(FILE).ifPresent(doc -> parse(doc, catalogs.interconnect(), catalogs.userDir().orElse(null), byId));
        return new AcceleratorFleet(new ArrayList<>(byId.values()));
    }

    private static void parse(YamlDoc doc, Catalog catalog, Path dir, Map<String, Platform> byId) {
        Node list = doc.root().expectKeys("platforms").require("platforms");
        Set<String> seen = new HashSet<>();
        Map<String, Interconnect> scenarios = new LinkedHashMap<>();
        for (Node n : list.elements()) {
            n.expectKeys(PLATFORM_KEYS);
            Node idNode = n.require("id");
            String id = idNode.text().trim();
            if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
                throw idNode.error("ids are lower-case letters, digits, dots and dashes", "e.g. my-asic-2027");
            }
            if (!seen.add(id)) {
                throw idNode.error("the same platform id appears twice", "give each platform its own id");
            }
            String name = n.has("name") ? n.child("name").text() : id;
            String zh = n.has("nameZhTw") ? n.child("nameZhTw").text() : name;
            String vendor = n.has("vendor") ? n.child("vendor").text() : "";
            List<PlatformReading> readings = readings(n, catalog, dir, scenarios);
            TreeMap<Integer, Figure> shipments = shipments(n.require("shipments"));
            Platform p;
            try {
                p = new Platform(id, name, zh, vendor, readings, shipments);
            } catch (InputException e) {
                throw e.at(n.where());
            }
            byId.put(id, p);
        }
    }

    private static List<PlatformReading> readings(Node n, Catalog catalog, Path dir, Map<String, Interconnect> cache) {
        boolean one = n.has("scenario");
        boolean many = n.has("readings");
        if (!one && !many) {
            throw n.error("the platform has no scenario",
                    "give 'scenario: NAME' (a bundled scenario such as gb300-rail-planes, or a file), or a readings: list");
        }
        if (one && many) {
            throw n.child("readings").error("give scenario or readings, not both",
                    "readings lists conflicting scenarios with weights; scenario is the one reading");
        }
        List<PlatformReading> out = new ArrayList<>();
        if (one) {
            Node s = n.child("scenario");
            String name = s.text().trim();
            out.add(new PlatformReading("base", name, scenario(s, name, catalog, dir, cache),
                    Figure.of(1, "weight", "the platform's only reading", Status.STATED)));
            return out;
        }
        List<Node> list = n.child("readings").elements();
        if (list.isEmpty()) {
            throw n.child("readings").error("the platform has no scenario", "list at least one reading with its scenario");
        }
        Set<String> ids = new HashSet<>();
        double sum = 0;
        for (Node r : list) {
            r.expectKeys(READING_KEYS);
            String rid = r.require("id").text().trim();
            if (!ids.add(rid)) {
                throw r.child("id").error("the same reading id appears twice", "give each reading its own id");
            }
            if (!r.has("scenario")) {
                throw r.error("the reading has no scenario", "give 'scenario: NAME' for reading " + rid);
            }
            Node s = r.child("scenario");
            String name = s.text().trim();
            Figure w = CatalogLoader.figure(r.require("weight"), "weight", Bound.NON_NEGATIVE);
            if (w.value() > 1) {
                throw r.child("weight").child("value").error("must be between 0 and 1", "the readings' weights add up to 1");
            }
            sum += w.value();
            out.add(new PlatformReading(rid, name, scenario(s, name, catalog, dir, cache), w));
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw n.child("readings").error("the weights add up to " + org.cpolens.model.units.Numbers.plain(sum)
                    + ", not 1", "e.g. 0.5 and 0.5 for two readings neither source settles");
        }
        return out;
    }

    /** A scenario name: a file beside the user's fleet.yaml, a path, or a bundled scenario. */
    private static Interconnect scenario(Node where, String name, Catalog catalog, Path dir,
                                         Map<String, Interconnect> cache) {
        if (name.isEmpty()) {
            throw where.error("the platform has no scenario", "name a bundled scenario or a file");
        }
        Interconnect ic = cache.get(name);
        if (ic != null) {
            return ic;
        }
        String arg = name;
        if (dir != null && Files.exists(dir.resolve(name))) {
            arg = dir.resolve(name).toString();
        }
        YamlDoc doc;
        try {
            doc = YamlDoc.readFileOrBundled(arg, "scenarios", "scenario", ScenarioLoader.BUNDLED);
        } catch (InputException e) {
            if (e.where() != null) {
                throw e;
            }
            throw new InputException(where.where(), where.path(), name, "no such scenario: " + e.problem(), e.hint());
        }
        ic = ScenarioLoader.interconnect(doc, catalog);
        cache.put(name, ic);
        return ic;
    }

    private static TreeMap<Integer, Figure> shipments(Node node) {
        TreeMap<Integer, Figure> out = new TreeMap<>();
        if (node.entries().isEmpty()) {
            throw node.error("no shipments", "give packages per year, e.g. 2027: { value: 1.0e6, source: ..., status: ... }");
        }
        int previous = Integer.MIN_VALUE;
        for (Map.Entry<String, Node> e : node.entries().entrySet()) {
            Node v = e.getValue();
            int year;
            try {
                year = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException x) {
                year = -1;
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new InputException(v.where(), v.path(), e.getKey(), "not a year",
                        "keys are calendar years such as 2027");
            }
            if (year <= previous) {
                throw new InputException(v.where(), v.path(), e.getKey(),
                        "years out of order: " + year + " comes after " + previous, "list years in ascending order, once each");
            }
            previous = year;
            if (v.isObject() && v.has("value") && v.child("value").number() < 0) {
                throw v.child("value").error("shipments must not be negative",
                        "packages shipped that year; leave the year out for none");
            }
            out.put(year, CatalogLoader.figure(v, "accelerators", Bound.NON_NEGATIVE));
        }
        return out;
    }
}
