package org.cpolens.report;

/**
 * A sentence set apart: the verdict of the key takeaways, the run's provenance line, a note.
 *
 * @param kind "verdict", "provenance" or "note": how the page sets it
 */
public record Callout(String kind, Text text) implements Block {
    public static Callout of(String kind, String en, String zhTw) {
        return new Callout(kind, Text.of(en, zhTw));
    }
}
