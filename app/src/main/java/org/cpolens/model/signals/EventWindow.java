package org.cpolens.model.signals;

import java.util.List;

/**
 * One company's revenue around one dated event: YoY at each month offset from the event's month
 * (0 = the month it happened in). A month without a filing is null, never zero.
 *
 * @param yoy    YoY in percent at offsets {@code -months .. +months}, in order
 * @param before mean YoY over the months before the event that are present; null when none is
 * @param after  mean YoY over the months after the event that are present; null when none is
 */
public record EventWindow(Event event, String code, String name, int months, List<Double> yoy, Double before,
                          Double after) {
    public EventWindow {
        yoy = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(yoy));
    }

    /** After minus before, in percentage points; null unless both sides have a month. */
    public Double change() {
        return before == null || after == null ? null : after - before;
    }

    /** The YoY {@code offset} months from the event's month, null when that month is absent. */
    public Double at(int offset) {
        return yoy.get(offset + months);
    }
}
