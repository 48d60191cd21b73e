package org.cpolens.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.catalog.Status;

/** Reads the bundled risk catalog {@code catalog/risks.yaml}. */
public final class RiskLoader {
    public static final String FILE = "risks.yaml";
    static final List<String> SECTIONS = List.of("comparison", "sensitivity", "market", "supply", "reliability");
    private static final Set<String> KEYS = Set.of("id", "title", "claim", "source", "status", "moves");
    private static final Set<String> TEXT_KEYS = Set.of("en", "zhTw");
    private static final Set<String> MOVES_KEYS = Set.of("input", "path", "section");

    private RiskLoader() {
    }

    public static List<Risk> bundled() {
        return parse(CatalogLoader.bundledDoc(FILE));
    }

    /** The bundled risks with a user's {@code risks.yaml} on top: its entries add or replace by id. */
    public static List<Risk> load(java.nio.file.Path userDir) {
        List<Risk> bundled = bundled();
        if (userDir == null || !java.nio.file.Files.exists(userDir.resolve(FILE))) {
            return bundled;
        }
        java.util.Map<String, Risk> byId = new java.util.LinkedHashMap<>();
        bundled.forEach(r -> byId.put(r.id(), r));
        parse(YamlDoc.read(userDir.resolve(FILE))).forEach(r -> byId.put(r.id(), r));
        return List.copyOf(byId.values());
    }

    public static List<Risk> parse(YamlDoc doc) {
        Node root = doc.root().expectKeys("risks");
        List<Risk> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : root.require("risks").elements()) {
            n.expectKeys(KEYS);
            String id = n.require("id").text().trim();
            if (!seen.add(id)) {
                throw n.child("id").error("the same id appears twice", "give each risk its own id");
            }
            Node title = n.require("title").expectKeys(TEXT_KEYS);
            Node claim = n.require("claim").expectKeys(TEXT_KEYS);
            Node moves = n.require("moves").expectKeys(MOVES_KEYS);
            Node input = moves.require("input").expectKeys(TEXT_KEYS);
            Status status = CatalogLoader.status(n.require("status"));
            out.add(new Risk(id, title.require("en").text(), title.require("zhTw").text(),
                    claim.require("en").text(), claim.require("zhTw").text(), CatalogLoader.source(n), status,
                    input.require("en").text(), input.require("zhTw").text(), moves.require("path").text(),
                    moves.require("section").oneOf(SECTIONS)));
        }
        if (out.isEmpty()) {
            throw root.child("risks").error("lists no risk", "add at least one entry");
        }
        return out;
    }
}
