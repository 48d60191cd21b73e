package org.cpolens.model.market;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a dollar of "CPO market" counts. Forecasts do not say which they mean and differ 10-100x partly
 * for that reason, so the bottom-up is given in all three and each forecast is compared with the one
 * it declares (or is read to mean).
 */
public enum ValueScope {
    /** The optical engines alone: Gb/s x the engine price per Gb/s. */
    ENGINES("engines", "Engines only", "僅光引擎"),
    /** Engines plus their external laser source modules: the optics a pluggable transceiver would otherwise be. */
    OPTICS("optics", "Engines + laser modules", "光引擎＋外部雷射模組"),
    /**
     * The optics at the price of the system that carries them (switch, NIC or scale-up tray): the whole
     * CPO switch premium, i.e. the optics bought at component prices and resold inside the system at
     * the system vendor's gross margin.
     */
    SYSTEM("system", "Whole CPO system premium", "CPO 系統整體溢價");

    private final String word;
    private final String en;
    private final String zhTw;

    ValueScope(String word, String en, String zhTw) {
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

    public static Optional<ValueScope> fromWord(String w) {
        return Arrays.stream(values()).filter(s -> s.word.equals(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ValueScope::word).toList();
    }
}
