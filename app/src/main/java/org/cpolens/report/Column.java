package org.cpolens.report;

/**
 * A table column.
 *
 * @param key    stable camelCase name (CSV header and JSON key)
 * @param header display header
 * @param unit   unit shown next to the header, "" when none
 */
public record Column(String key, Text header, String unit) {
    public static Column of(String key, String en, String zhTw, String unit) {
        return new Column(key, Text.of(en, zhTw), unit == null ? "" : unit);
    }
}
