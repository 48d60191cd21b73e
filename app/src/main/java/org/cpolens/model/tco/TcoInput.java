package org.cpolens.model.tco;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.InputException;

/**
 * The scalar inputs of the cost model, in catalog order: each has a key (the catalog and
 * scenario name), a unit, a rule and labels. {@code catalog/tco.yaml} gives every one a value with
 * source and status; a scenario's {@code tco:} section overrides any of them.
 */
public enum TcoInput {
    LIFETIME_YEARS("lifetimeYears", "yr", Rule.LIFETIME, "Lifetime", "使用年限"),
    DISCOUNT_RATE("discountRate", "/yr", Rule.RATE, "Discount rate", "折現率"),
    ELECTRICITY_USD_PER_KWH("electricityUsdPerKwh", "USD/kWh", Rule.NON_NEGATIVE, "Electricity price", "電價"),
    PUE("pue", "", Rule.PUE, "Power usage effectiveness (PUE)", "電力使用效率（PUE）"),
    ACCELERATOR_HOUR_USD("acceleratorHourUsd", "USD/h", Rule.NON_NEGATIVE, "Value of an accelerator-hour",
            "加速器每小時價值"),
    TECHNICIAN_USD_PER_HOUR("technicianUsdPerHour", "USD/h", Rule.NON_NEGATIVE, "Technician rate", "技術人員時薪"),
    SWITCH_USD_PER_TBPS("switchUsdPerTbps", "USD/(Tb/s)", Rule.NON_NEGATIVE, "Switch price without optics, per Tb/s",
            "交換器（不含光學）每 Tb/s 價格"),
    CPO_SWITCH_PREMIUM_USD_PER_TBPS("cpoSwitchPremiumUsdPerTbps", "USD/(Tb/s)", Rule.NON_NEGATIVE,
            "CPO switch premium, per Tb/s", "CPO 交換器溢價（每 Tb/s）"),
    LASER_SOURCE_MODULE_USD("laserSourceModuleUsd", "USD", Rule.NON_NEGATIVE, "External laser source module price",
            "外部雷射光源模組價格"),
    FAU_USD("fauUsd", "USD", Rule.NON_NEGATIVE, "Fiber array unit price", "光纖陣列單元價格"),
    FIBER_CABLE_USD("fiberCableUsd", "USD", Rule.NON_NEGATIVE, "Fiber cable price", "光纖跳線價格"),
    COPPER_CABLE_USD("copperCableUsd", "USD", Rule.NON_NEGATIVE, "Copper cable price", "銅纜價格"),
    NIC_USD("nicUsd", "USD", Rule.NON_NEGATIVE, "NIC price", "網路卡價格"),
    REPLACEMENT_COST_SHARE("replacementCostShare", "", Rule.FRACTION, "Share of a replaced part's price paid",
            "更換零件需支付的價格比例"),
    FREED_POWER_NET_SHARE("freedPowerNetShare", "", Rule.FRACTION,
            "Net share of an extra accelerator-hour's value", "多供電加速器每小時價值的淨額比例");

    /** What values an input may take: the one place these rules are written. */
    public enum Rule {
        NON_NEGATIVE("must not be negative", "prices and rates are zero or more"),
        LIFETIME("must be greater than zero and at most " + (int) TcoInput.MAX_LIFETIME_YEARS + " years",
                "e.g. 5 years, the useful life hyperscalers state for network equipment"),
        RATE("must be at least 0 and below 1", "a yearly rate as a fraction: 0.08 means 8% a year"),
        PUE("must be at least 1", "PUE = facility power / IT power, 1.0 at best; 1.56 is the surveyed average"),
        FRACTION("must be between 0 and 1", "a share, e.g. 0.25");

        private final String problem;
        private final String hint;

        Rule(String problem, String hint) {
            this.problem = problem;
            this.hint = hint;
        }

        public boolean accepts(double v) {
            return switch (this) {
                case NON_NEGATIVE -> Double.isFinite(v) && v >= 0;
                case LIFETIME -> Double.isFinite(v) && v > 0 && v <= MAX_LIFETIME_YEARS;
                case RATE -> Double.isFinite(v) && v >= 0 && v < 1;
                case PUE -> Double.isFinite(v) && v >= 1;
                case FRACTION -> Double.isFinite(v) && v >= 0 && v <= 1;
            };
        }

        public String problem() {
            return problem;
        }

        public String hint() {
            return hint;
        }
    }

    /** The longest lifetime the model discounts over. */
    public static final double MAX_LIFETIME_YEARS = 50;

    private final String key;
    private final String unit;
    private final Rule rule;
    private final String en;
    private final String zhTw;

    TcoInput(String key, String unit, Rule rule, String en, String zhTw) {
        this.key = key;
        this.unit = unit;
        this.rule = rule;
        this.en = en;
        this.zhTw = zhTw;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public Rule rule() {
        return rule;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    /** Throws naming {@code tco.KEY} when {@code v} breaks this input's rule. */
    public double check(double v) {
        if (!rule.accepts(v)) {
            throw InputException.field("tco." + key, v, rule.problem(), rule.hint());
        }
        return v;
    }

    public static Optional<TcoInput> fromKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TcoInput::key).toList();
    }
}
