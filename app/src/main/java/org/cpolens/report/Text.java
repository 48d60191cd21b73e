package org.cpolens.report;

/**
 * A label in English and Traditional Chinese. The Chinese is set with full-width punctuation
 * where it touches Chinese characters ({@link ZhPunctuation}), whatever the source wrote.
 */
public record Text(String en, String zhTw) {
    public Text {
        zhTw = ZhPunctuation.normalize(zhTw);
    }

    public static Text of(String en, String zhTw) {
        return new Text(en, zhTw);
    }

    /** Text that reads the same in both languages (ids, tickers, numbers). */
    public static Text same(String s) {
        return new Text(s, s);
    }

    public String in(String lang) {
        return "zh-TW".equalsIgnoreCase(lang) ? zhTw : en;
    }
}
