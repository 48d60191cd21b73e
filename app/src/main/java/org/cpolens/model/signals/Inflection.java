package org.cpolens.model.signals;

/** A change in a company's revenue trend worth a look. */
public enum Inflection {
    /** YoY rose month after month for the last three months (four YoY values in a row, increasing). */
    YOY_ACCELERATING_3M("yoy-accelerating-3m", "YoY accelerating 3 months running", "年增率連續三個月加速"),
    /** YoY fell three months running. */
    YOY_DECELERATING_3M("yoy-decelerating-3m", "YoY decelerating 3 months running", "年增率連續三個月減速"),
    /** 3-month moving YoY turned positive this month. */
    YOY3M_TURNED_POSITIVE("yoy3m-turned-positive", "3-month YoY turned positive", "近三月年增率轉正"),
    /** 3-month moving YoY turned negative this month. */
    YOY3M_TURNED_NEGATIVE("yoy3m-turned-negative", "3-month YoY turned negative", "近三月年增率轉負"),
    /** The latest month is the highest of at least 13 stored months. */
    RECORD_HIGH("record-high", "highest month on record (13+ months stored)", "資料期間內單月新高");

    private final String word;
    private final String en;
    private final String zhTw;

    Inflection(String word, String en, String zhTw) {
        this.word = word;
        this.en = en;
        this.zhTw = zhTw;
    }

    public String word() {
        return word;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }
}
