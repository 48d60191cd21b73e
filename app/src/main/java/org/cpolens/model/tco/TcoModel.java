package org.cpolens.model.tco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.LinkLayer;
import org.cpolens.model.fabric.Tier;
import org.cpolens.model.market.Spread;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilitySettings;
import org.cpolens.model.eval.BillOfMaterials;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * The cost of ownership of a scenario's architectures on its evaluated fabric: one
 * {@link TcoKernel} run per architecture, the comparisons with the baseline and the best non-CPO
 * choice (NPV, payback), each CPO's break-even price and watts per port (and the TCO they give back
 * when fed in), a tornado over the uncertain inputs and a seeded Monte Carlo band.
 *
 * <p>Reliability costs come from the pipeline's fault simulation when the settings say
 * {@code simulated} and the simulation covered the architecture, else from
 * {@link AnalyticReliability}; each architecture says which.
 */
public final class TcoModel {
    private TcoModel() {
    }

    /**
     * @param simulation the pipeline's reliability run, if it ran
     * @param bySize     the target's break-evens at other cluster sizes, computed by the caller
     */
    public static TcoResult run(Evaluation e, TcoSettings st, ReliabilitySettings rs, Optional<ReliabilityResult> simulation,
                                long seed, int trials, List<TcoResult.SizeBreakEven> bySize) {
        if (trials < TcoSettings.MIN_TRIALS || trials > TcoSettings.MAX_TRIALS) {
            throw InputException.field("--trials", trials, "must be between " + TcoSettings.MIN_TRIALS + " and "
                    + TcoSettings.MAX_TRIALS, "10,000 trials give stable P10/P90 bands");
        }
        double wpa = e.interconnect().cluster().wattsPerAccelerator();
        if (st.freedPower() == TcoSettings.FreedPower.ACCELERATORS && !(wpa > 0)) {
            throw InputException.field("tco.freedPower", st.freedPower().word(),
                    "values freed power as accelerators but the cluster gives no watts per accelerator",
                    "add cluster.wattsPerAccelerator (e.g. 1400), or use freedPower: energy");
        }
        Design d = Design.of(e);
        TcoParams base = TcoParams.of(st);
        double[] r = new double[d.archs * AnalyticReliability.OUTPUTS];
        String[] source = new String[d.archs];
        ReliabilityInputs in = reliabilityInputs(e, rs);
        for (int a = 0; a < d.archs; a++) {
            String id = d.ids[a];
            Optional<ArchitectureReliability> sim = st.reliability() == TcoSettings.ReliabilitySource.SIMULATED
                    ? simulation.flatMap(x -> x.architecture(id)) : Optional.empty();
            double[] q = sim.isPresent() ? ReliabilityAdapter.quantities(sim.get())
                    : AnalyticReliability.of(in, e.architectures().get(a).architecture());
            System.arraycopy(q, 0, r, a * AnalyticReliability.OUTPUTS, q.length);
            source[a] = sim.isPresent() ? "simulated" : "analytic";
        }

        double[] design = new double[d.archs * DesignKernel.OUTPUTS];
        double[] out = d.evaluate(base, r, 1, 1, 1, -1, 0, 0, design);
        List<TcoResult.ArchitectureTco> archs = new ArrayList<>();
        for (int a = 0; a < d.archs; a++) {
            double[] o = java.util.Arrays.copyOfRange(out, a * TcoKernel.OUTPUTS, (a + 1) * TcoKernel.OUTPUTS);
            double[] q = java.util.Arrays.copyOfRange(r, a * AnalyticReliability.OUTPUTS, (a + 1) * AnalyticReliability.OUTPUTS);
            double[] k = java.util.Arrays.copyOfRange(design, a * DesignKernel.OUTPUTS, (a + 1) * DesignKernel.OUTPUTS);
            archs.add(new TcoResult.ArchitectureTco(d.ids[a], d.names[a], d.kinds[a], d.cpo[a], d.hot[a], source[a], q, o, k));
        }
        int bestOther = d.bestOther(out);
        int target = indexOf(d.ids, e.studied().id());
        int rival = d.cpo[target] && bestOther >= 0 ? bestOther : 0;

        double rate = st.value(TcoInput.DISCOUNT_RATE);
        double years = st.value(TcoInput.LIFETIME_YEARS);
        List<TcoResult.Comparison> comparisons = new ArrayList<>();
        List<TcoResult.BreakEven> breakEvens = new ArrayList<>();
        for (int a = 1; a < d.archs; a++) {
            comparisons.add(comparison(out, a, 0, "baseline", d, rate, years));
        }
        for (int a = 0; a < d.archs; a++) {
            if (!d.cpo[a] || bestOther < 0) {
                continue;
            }
            comparisons.add(comparison(out, a, bestOther, "bestOther", d, rate, years));
            int at = a * TcoKernel.OUTPUTS;
            double price = out[at + TcoKernel.BREAK_EVEN_USD_PER_PORT];
            double watts = out[at + TcoKernel.BREAK_EVEN_WATTS_PER_PORT];
            double atPrice = Double.isNaN(price) ? Double.NaN
                    : d.evaluate(base, r, 1, 1, 1, a, DesignKernel.P_COST_PER_PORT_USD, price)[at + TcoKernel.TCO_USD];
            double atWatts = Double.isNaN(watts) ? Double.NaN
                    : d.evaluate(base, r, 1, 1, 1, a, DesignKernel.P_SWITCH_PORT_W, watts)[at + TcoKernel.TCO_USD];
            breakEvens.add(new TcoResult.BreakEven(d.ids[a], d.ids[bestOther], price,
                    d.params[a * DesignKernel.PARAMS + DesignKernel.P_COST_PER_PORT_USD], watts,
                    d.params[a * DesignKernel.PARAMS + DesignKernel.P_SWITCH_PORT_W],
                    out[bestOther * TcoKernel.OUTPUTS + TcoKernel.TCO_USD], atPrice, atWatts));
        }

        List<TcoResult.TornadoRow> tornado = tornado(st, d, base, r, target);
        TcoResult.Band band = band(st, d, base, r, target, seed, trials);
        return new TcoResult(e.interconnect().name(), st, d.ids[0], bestOther < 0 ? null : d.ids[bestOther], d.ids[target],
                d.ids[rival], d.accelerators, d.switches, d.fibers, d.wattsPerAccelerator, base.get(TcoParams.ANNUITY), archs, comparisons, breakEvens, bySize, tornado,
                band, seed, trials);
    }

