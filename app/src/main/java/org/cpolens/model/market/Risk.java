package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;

/**
 * One of the seed's adoption risks (yield, thermal, coupling, cost, standards): with some
 * probability it happens and delays the adoption curve by some years.
 */
public record Risk(String id, String nameEn, String nameZhTw, Figure probability, Figure delayYears) {
    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(delayYears, "delayYears");
        if (probability.value() < 0 || probability.value() > 1) {
            throw InputException.field("risks." + id + ".probability", probability.value(), "must be between 0 and 1", null);
        }
        if (delayYears.value() < 0) {
            throw InputException.field("risks." + id + ".delayYears", delayYears.value(), "must not be negative", null);
        }
    }

    public Risk withProbability(double p) {
        return new Risk(id, nameEn, nameZhTw, probability.withValue(p), delayYears);
    }
}
