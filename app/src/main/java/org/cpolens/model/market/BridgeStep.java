package org.cpolens.model.market;

import java.util.Objects;

/**
 * One bar of the bridge from the single-fabric figure to the fleet's, in the focus year: a start,
 * a driver's step (its change, the drivers substituted one at a time in the order listed), a subtotal
 * (the bottom-up at a value scope), or a forecast drawn beside them.
 *
 * @param valueUsd  the running total after this bar (start, subtotal, forecast: the bar itself)
 * @param deltaUsd  a step's change; 0 for the other kinds
 * @param comparableUsd for a forecast: the bottom-up of its own scope (layers and value), else NaN
 */
public record BridgeStep(String id, Kind kind, String en, String zhTw, double valueUsd, double deltaUsd,
                         double comparableUsd) {
    public enum Kind {
        START("start"), STEP("step"), SUBTOTAL("subtotal"), FORECAST("forecast");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public BridgeStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