    /**
     * The reliability inputs of an evaluation's compared architectures: the settings' rates and
     * repairs over each architecture's bill of materials (the NIC side's architecture too, when the
     * interconnect names one).
     */
    public static ReliabilityInputs reliabilityInputs(Evaluation e, ReliabilitySettings rs) {
        Map<String, BillOfMaterials> boms = new LinkedHashMap<>();
        List<OpticsArchitecture> archs = new ArrayList<>();
        for (ArchitectureResult x : e.architectures()) {
            boms.put(x.id(), x.bom());
            archs.add(x.architecture());
        }
        return ReliabilityInputs.of(rs.withArchitectures(archs), e.interconnect().name(),
                e.interconnect().cluster().accelerators(), e.interconnect().baseline(), boms);
    }

    private static TcoResult.Comparison comparison(double[] out, int a, int ref, String against, Design d, double rate,
                                                   double years) {
        int at = a * TcoKernel.OUTPUTS;
        int rt = ref * TcoKernel.OUTPUTS;
        double extra = out[at + TcoKernel.CAPEX_USD] - out[rt + TcoKernel.CAPEX_USD];
        double saving = out[rt + TcoKernel.OPEX_USD_PER_YEAR] - out[at + TcoKernel.OPEX_USD_PER_YEAR];
        double payback = TcoKernel.payback(extra, saving, rate);
        return new TcoResult.Comparison(d.ids[a], d.ids[ref], against, out[rt + TcoKernel.TCO_USD] - out[at + TcoKernel.TCO_USD],
                extra, saving, payback, TcoKernel.payback(extra, saving, 0), payback <= years);
    }

