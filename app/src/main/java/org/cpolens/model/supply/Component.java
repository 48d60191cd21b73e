package org.cpolens.model.supply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;

/**
 * One word of the fixed component vocabulary with its names, layer and bill of materials.
 *
 * @param inputs   components this one is made from (source and status cover this list)
 * @param unit     what one unit is ("engines", "wafers")
 * @param priceUsd price per unit; empty when the component has no demand model
 */
public record Component(String id, String nameEn, String nameZh, Layer layer, String unit, List<String> inputs,
                        String source, Status status, DemandRule demand, Optional<Figure> priceUsd) {

    /** The fixed vocabulary; catalog files may describe these and no others. */
    public static final List<String> VOCABULARY = List.of(
            "switch-asic", "cpo-switch-system", "optical-engine", "siph-foundry", "laser-diode",
            "external-laser-source", "laser-source-interface", "inp-epi-wafer", "fau", "fiber-connector", "lga-socket",
            "coupling-equipment", "packaging", "pluggable-module", "assembly");

    public Component {
        Objects.requireNonNull(id, "id");
        if (!VOCABULARY.contains(id)) {
            throw new IllegalArgumentException("not a component word: " + id);
        }
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(priceUsd, "priceUsd");
    }
}
