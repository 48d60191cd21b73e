package org.cpolens.report;

/** Running text. */
public record Paragraph(Text text) implements Block {
    public static Paragraph of(String en, String zhTw) {
        return new Paragraph(Text.of(en, zhTw));
    }
}