    /** The target's advantage over its rival (the best non-CPO, or the baseline), USD per accelerator-year. */
    private static double advantage(Design d, double[] out, int target) {
        int rival = d.cpo[target] ? d.bestOther(out) : 0;
        if (rival < 0) {
            rival = 0;
        }
        return out[rival * TcoKernel.OUTPUTS + TcoKernel.USD_PER_ACCELERATOR_YEAR]
                - out[target * TcoKernel.OUTPUTS + TcoKernel.USD_PER_ACCELERATOR_YEAR];
    }

    /** An uncertain input's spread, centred on the run's value of that input (factors stay around 1). */
    static Spread spread(TcoSettings st, TcoSettings.Uncertain u) {
        Spread s = u.spread();
        if (u.input() == null || s.mode() <= 0) {
            return s;
        }
        double v = st.value(u.input());
        double k = v / s.mode();
        double lo = clamp(u.input(), s.low() * k);
        double hi = clamp(u.input(), s.high() * k);
        return new Spread(Math.min(lo, v), v, Math.max(hi, v));
    }

    private static double clamp(TcoInput i, double v) {
        return switch (i.rule()) {
            case PUE -> Math.max(1, v);
            case RATE -> Math.min(0.99, v);
            case FRACTION -> Math.min(1, v);
            case LIFETIME -> Math.min(TcoInput.MAX_LIFETIME_YEARS, v);
            default -> v;
        };
    }

    private static List<TcoResult.TornadoRow> tornado(TcoSettings st, Design d, TcoParams base, double[] r, int target) {
        List<TcoResult.TornadoRow> rows = new ArrayList<>();
        for (TcoSettings.Uncertain u : st.moving()) {
            Spread s = spread(st, u);
            double atLow = advantage(d, evaluateWith(d, base, r, u, s.low()), target);
            double atHigh = advantage(d, evaluateWith(d, base, r, u, s.high()), target);
            double baseValue = u.input() != null ? st.value(u.input()) : 1;
            rows.add(new TcoResult.TornadoRow(u.key(), u.en(), u.zhTw(), u.unit(), baseValue, s.low(), s.high(), atLow,
                    atHigh));
        }
        return rows;
    }

    private static double[] evaluateWith(Design d, TcoParams base, double[] r, TcoSettings.Uncertain u, double v) {
        if (u.input() != null) {
            double[] t = base.values();
            t[TcoParams.slotOf(u.input())] = v;
            return d.evaluate(TcoParams.wrap(t), r, 1, 1, 1, -1, 0, 0);
        }
        return switch (u.factor()) {
            case CPO_PRICE -> d.evaluate(base, r, v, 1, 1, -1, 0, 0);
            case OTHER_PRICE -> d.evaluate(base, r, 1, v, 1, -1, 0, 0);
            case CPO_WATTS -> d.evaluate(base, r, 1, 1, v, -1, 0, 0);
            case FAILURE_RATES -> d.evaluate(base.with(TcoParams.RELIABILITY_SCALE, v), r, 1, 1, 1, -1, 0, 0);
        };
    }

