package org.cpolens.model.catalog;

import java.util.Objects;

/**
 * A risk the seed names, tied to the model input it moves, so a reader can turn the worry into a
 * what-if instead of a mood.
 *
 * @param id          stable id, e.g. {@code adoption-delay}
 * @param titleEn     short name in English
 * @param titleZhTw   short name in Traditional Chinese
 * @param claimEn     what the source says, in English
 * @param claimZhTw   what the source says, in Traditional Chinese (the seed's own words where it has them)
 * @param source      where the risk is stated
 * @param status      how the source states it
 * @param inputEn     the model input the risk moves, in English
 * @param inputZhTw   the same in Traditional Chinese
 * @param inputPath   where to change that input (a scenario path or a catalog figure)
 * @param section     the report section whose numbers move: comparison, sensitivity, market, supply, reliability
 */
public record Risk(String id, String titleEn, String titleZhTw, String claimEn, String claimZhTw, String source,
                   Status status, String inputEn, String inputZhTw, String inputPath, String section) {
    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
