package org.cpolens.model.eval;

import java.util.Arrays;
import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.units.Units;

/**
 * The result schema: every figure an evaluated architecture reports, in the order outputs list
 * them, with its name, unit, type and where in the result it comes from. {@code compare --format
 * json}, every sweep row format (CSV, JSON, JSON lines, Parquet), the dashboard and the report's
 * tables are written from this one list, so a new output is one constant here.
 */
public enum ResultColumn {
    ID("id", Type.TEXT, "", -1, Scale.ONE, "Architecture", "架構"),
    NAME("name", Type.TEXT, "", -1, Scale.ONE, "Name", "名稱"),
    KIND("kind", Type.TEXT, "", -1, Scale.ONE, "Kind", "類別"),
    SWITCH_SIDE_PORTS("switchSidePorts", Type.COUNT, "", DesignKernel.SWITCH_PORTS, Scale.ONE,
            "Switch-side ports", "交換器端埠"),
    HOST_SIDE_MODULES("hostSideModules", Type.COUNT, "", DesignKernel.HOST_MODULES, Scale.ONE,
            "NIC-side optical ends", "網卡端光學端點"),
    SWITCH_OPTICS_POWER_KW("switchOpticsPowerKw", Type.NUMBER, "kW", DesignKernel.SWITCH_OPTICS_W, Scale.KILO,
            "Switch-side optics power", "交換器端光學功耗"),
    HOST_OPTICS_POWER_KW("hostOpticsPowerKw", Type.NUMBER, "kW", DesignKernel.HOST_OPTICS_W, Scale.KILO,
            "Host-side optics power", "主機端光學功耗"),
    OPTICS_POWER_KW("opticsPowerKw", Type.NUMBER, "kW", DesignKernel.OPTICS_W, Scale.KILO, "Optics power", "光學功耗"),
    SWITCH_BASE_POWER_KW("switchBasePowerKw", Type.NUMBER, "kW", DesignKernel.SWITCH_BASE_W, Scale.KILO,
            "Switch power before optics", "交換器本體功耗"),
    NETWORK_POWER_KW("networkPowerKw", Type.NUMBER, "kW", DesignKernel.NETWORK_W, Scale.KILO, "Network power", "網路總功耗"),
    PICOJOULES_PER_BIT("picojoulesPerBit", Type.NUMBER, "pJ/bit", DesignKernel.PJ_PER_BIT, Scale.ONE,
            "Energy per bit", "每位元能耗"),
    OPTICS_PICOJOULES_PER_BIT("opticsPicojoulesPerBit", Type.NUMBER, "pJ/bit", DesignKernel.OPTICS_PJ_PER_BIT, Scale.ONE,
            "Optics energy per bit", "光學每位元能耗"),
    LASERS("lasers", Type.COUNT, "", DesignKernel.LASERS, Scale.ONE, "Lasers", "雷射數"),
    LASER_MODULES("laserModules", Type.COUNT, "", DesignKernel.LASER_MODULES, Scale.ONE, "Laser modules", "外部雷射模組"),
    EDGE_MM("edgeMm", Type.NUMBER, "mm", DesignKernel.EDGE_MM, Scale.ONE, "Edge used", "面板／邊緣長度"),
    WORST_PATH_LATENCY_NS("worstPathLatencyNs", Type.NUMBER, "ns", DesignKernel.LATENCY_NS, Scale.ONE,
            "Optics latency, worst path", "最長路徑光學延遲"),
    CAPEX_USD("capexUsd", Type.NUMBER, "USD", DesignKernel.CAPEX_USD, Scale.ONE, "Optics capex", "光學資本支出"),
    HOT_SWAPPABLE("hotSwappable", Type.BOOLEAN, "", -1, Scale.ONE, "Hot-swappable", "可熱插拔"),
    POWER_SAVED_KW("powerSavedKw", Type.NUMBER, "kW", DesignKernel.SAVED_W, Scale.KILO, "Power saved", "節省功耗"),
    EXTRA_ACCELERATORS_AT_SAME_POWER("extraAcceleratorsAtSamePower", Type.OPTIONAL_COUNT, "",
            DesignKernel.EXTRA_ACCELERATORS, Scale.ONE, "Extra accelerators", "可多供電加速器"),
    LASER_POWER_KW("laserPowerKw", Type.NUMBER, "kW", DesignKernel.LASER_W, Scale.KILO,
            "External laser power", "外部雷射光源功耗"),
    ENGINES("engines", Type.COUNT, "", DesignKernel.ENGINES, Scale.ONE, "Optical engines", "光學引擎"),
    FAUS("faus", Type.COUNT, "", DesignKernel.FAUS, Scale.ONE, "Fiber array units", "光纖陣列單元"),
    SCALE_UP_OPTICAL_ENDS("scaleUpOpticalEnds", Type.COUNT, "", DesignKernel.SCALE_UP_ENDS, Scale.ONE,
            "Scale-up optical ends", "縱向擴展光學端點"),
    SCALE_UP_OPTICS_POWER_KW("scaleUpOpticsPowerKw", Type.NUMBER, "kW", DesignKernel.SCALE_UP_OPTICS_W, Scale.KILO,
            "Scale-up optics power", "縱向擴展光學功耗"),
    SCALE_UP_ENGINES("scaleUpEngines", Type.COUNT, "", DesignKernel.SCALE_UP_ENGINES, Scale.ONE,
            "Scale-up optical engines", "縱向擴展光學引擎"),
    SCALE_UP_SWITCH_POWER_KW("scaleUpSwitchPowerKw", Type.NUMBER, "kW", DesignKernel.SCALE_UP_SWITCH_W, Scale.KILO,
            "Scale-up switch power before optics", "縱向擴展交換器本體功耗"),
    SCALE_UP_CAPEX_USD("scaleUpCapexUsd", Type.NUMBER, "USD", DesignKernel.SCALE_UP_CAPEX_USD, Scale.ONE,
            "Scale-up optics capex", "縱向擴展光學資本支出"),
    OPTICAL_ENDS_PER_ACCELERATOR("opticalEndsPerAccelerator", Type.NUMBER, "", DesignKernel.ENDS_PER_ACCELERATOR,
            Scale.ONE, "Optical ends per accelerator, every layer", "每顆加速器的光學端點（所有層）"),
    ENGINES_PER_ACCELERATOR("enginesPerAccelerator", Type.NUMBER, "", DesignKernel.ENGINES_PER_ACCELERATOR, Scale.ONE,
            "Optical engines per accelerator, every layer", "每顆加速器的光學引擎（所有層）"),
    LASERS_PER_ACCELERATOR("lasersPerAccelerator", Type.NUMBER, "", DesignKernel.LASERS_PER_ACCELERATOR, Scale.ONE,
            "Lasers per accelerator, every layer", "每顆加速器的雷射（所有層）"),
    LASER_MODULES_PER_ACCELERATOR("laserModulesPerAccelerator", Type.NUMBER, "",
            DesignKernel.LASER_MODULES_PER_ACCELERATOR, Scale.ONE, "Laser modules per accelerator, every layer",
            "每顆加速器的外部雷射模組（所有層）"),
    OPTICS_WATTS_PER_ACCELERATOR("opticsWattsPerAccelerator", Type.NUMBER, "W", DesignKernel.OPTICS_W_PER_ACCELERATOR,
            Scale.ONE, "Optics power per accelerator, every layer", "每顆加速器的光學功耗（所有層）");

