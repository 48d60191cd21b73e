package org.cpolens.model.supply;

import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;

/**
 * Units of a component per unit of a fabric count, e.g. one FAU per optical engine.
 *
 * @param perBasis empty exactly when {@code basis} is {@link DemandBasis#NONE}
 * @param note     why there is no model, when there is none
 */
public record DemandRule(DemandBasis basis, Optional<Figure> perBasis, String note) {
    public DemandRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(perBasis, "perBasis");
        if ((basis == DemandBasis.NONE) != perBasis.isEmpty()) {
            throw new IllegalArgumentException("perBasis must be given exactly when basis is not none");
        }
        note = note == null ? "" : note;
    }

    public static DemandRule none(String note) {
        return new DemandRule(DemandBasis.NONE, Optional.empty(), note);
    }

    public static DemandRule of(DemandBasis basis, Figure perBasis) {
        return new DemandRule(basis, Optional.of(perBasis), "");
    }
}
