package org.cpolens.model.tco;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.market.Spread;

/**
 * A scenario's cost-of-ownership settings over the catalog ({@code catalog/tco.yaml}): every
 * {@link TcoInput} with its source and status, where the reliability costs come from, how freed
 * power is valued, and the spreads of the Monte Carlo.
 *
 * @param reliability where lost accelerator-hours, technician hours, parts and spares come from
 * @param freedPower  how power an architecture saves against the baseline is valued
 * @param uncertainty the triangular spreads of the uncertain inputs, in catalog order
 * @param trials      Monte Carlo trials when the caller gives none
 */
public record TcoSettings(Map<TcoInput, Figure> inputs, ReliabilitySource reliability, FreedPower freedPower,
                          List<Uncertain> uncertainty, int trials) {
    public static final int MIN_TRIALS = 1;
    public static final int MAX_TRIALS = 1_000_000;

    /** Where the reliability costs come from. */
    public enum ReliabilitySource {
        /** The fault simulation of the pipeline's reliability stage (means over its trials). */
        SIMULATED("simulated"),
        /** Closed-form expectations from the same rates and repairs ({@link AnalyticReliability}). */
        ANALYTIC("analytic");

        private final String word;

        ReliabilitySource(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static List<String> words() {
            return java.util.Arrays.stream(values()).map(ReliabilitySource::word).toList();
        }
    }

    /** How saved power is valued. */
    public enum FreedPower {
        /** Only as the energy not bought (already in the energy cost). */
        ENERGY("energy"),
        /**
         * Also as the accelerators the same facility power could feed: each saved watt over the
         * cluster's watts per accelerator, earning the net share of an accelerator-hour's value.
         */
        ACCELERATORS("accelerators");

        private final String word;

        FreedPower(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static List<String> words() {
            return java.util.Arrays.stream(values()).map(FreedPower::word).toList();
        }
    }

    /**
     * One uncertain input: a {@link TcoInput} drawn as an absolute value, or a {@link TcoFactor}
     * drawn as a multiplier around 1.
     */
    public record Uncertain(String key, TcoInput input, TcoFactor factor, Spread spread, String source,
                            org.cpolens.model.catalog.Status status) {
        public Uncertain {
            Objects.requireNonNull(spread, "spread");
            if ((input == null) == (factor == null)) {
                throw new IllegalArgumentException("an uncertain input is either a tco input or a factor: " + key);
            }
        }

        public String en() {
            return input != null ? input.en() : factor.en();
        }

        public String zhTw() {
            return input != null ? input.zhTw() : factor.zhTw();
        }

        public String unit() {
            return input != null ? input.unit() : "x";
        }
    }

    public TcoSettings {
        EnumMap<TcoInput, Figure> m = new EnumMap<>(TcoInput.class);
        m.putAll(inputs);
        for (TcoInput i : TcoInput.values()) {
            Figure f = m.get(i);
            if (f == null) {
                throw InputException.field("tco." + i.key(), null, "missing", "the catalog's tco.yaml gives every input");
            }
            i.check(f.value());
        }
        inputs = Collections.unmodifiableMap(m);
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(freedPower, "freedPower");
        uncertainty = List.copyOf(uncertainty);
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw InputException.field("tco.trials", trials, "must be between " + MIN_TRIALS + " and " + MAX_TRIALS,
                    "10,000 trials give stable P10/P90 bands");
        }
    }

    public Figure figure(TcoInput i) {
        return inputs.get(i);
    }

    public double value(TcoInput i) {
        return inputs.get(i).value();
    }

    /** The same settings with one input's value replaced (its source and status kept). */
    public TcoSettings with(TcoInput i, double v) {
        EnumMap<TcoInput, Figure> m = new EnumMap<>(inputs);
        m.put(i, m.get(i).withValue(i.check(v)));
        return new TcoSettings(m, reliability, freedPower, uncertainty, trials);
    }

    /** The same settings with one input set by {@code by} (a labelled assumption that keeps the value it replaced). */
    public TcoSettings overridden(TcoInput i, double v, String by) {
        EnumMap<TcoInput, Figure> m = new EnumMap<>(inputs);
        m.put(i, m.get(i).overridden(i.check(v), by));
        return new TcoSettings(m, reliability, freedPower, uncertainty, trials);
    }

    public TcoSettings with(ReliabilitySource source) {
        return new TcoSettings(inputs, source, freedPower, uncertainty, trials);
    }

    /** The uncertain inputs that are not constants, in catalog order. */
    public List<Uncertain> moving() {
        List<Uncertain> out = new ArrayList<>();
        for (Uncertain u : uncertainty) {
            if (!u.spread().isConstant()) {
                out.add(u);
            }
        }
        return out;
    }

    /** Present value of 1 a year for {@code years} at {@code rate}, flows at year ends (fractional years interpolated by the same formula). */
    public static double annuity(double rate, double years) {
        return rate == 0 ? years : (1 - Math.pow(1 + rate, -years)) / rate;
    }
}