    /** How a value is typed in JSON and Parquet. */
    public enum Type {
        TEXT, BOOLEAN, COUNT, NUMBER,
        /** A count that is null when unknown (the kernel gives -1). */
        OPTIONAL_COUNT
    }

    /** The conversion from the kernel's unit (W) to the column's (kW). */
    public enum Scale {
        ONE, KILO
    }

    private final String key;
    private final Type type;
    private final String unit;
    private final int slot;
    private final Scale scale;
    private final String en;
    private final String zhTw;

    ResultColumn(String key, Type type, String unit, int slot, Scale scale, String en, String zhTw) {
        this.key = key;
        this.type = type;
        this.unit = unit;
        this.slot = slot;
        this.scale = scale;
        this.en = en;
        this.zhTw = zhTw;
    }

    /** The field name in JSON and the column name in CSV and Parquet. */
    public String key() {
        return key;
    }

    /** The name in sweep rows: the architecture's id is {@code architecture} there, beside the design's inputs. */
    public String rowKey() {
        return this == ID ? "architecture" : key;
    }

    /** Sweep rows leave the display name out (the id says it, millions of times shorter). */
    public boolean inRows() {
        return this != NAME;
    }

    public Type type() {
        return type;
    }

    public String unit() {
        return unit;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    /** True when the value comes from the evaluation kernel's outputs. */
    public boolean fromKernel() {
        return slot >= 0;
    }

    /** The numeric value in this column's unit, from kernel outputs at {@code outAt}. */
    public double value(double[] out, int outAt) {
        double v = out[outAt + slot];
        return scale == Scale.KILO ? Units.kilowatts(v) : v;
    }

    public double value(ArchitectureResult r) {
        double v = r.output(slot);
        return scale == Scale.KILO ? Units.kilowatts(v) : v;
    }

    /** The text or boolean value of a column that is not from the kernel. */
    public Object attribute(OpticsArchitecture a) {
        return switch (this) {
            case ID -> a.id();
            case NAME -> a.name();
            case KIND -> a.kind().word();
            case HOT_SWAPPABLE -> a.hotSwappable();
            default -> throw new IllegalStateException(key + " is a kernel output");
        };
    }

    /** The columns of a sweep row's results, in order. */
    public static List<ResultColumn> rowColumns() {
        return Arrays.stream(values()).filter(ResultColumn::inRows).toList();
    }
}
