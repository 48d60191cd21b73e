package org.cpolens.model.tco;

import java.util.List;

/**
 * The cost-of-ownership columns of a design: the companion of {@code model.eval.ResultColumn} for
 * figures that need the TCO settings, which {@code compare} does not read. Every sweep row format
 * writes them after the result schema when the grid prices rows, and {@code cpolens tco} gives the
 * same names per architecture, so a sweep row and the command agree field by field.
 */
public enum TcoColumn {
    USD_PER_ACCELERATOR_YEAR("tcoUsdPerAcceleratorYear", "USD/(accelerator yr)", TcoKernel.USD_PER_ACCELERATOR_YEAR, false,
            "TCO per accelerator-year", "每加速器年總持有成本"),
    TCO_USD("tcoUsd", "USD", TcoKernel.TCO_USD, false, "TCO (present value)", "總持有成本（現值）"),
    CAPEX_USD("tcoCapexUsd", "USD", TcoKernel.CAPEX_USD, false, "Year-0 spend", "期初支出"),
    ENERGY_USD_PER_YEAR("tcoEnergyUsdPerYear", "USD/yr", TcoKernel.ENERGY_USD_PER_YEAR, false, "Energy per year",
            "每年電費"),
    RELIABILITY_USD_PER_YEAR("tcoReliabilityUsdPerYear", "USD/yr", TcoKernel.RELIABILITY_USD_PER_YEAR, false,
            "Reliability costs per year", "每年可靠度成本"),
    OPEX_USD_PER_YEAR("tcoOpexUsdPerYear", "USD/yr", TcoKernel.OPEX_USD_PER_YEAR, false, "Running costs per year",
            "每年營運成本"),
    NPV_VS_BASELINE_USD("tcoNpvVsBaselineUsd", "USD", TcoKernel.NPV_VS_BASELINE_USD, false, "NPV against the baseline",
            "相對基準架構的淨現值"),
    NPV_VS_BEST_OTHER_USD("tcoNpvVsBestOtherUsd", "USD", TcoKernel.NPV_VS_BEST_OTHER_USD, true,
            "NPV against the best non-CPO", "相對最佳非 CPO 的淨現值"),
    BREAK_EVEN_USD_PER_PORT("tcoBreakEvenUsdPerPort", "USD", TcoKernel.BREAK_EVEN_USD_PER_PORT, true,
            "TCO break-even price per port", "總持有成本損益兩平每埠價格"),
    BREAK_EVEN_WATTS_PER_PORT("tcoBreakEvenWattsPerPort", "W", TcoKernel.BREAK_EVEN_WATTS_PER_PORT, true,
            "TCO break-even watts per port", "總持有成本損益兩平每埠功耗");

    private final String key;
    private final String unit;
    private final int slot;
    private final boolean optional;
    private final String en;
    private final String zhTw;

    TcoColumn(String key, String unit, int slot, boolean optional, String en, String zhTw) {
        this.key = key;
        this.unit = unit;
        this.slot = slot;
        this.optional = optional;
        this.en = en;
        this.zhTw = zhTw;
    }

    /** The field name in JSON and the column name in CSV and Parquet. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** The {@link TcoKernel} output it reads. */
    public int slot() {
        return slot;
    }

    /**
     * Empty (null in JSON and Parquet) where it does not apply: the comparisons with the best non-CPO
     * design and the break-evens exist for CPO designs only; the kernel gives NaN elsewhere.
     */
    public boolean optional() {
        return optional;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    /** The value from TCO outputs at {@code at}; NaN when an optional column does not apply. */
    public double value(double[] out, int at) {
        return out[at + slot];
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(TcoColumn::key).toList();
    }
}