    /**
     * Trials draw every uncertain input in catalog order, one uniform each (by inverse CDF), from a
     * Well19937c seeded with the run's seed, on one thread: the same seed gives the same band.
     */
    private static TcoResult.Band band(TcoSettings st, Design d, TcoParams base, double[] r, int target, long seed,
                                       int trials) {
        List<TcoSettings.Uncertain> us = st.uncertainty();
        RealDistribution[] dist = new RealDistribution[us.size()];
        double[] constant = new double[us.size()];
        for (int i = 0; i < us.size(); i++) {
            Spread s = spread(st, us.get(i));
            dist[i] = s.distribution();
            constant[i] = s.mode();
        }
        RandomGenerator rng = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, 0x54434f});
        double[][] perYear = new double[d.archs][trials];
        double[] adv = new double[trials];
        long wins = 0;
        double[] t = base.values();
        for (int k = 0; k < trials; k++) {
            double cpoPrice = 1;
            double otherPrice = 1;
            double cpoWatts = 1;
            System.arraycopy(base.raw(), 0, t, 0, t.length);
            for (int i = 0; i < us.size(); i++) {
                double u = rng.nextDouble();
                double v = dist[i] == null ? constant[i] : dist[i].inverseCumulativeProbability(u);
                TcoSettings.Uncertain x = us.get(i);
                if (x.input() != null) {
                    t[TcoParams.slotOf(x.input())] = v;
                } else {
                    switch (x.factor()) {
                        case CPO_PRICE -> cpoPrice = v;
                        case OTHER_PRICE -> otherPrice = v;
                        case CPO_WATTS -> cpoWatts = v;
                        case FAILURE_RATES -> t[TcoParams.RELIABILITY_SCALE] = v;
                    }
                }
            }
            double[] out = d.evaluate(TcoParams.wrap(t), r, cpoPrice, otherPrice, cpoWatts, -1, 0, 0);
            int best = 0;
            for (int a = 0; a < d.archs; a++) {
                perYear[a][k] = out[a * TcoKernel.OUTPUTS + TcoKernel.USD_PER_ACCELERATOR_YEAR];
                if (out[a * TcoKernel.OUTPUTS + TcoKernel.TCO_USD] < out[best * TcoKernel.OUTPUTS + TcoKernel.TCO_USD]) {
                    best = a;
                }
            }
            if (best == target) {
                wins++;
            }
            adv[k] = advantage(d, out, target);
        }
        Map<String, double[]> bands = new LinkedHashMap<>();
        for (int a = 0; a < d.archs; a++) {
            bands.put(d.ids[a], percentiles(perYear[a]));
        }
        return new TcoResult.Band(bands, percentiles(adv), (double) wins / trials);
    }

    /** P10, P50, P90 by linear interpolation between order statistics (type 7), as the market's bands. */
    static double[] percentiles(double[] xs) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(xs);
        return new double[] {p.evaluate(10), p.evaluate(50), p.evaluate(90)};
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no architecture " + id);
    }

    /**
     * A scenario's fabric and architectures as the primitives the kernels read: evaluating it gives
     * back the evaluator's kernel outputs to the bit, so prices and watts can be moved (break-even
     * check, tornado, Monte Carlo) without placing anything again.
     */
    static final class Design {
        final int archs;
        final String[] ids;
        final String[] names;
        final String[] kinds;
        final boolean[] cpo;
        final boolean[] hot;
        final int[] hostSideOf;
        final double[] params;
        final double port;
        final int tierCount;
        final boolean hostOptical;
        final long[] tierEnds;
        final long hostModules;
        final long switches;
        final double injection;
        final double switchBaseW;
        final double switchTbps;
        final double fibers;
        final long accelerators;
        final double wattsPerAccelerator;
        /** The scale-up layer's values, the same for every design. */
        final double[] scaleUp;

        private Design(Evaluation e) {
            List<ArchitectureResult> rs = e.architectures();
            archs = rs.size();
            ids = new String[archs];
            names = new String[archs];
            kinds = new String[archs];
            cpo = new boolean[archs];
            hot = new boolean[archs];
            hostSideOf = new int[archs];
            // one parameter block per architecture, and one more for a NIC-side architecture of its own
            Optional<OpticsArchitecture> nic = e.interconnect().nic();
            params = new double[(archs + (nic.isPresent() ? 1 : 0)) * DesignKernel.PARAMS];
            nic.ifPresent(n -> DesignKernel.params(n, params, archs * DesignKernel.PARAMS));
            for (int a = 0; a < archs; a++) {
                OpticsArchitecture x = rs.get(a).architecture();
                ids[a] = x.id();
                names[a] = x.name();
                kinds[a] = x.kind().word();
                cpo[a] = x.kind().isCpo();
                hot[a] = x.hotSwappable();
                hostSideOf[a] = nic.isPresent() ? archs : x.replacesHostSide() ? a : 0;
                DesignKernel.params(x, params, a * DesignKernel.PARAMS);
            }
            Fabric f = e.fabric();
            port = f.request().portGbps();
            tierCount = f.tierCount();
            hostOptical = f.linkLayers().get(0).optical();
            tierEnds = new long[tierCount];
            for (Tier t : f.tiers()) {
                tierEnds[t.level()] = f.opticalEndsOnTier(t.level());
            }
            List<LinkLayer> layers = f.linkLayers();
            double fiber = 0;
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).optical()) {
                    fiber += f.linksOf(i);
                }
            }
            fibers = fiber;
            hostModules = f.opticalHostEnds();
            switches = f.switchCount();
            injection = f.injectionGbps();
            switchBaseW = e.interconnect().switchSystem().basePowerW().value();
            switchTbps = e.interconnect().switchSystem().radix() * e.interconnect().switchSystem().portGbps() / 1000.0;
            accelerators = e.interconnect().cluster().accelerators();
            scaleUp = new double[org.cpolens.model.eval.ScaleUpLayer.VALUES];
            e.interconnect().scaleUp().ifPresent(x -> org.cpolens.model.eval.ScaleUpLayer.of(x, e.interconnect().cluster()
                    .accelerators()).values(scaleUp, 0));
            wattsPerAccelerator = e.interconnect().cluster().wattsPerAccelerator();
        }

        static Design of(Evaluation e) {
            return new Design(e);
        }

        /**
         * Every architecture's TCO outputs, {@link TcoKernel#OUTPUTS} apart, compared within the group.
         *
         * @param cpoPrice   multiplier on CPO architectures' price per port
         * @param otherPrice multiplier on the others' (the CPO's host side included)
         * @param cpoWatts   multiplier on CPO architectures' switch-side watts per port
         * @param overrideArch an architecture whose parameter {@code overrideSlot} takes {@code overrideValue}, or -1
         */
        double[] evaluate(TcoParams t, double[] r, double cpoPrice, double otherPrice, double cpoWatts, int overrideArch,
                          int overrideSlot, double overrideValue) {
            return evaluate(t, r, cpoPrice, otherPrice, cpoWatts, overrideArch, overrideSlot, overrideValue,
                    new double[archs * DesignKernel.OUTPUTS]);
        }

        /** As above, with the design outputs written to {@code k}. */
        double[] evaluate(TcoParams t, double[] r, double cpoPrice, double otherPrice, double cpoWatts, int overrideArch,
                          int overrideSlot, double overrideValue, double[] k) {
            double[] p = params.clone();
            for (int a = 0; a < archs; a++) {
                int at = a * DesignKernel.PARAMS;
                p[at + DesignKernel.P_COST_PER_PORT_USD] *= cpo[a] ? cpoPrice : otherPrice;
                if (cpo[a]) {
                    p[at + DesignKernel.P_SWITCH_PORT_W] *= cpoWatts;
                }
            }
            if (overrideArch >= 0) {
                p[overrideArch * DesignKernel.PARAMS + overrideSlot] = overrideValue;
            }
            double[] out = new double[archs * TcoKernel.OUTPUTS];
            double baselineW = Double.NaN;
            for (int a = 0; a < archs; a++) {
                DesignKernel.evaluate(port, tierCount, hostOptical, tierEnds, 0, hostModules, switches, injection,
                        switchBaseW, p, a * DesignKernel.PARAMS, p, hostSideOf[a] * DesignKernel.PARAMS, baselineW,
                        accelerators, wattsPerAccelerator, scaleUp, 0, k, a * DesignKernel.OUTPUTS);
                if (a == 0) {
                    baselineW = k[DesignKernel.NETWORK_W];
                }
                TcoKernel.evaluate(t, k, a * DesignKernel.OUTPUTS, r, a * AnalyticReliability.OUTPUTS, switches, switchTbps,
                        fibers, accelerators, cpo[a], hot[a], p[a * DesignKernel.PARAMS + DesignKernel.P_ENGINE_GBPS] / port,
                        a == 0 ? Double.NaN : baselineW, wattsPerAccelerator, out,
                        a * TcoKernel.OUTPUTS);
            }
            TcoKernel.compare(archs, cpo, p, 0, out, 0);
            return out;
        }

        /** The non-CPO architecture with the lowest TCO, or -1. */
        int bestOther(double[] out) {
            int best = -1;
            for (int a = 0; a < archs; a++) {
                if (!cpo[a] && (best < 0 || out[a * TcoKernel.OUTPUTS + TcoKernel.TCO_USD]
                        < out[best * TcoKernel.OUTPUTS + TcoKernel.TCO_USD])) {
                    best = a;
                }
            }
            return best;
        }
    }

    /** The catalog value of a figure of an architecture, for labels. */
    static double figure(OpticsArchitecture a, ArchitectureFigure f) {
        return a.value(f);
    }
}
