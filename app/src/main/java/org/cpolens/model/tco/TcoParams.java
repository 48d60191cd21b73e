package org.cpolens.model.tco;


/**
 * The cost settings as one primitive array, the form {@link TcoKernel} reads in the sweep's hot loop. Built once per run; the slots are
 * the constants below. Immutable: {@link #values()} hands out a copy, the kernels read
 * {@link #raw()}.
 */
public final class TcoParams {
    // economics
    public static final int LIFETIME = 0;
    public static final int DISCOUNT = 1;
    /** Present value of 1 a year over the lifetime: {@link TcoSettings#annuity}. */
    public static final int ANNUITY = 2;
    public static final int ELECTRICITY = 3;
    public static final int PUE = 4;
    public static final int ACCELERATOR_HOUR = 5;
    public static final int TECHNICIAN_RATE = 6;
    public static final int SWITCH_USD_PER_TBPS = 7;
    public static final int PREMIUM_USD_PER_TBPS = 8;
    public static final int LASER_MODULE_USD = 9;
    public static final int FAU_USD = 10;
    public static final int FIBER_USD = 11;
    public static final int COPPER_USD = 12;
    public static final int NIC_USD = 13;
    /** 1 when freed power also feeds accelerators, else 0. */
    public static final int FREED_ACCELERATORS = 14;
    public static final int FREED_NET_SHARE = 15;
    /** Multiplier on every reliability cost (the Monte Carlo's failure-rate factor); 1 otherwise. */
    public static final int RELIABILITY_SCALE = 16;
    /** Share of a replaced part's price the owner pays (1: bought new). */
    public static final int REPLACEMENT_SHARE = 17;

    public static final int SIZE = REPLACEMENT_SHARE + 1;

    private final double[] v;

    private TcoParams(double[] v) {
        this.v = v;
    }

    /** The cost settings of a run. */
    public static TcoParams of(TcoSettings tco) {
        double[] v = new double[SIZE];
        double years = tco.value(TcoInput.LIFETIME_YEARS);
        double rate = tco.value(TcoInput.DISCOUNT_RATE);
        v[LIFETIME] = years;
        v[DISCOUNT] = rate;
        v[ANNUITY] = TcoSettings.annuity(rate, years);
        v[ELECTRICITY] = tco.value(TcoInput.ELECTRICITY_USD_PER_KWH);
        v[PUE] = tco.value(TcoInput.PUE);
        v[ACCELERATOR_HOUR] = tco.value(TcoInput.ACCELERATOR_HOUR_USD);
        v[TECHNICIAN_RATE] = tco.value(TcoInput.TECHNICIAN_USD_PER_HOUR);
        v[SWITCH_USD_PER_TBPS] = tco.value(TcoInput.SWITCH_USD_PER_TBPS);
        v[PREMIUM_USD_PER_TBPS] = tco.value(TcoInput.CPO_SWITCH_PREMIUM_USD_PER_TBPS);
        v[LASER_MODULE_USD] = tco.value(TcoInput.LASER_SOURCE_MODULE_USD);
        v[FAU_USD] = tco.value(TcoInput.FAU_USD);
        v[FIBER_USD] = tco.value(TcoInput.FIBER_CABLE_USD);
        v[COPPER_USD] = tco.value(TcoInput.COPPER_CABLE_USD);
        v[NIC_USD] = tco.value(TcoInput.NIC_USD);
        v[FREED_ACCELERATORS] = tco.freedPower() == TcoSettings.FreedPower.ACCELERATORS ? 1 : 0;
        v[FREED_NET_SHARE] = tco.value(TcoInput.FREED_POWER_NET_SHARE);
        v[RELIABILITY_SCALE] = 1;
        v[REPLACEMENT_SHARE] = tco.value(TcoInput.REPLACEMENT_COST_SHARE);
        return new TcoParams(v);
    }

    /** Params over a caller's array (the Monte Carlo's per-trial copy); the annuity is recomputed. */
    static TcoParams wrap(double[] v) {
        v[ANNUITY] = TcoSettings.annuity(v[DISCOUNT], v[LIFETIME]);
        return new TcoParams(v);
    }

    /** The slot of a scalar input. */
    public static int slotOf(TcoInput i) {
        return switch (i) {
            case LIFETIME_YEARS -> LIFETIME;
            case DISCOUNT_RATE -> DISCOUNT;
            case ELECTRICITY_USD_PER_KWH -> ELECTRICITY;
            case PUE -> TcoParams.PUE;
            case ACCELERATOR_HOUR_USD -> ACCELERATOR_HOUR;
            case TECHNICIAN_USD_PER_HOUR -> TECHNICIAN_RATE;
            case SWITCH_USD_PER_TBPS -> TcoParams.SWITCH_USD_PER_TBPS;
            case CPO_SWITCH_PREMIUM_USD_PER_TBPS -> PREMIUM_USD_PER_TBPS;
            case LASER_SOURCE_MODULE_USD -> LASER_MODULE_USD;
            case FAU_USD -> TcoParams.FAU_USD;
            case FIBER_CABLE_USD -> FIBER_USD;
            case COPPER_CABLE_USD -> COPPER_USD;
            case NIC_USD -> TcoParams.NIC_USD;
            case REPLACEMENT_COST_SHARE -> REPLACEMENT_SHARE;
            case FREED_POWER_NET_SHARE -> FREED_NET_SHARE;
        };
    }

    /** A copy with slot {@code slot} set to {@code value} (the annuity follows lifetime and rate). */
    public TcoParams with(int slot, double value) {
        double[] c = v.clone();
        c[slot] = value;
        c[ANNUITY] = TcoSettings.annuity(c[DISCOUNT], c[LIFETIME]);
        return new TcoParams(c);
    }

    public double get(int slot) {
        return v[slot];
    }

    /** The array itself, for the kernels: not to be written. */
    double[] raw() {
        return v;
    }

    public double[] values() {
        return v.clone();
    }
}
