package org.cpolens.model.tco;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Uncertain multipliers the Monte Carlo and the tornado move besides the scalar {@link TcoInput}s:
 * figures that live elsewhere (architecture prices and watts, failure rates) and are moved as a
 * whole by a factor around 1.
 */
public enum TcoFactor {
    /** Every CPO architecture's price per switch-side port. */
    CPO_PRICE("cpoPricePerPort", "CPO price per port", "CPO 每埠價格"),
    /** Every other architecture's price per port (the CPO's host side included: it keeps the baseline's modules). */
    OTHER_PRICE("otherPricePerPort", "Other optics' price per port", "其他光學每埠價格"),
    /** Every CPO architecture's switch-side watts per port. */
    CPO_WATTS("cpoWattsPerPort", "CPO watts per port", "CPO 每埠功耗"),
    /**
     * Every reliability cost (lost accelerator-hours, technician hours, parts, spares), as failure
     * rates scaled by the factor would move them to first order.
     */
    FAILURE_RATES("failureRates", "Failure rates", "故障率");

    private final String key;
    private final String en;
    private final String zhTw;

    TcoFactor(String key, String en, String zhTw) {
        this.key = key;
        this.en = en;
        this.zhTw = zhTw;
    }

    public String key() {
        return key;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    public static Optional<TcoFactor> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TcoFactor::key).toList();
    }
}
