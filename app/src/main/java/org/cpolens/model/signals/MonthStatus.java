package org.cpolens.model.signals;

/** Whether a company's revenue for a month is stored, not due yet, or overdue and absent. */
public enum MonthStatus {
    PRESENT("present", "present", "已申報"),
    NOT_YET_DUE("not-yet-due", "not yet due (filing deadline: the 10th of the next month)", "尚未到期（申報期限為次月十日）"),
    MISSING("missing", "missing (past the filing deadline, not in the database)", "缺漏（已逾申報期限，資料庫中沒有）");

    private final String word;
    private final String en;
    private final String zhTw;

    MonthStatus(String word, String en, String zhTw) {
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
