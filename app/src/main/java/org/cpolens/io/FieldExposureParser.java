package org.cpolens.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.sim.FieldExposure;

/**
 * Reads the {@code fieldExposure} and {@code notYetModelled} sections of
 * {@code catalog/reliability.yaml}: exposure kept as exposure (the rate is a bound computed from it)
 * and figures recorded with their source that no model reads yet.
 */
public final class FieldExposureParser {
    private FieldExposureParser() {
    }

    /** The bundled catalog's field exposures, in file order. */
    public static List<FieldExposure> bundled() {
        return exposures(CatalogLoader.bundledDoc(ReliabilityInputsParser.FILE));
    }

    public static List<FieldExposure> exposures(YamlDoc reliabilityCatalog) {
        List<FieldExposure> out = new ArrayList<>();
        reliabilityCatalog.root().optional("fieldExposure").ifPresent(section -> {
            for (Map.Entry<String, Node> e : section.entries().entrySet()) {
                Node n = e.getValue().expectKeys("exposurePortHours", "failures", "portGbps");
                Figure failures = CatalogLoader.nonNegativeFigure(n.require("failures"), "failures");
                n.child("failures").child("value").integer();
                out.add(new FieldExposure(e.getKey(), CatalogLoader.positiveFigure(n.require("exposurePortHours"), "h"),
                        failures, CatalogLoader.positiveFigure(n.require("portGbps"), "Gb/s")));
            }
        });
        return out;
    }

    /** Figures kept for the record, by key, in file order. */
    public static Map<String, Figure> notYetModelled(YamlDoc reliabilityCatalog) {
        Map<String, Figure> out = new LinkedHashMap<>();
        reliabilityCatalog.root().optional("notYetModelled").ifPresent(section -> section.entries()
                .forEach((k, n) -> out.put(k, CatalogLoader.nonNegativeFigure(n, ""))));
        return out;
    }
}
