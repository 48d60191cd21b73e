package org.cpolens.model.market;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.OpticsLayer;

/**
 * What a top-down forecast counts, so that it is compared with the bottom-up figure of the same
 * scope: which dollars ({@link ValueScope}), which optical layers, and whether near-packaged optics
 * (NPO) are included (the bottom-up does not model NPO, so such a forecast sits above it by that much).
 *
 * @param counts  the forecast's own words for what it counts
 * @param status  how sure the reading is: stated or secondary when the source says so, assumption when
 *                the definition was not found and the reading is CPO Lens's
 * @param note    why the reading is what it is
 */
public record ForecastScope(String counts, ValueScope value, Set<OpticsLayer> layers, boolean npo, Status status,
                            String note) {
    public ForecastScope {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        counts = counts == null ? "" : counts;
        note = note == null ? "" : note;
        layers = layers.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(layers));
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a forecast scope covers at least one layer");
        }
    }

    /** Every layer, no NPO: the reading of a forecast that says only "CPO market". */
    public static ForecastScope all(String counts, ValueScope value, Status status, String note) {
        return new ForecastScope(counts, value, EnumSet.allOf(OpticsLayer.class), false, status, note);
    }

    public boolean covers(OpticsLayer layer) {
        return layers.contains(layer);
    }

    /** Layer words in declaration order, e.g. "switch+nic+scaleUp". */
    public String layerWords() {
        StringBuilder sb = new StringBuilder();
        for (OpticsLayer l : OpticsLayer.values()) {
            if (layers.contains(l)) {
                sb.append(sb.length() == 0 ? "" : "+").append(l.word());
            }
        }
        return sb.toString();
    }
}
