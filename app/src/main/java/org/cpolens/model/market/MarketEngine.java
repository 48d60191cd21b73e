package org.cpolens.model.market;

import static org.cpolens.model.market.FleetProjector.ENGINES;
import static org.cpolens.model.market.FleetProjector.FAUS;
import static org.cpolens.model.market.FleetProjector.GBPS;
import static org.cpolens.model.market.FleetProjector.LASERS;
import static org.cpolens.model.market.FleetProjector.LAYERS;
import static org.cpolens.model.market.FleetProjector.MODULES;
import static org.cpolens.model.market.FleetProjector.OPTICAL_GBPS;
import static org.cpolens.model.market.FleetProjector.OPTICAL_PORTS;
import static org.cpolens.model.market.FleetProjector.PORTS;
import static org.cpolens.model.market.FleetProjector.SWITCHES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.eval.OpticsLayer;

/**
 * Runs a market forecast from the fleet: deterministic projection per layer and platform, Monte Carlo
 * bands, each forecast against the bottom-up of its scope, the bridge from the single-fabric figure,
 * the hindcast of pluggable module demand, the conflicting readings and the tornado.
 */
public final class MarketEngine {
    /** The year published forecasts converge on; the bridge, tornado and key figures speak about it. */
    public static final int FOCUS_YEAR = 2030;

    private MarketEngine() {
    }

    /**
     * @param seed   every random draw derives from it; the same seed gives the same result
     * @param trials 1 .. 1,000,000
     */
    public static MarketResult run(MarketInputs in, long seed, int trials) {
        return run(in, seed, trials, () -> false);
    }

    /**
     * As {@link #run(MarketInputs, long, int)}, stopping with a {@link java.util.concurrent.CancellationException}
     * between chunks of trials once {@code stop} is true (the dashboard's client went away).
     */
    public static MarketResult run(MarketInputs in, long seed, int trials, java.util.function.BooleanSupplier stop) {
        MonteCarlo.checkTrials(trials);
        FleetProjector projector = new FleetProjector(in);
        FleetProjector.Out det = projector.out(true);
        projector.project(FleetProjector.Draw.base(), det);
        MonteCarlo.Bands bands = MonteCarlo.run(in, seed, trials, 0, stop);
        int focus = focusYear(in);
        return new MarketResult(in, seed, trials, years(in, det, bands), layers(in, det), platformLayers(in, det),
                reconcile(in, det), bridge(in, det, focus), hindcast(in), readings(in, projector, focus), focus,
                sensitivity(in, projector, focus));
    }

    /** 2030 when modelled, else the last modelled year. */
    public static int focusYear(MarketInputs in) {
        return FOCUS_YEAR >= in.startYear() && FOCUS_YEAR <= in.endYear() ? FOCUS_YEAR : in.endYear();
    }

    /** The deterministic value of one scope per year, every input at its base. */
    public static double[] deterministic(MarketInputs in, ValueScope scope) {
        FleetProjector p = new FleetProjector(in);
        FleetProjector.Out out = p.out(false);
        p.project(FleetProjector.Draw.base(), out);
        return out.value[scope.ordinal()].clone();
    }

    // ---- per year, layer and platform

    private static List<YearResult> years(MarketInputs in, FleetProjector.Out det, MonteCarlo.Bands bands) {
        List<YearResult> out = new ArrayList<>();
        double perWafer = in.settings().lasersPerWafer().value();
        for (int i = 0; i < in.years(); i++) {
            int year = in.startYear() + i;
            Map<String, Double> topDown = new LinkedHashMap<>();
            Map<String, Double> topDownPorts = new LinkedHashMap<>();
            for (TopDownSource s : in.sources()) {
                if (s.covers(year)) {
                    (s.metric() == Metric.PORTS ? topDownPorts : topDown).put(s.id(), s.valueAt(year));
                }
            }
            Map<ValueScope, Double> value = new EnumMap<>(ValueScope.class);
            Map<ValueScope, Band> band = new EnumMap<>(ValueScope.class);
            for (ValueScope s : ValueScope.values()) {
                value.put(s, det.value[s.ordinal()][i]);
                double[][] p = bands.revenueP(s);
                band.put(s, new Band(p[0][i], p[1][i], p[2][i]));
            }
            double lasers = sum(det, LASERS, i);
            out.add(new YearResult(year, in.shipmentsIn(year), det.share[OpticsLayer.SWITCH.ordinal()][i],
                    det.engineUsdPerGbps[i], det.laserModuleUsd[i], det.ports[i], sum(det, GBPS, i),
                    sum(det, ENGINES, i), lasers, sum(det, MODULES, i), sum(det, FAUS, i), lasers / perWafer,
                    det.layer[OpticsLayer.SWITCH.ordinal()][SWITCHES][i], det.hostPluggables[i], value, band,
                    in.settings().headline(), new Band(bands.portsP()[0][i], bands.portsP()[1][i],
                    bands.portsP()[2][i]), topDown, topDownPorts));
        }
        return out;
    }

    private static double sum(FleetProjector.Out det, int quantity, int year) {
        double s = 0;
        for (int l = 0; l < LAYERS; l++) {
            s += det.layer[l][quantity][year];
        }
        return s;
    }

    private static Map<ValueScope, Double> valueMap(double gbps, double modules, FleetProjector.Out det, int i) {
        double[] v = FleetProjector.values(gbps, modules, det.engineUsdPerGbps[i], det.laserModuleUsd[i],
                det.grossMargin);
        Map<ValueScope, Double> m = new EnumMap<>(ValueScope.class);
        for (ValueScope s : ValueScope.values()) {
            m.put(s, v[s.ordinal()]);
        }
        return m;
    }

    private static List<LayerYear> layers(MarketInputs in, FleetProjector.Out det) {
        List<LayerYear> out = new ArrayList<>();
        double perWafer = in.settings().lasersPerWafer().value();
        for (int i = 0; i < in.years(); i++) {
            int year = in.startYear() + i;
            for (OpticsLayer layer : OpticsLayer.values()) {
                int l = layer.ordinal();
                double eligible = 0;
                for (PlatformDemand d : in.platforms()) {
                    double share = 0;
                    for (int r = 0; r < d.readings().size(); r++) {
                        share += d.readings().get(r).layer(layer).eligible() ? d.weight(r) : 0;
                    }
                    eligible += d.platform().shipmentsIn(year) * in.settings().volumeScale() * share;
                }
                double[][] q = det.layer[l];
                out.add(new LayerYear(year, layer, eligible, q[OPTICAL_GBPS][i], det.share[l][i], q[PORTS][i],
                        q[GBPS][i], q[ENGINES][i], q[LASERS][i], q[MODULES][i], q[FAUS][i], q[LASERS][i] / perWafer,
                        valueMap(q[GBPS][i], q[MODULES][i], det, i)));
            }
        }
        return out;
    }

    private static List<PlatformLayerYear> platformLayers(MarketInputs in, FleetProjector.Out det) {
        List<PlatformLayerYear> out = new ArrayList<>();
        for (int i = 0; i < in.years(); i++) {
            int year = in.startYear() + i;
            for (int p = 0; p < in.platforms().size(); p++) {
                Platform platform = in.platforms().get(p).platform();
                double shipped = platform.shipmentsIn(year) * in.settings().volumeScale();
                if (shipped == 0) {
                    continue;
                }
                for (OpticsLayer layer : OpticsLayer.values()) {
                    double[][] q = det.platform[p][layer.ordinal()];
                    out.add(new PlatformLayerYear(year, platform.id(), layer, shipped, det.share[layer.ordinal()][i],
                            q[PORTS][i], q[GBPS][i], q[MODULES][i], valueMap(q[GBPS][i], q[MODULES][i], det, i)));
                }
            }
        }
        return out;
    }

    // ---- forecasts by scope

    static List<Reconciliation> reconcile(MarketInputs in, FleetProjector.Out det) {
        List<Reconciliation> out = new ArrayList<>();
        for (TopDownSource s : in.sources()) {
            int year = Math.min(s.toYear(), in.endYear());
            if (year < Math.max(s.fromYear(), in.startYear())) {
                continue; // the source says nothing about a modelled year
            }
            int i = year - in.startYear();
            double topDown = s.valueAt(year);
            ForecastScope scope = s.scope();
            double bottomUp;
            double potential;
            double scaleUp = 0;
            Map<ValueScope, Double> byScope = new EnumMap<>(ValueScope.class);
            if (s.metric() == Metric.PORTS) {
                bottomUp = 0;
                potential = 0;
                for (OpticsLayer l : scope.layers()) {
                    bottomUp += det.layer[l.ordinal()][PORTS][i];
                    potential += det.layer[l.ordinal()][OPTICAL_PORTS][i];
                }
                scaleUp = scope.covers(OpticsLayer.SCALE_UP) ? det.layer[OpticsLayer.SCALE_UP.ordinal()][PORTS][i] : 0;
            } else {
                double[] bu = new double[FleetProjector.SCOPES];
                double[] pot = new double[FleetProjector.SCOPES];
                for (OpticsLayer l : scope.layers()) {
                    double[][] q = det.layer[l.ordinal()];
                    double[] v = FleetProjector.values(q[GBPS][i], q[MODULES][i], det.engineUsdPerGbps[i],
                            det.laserModuleUsd[i], det.grossMargin);
                    double[] perGbps = fullValuePerGbps(det, l.ordinal(), i);
                    for (int k = 0; k < bu.length; k++) {
                        bu[k] += v[k];
                        pot[k] += q[OPTICAL_GBPS][i] * perGbps[k];
                    }
                }
                for (ValueScope v : ValueScope.values()) {
                    byScope.put(v, bu[v.ordinal()]);
                }
                bottomUp = bu[scope.value().ordinal()];
                potential = pot[scope.value().ordinal()];
                if (scope.covers(OpticsLayer.SCALE_UP)) {
                    double[][] q = det.layer[OpticsLayer.SCALE_UP.ordinal()];
                    scaleUp = FleetProjector.values(q[GBPS][i], q[MODULES][i], det.engineUsdPerGbps[i],
                            det.laserModuleUsd[i], det.grossMargin)[scope.value().ordinal()];
                }
            }
            double implied = potential > 0 ? topDown / potential : Double.POSITIVE_INFINITY;
            out.add(new Reconciliation(s.id(), s.name(), s.metric(), scope, year, topDown, bottomUp,
                    bottomUp > 0 ? topDown / bottomUp : Double.NaN, byScope, potential, implied, implied > 1,
                    bottomUp - scaleUp));
        }
        return out;
    }

    /**
     * Value per Gb/s of a layer at full adoption of its eligible ports (its engines and laser
     * modules), by scope; a layer with no eligible port takes the switch layer's, which always has one
     * in a fleet with CPO switches, else the engines' price alone.
     */
    private static double[] fullValuePerGbps(FleetProjector.Out det, int layer, int i) {
        for (int l : new int[] {layer, OpticsLayer.SWITCH.ordinal()}) {
            double gbps = det.full[l][GBPS][i];
            if (gbps > 0) {
                double[] v = FleetProjector.values(gbps, det.full[l][MODULES][i], det.engineUsdPerGbps[i],
                        det.laserModuleUsd[i], det.grossMargin);
                for (int k = 0; k < v.length; k++) {
                    v[k] /= gbps;
                }
                return v;
            }
        }
        return FleetProjector.values(1, 0, det.engineUsdPerGbps[i], det.laserModuleUsd[i], det.grossMargin);
    }

    // ---- the bridge

    /**
     * From the single-fabric figure to the fleet's, one driver at a time (each step substitutes one
     * driver and keeps the ones before it; the order is the list's, so a step's size depends on it):
     * <ol>
     *   <li>volume: the seed's accelerators -> the fleet's shipments (same ports per accelerator and price)</li>
     *   <li>price: the old price per port -> engine US$ per Gb/s with learning, at the old port speed</li>
     *   <li>bandwidth per accelerator: the old scale-out per accelerator -> each platform's</li>
     *   <li>tiers and planes: the old fabric's switch-side Gb/s per scale-out Gb/s -> each platform's</li>
     *   <li>NIC side, then scale-up: their CPO Gb/s added (subtotal: engines only, every layer)</li>
     *   <li>scope: laser modules added (subtotal: engines + laser modules), then the system premium</li>
     * </ol>
     * The last subtotals equal the deterministic projection's values of the three scopes.
     */
    static List<BridgeStep> bridge(MarketInputs in, FleetProjector.Out det, int focus) {
        LegacyModel legacy = in.settings().legacy();
        List<BridgeStep> out = new ArrayList<>();
        if (!legacy.covers(focus)) {
            return out;
        }
        int i = focus - in.startYear();
        FabricDemand d = in.demand();
        LayerAdoption switchLayer = in.settings().layer(OpticsLayer.SWITCH);
        double share = det.share[OpticsLayer.SWITCH.ordinal()][i];
        double[] old = legacy.project(focus, d.portsPerAccelerator(), switchLayer);
        double e = det.engineUsdPerGbps[i];
        double fleet = in.shipmentsIn(focus);
        double b0 = old[0];
        double b1 = fleet * d.portsPerAccelerator() * share * old[1];
        double b2 = fleet * d.portsPerAccelerator() * d.portGbps() * share * e;
        double scaleOut = 0;
        for (PlatformDemand p : in.platforms()) {
            double b = 0;
            for (int r = 0; r < p.readings().size(); r++) {
                b += p.weight(r) * p.readings().get(r).scaleOutGbps();
            }
            scaleOut += p.platform().shipmentsIn(focus) * in.settings().volumeScale() * b;
        }
        double b3 = scaleOut * d.switchGbpsPerScaleOutGbps() * share * e;
        double b4 = det.layer[OpticsLayer.SWITCH.ordinal()][GBPS][i] * e;
        double b5 = b4 + det.layer[OpticsLayer.NIC.ordinal()][GBPS][i] * e;
        double b6 = b5 + det.layer[OpticsLayer.SCALE_UP.ordinal()][GBPS][i] * e;
        double b7 = det.value[ValueScope.OPTICS.ordinal()][i];
        double b8 = det.value[ValueScope.SYSTEM.ordinal()][i];
        out.add(new BridgeStep("singleFabric", BridgeStep.Kind.START,
                "Single-fabric model (" + d.scenarioName() + ")", "單一網路模型（" + d.scenarioName() + "）", b0, 0,
                Double.NaN));
        step(out, "volume", "Volume: the fleet's accelerators", "出貨量：整體加速器機隊", b0, b1);
        step(out, "pricePerGbps", "Price per Gb/s with learning", "每 Gb/s 價格與學習曲線", b1, b2);
        step(out, "bandwidthPerAccelerator", "Bandwidth per accelerator", "每顆加速器頻寬", b2, b3);
        step(out, "tiersAndPlanes", "Tiers and planes", "網路層數與平面", b3, b4);
        step(out, "nicSide", "NIC side", "網卡端", b4, b5);
        step(out, "scaleUp", "Scale-up", "縱向擴展（scale-up）", b5, b6);
        out.add(new BridgeStep("enginesTotal", BridgeStep.Kind.SUBTOTAL, "= Engines only", "＝僅光引擎", b6, 0,
                Double.NaN));
        step(out, "laserModules", "Scope: + laser modules", "範圍：＋外部雷射模組", b6, b7);
        out.add(new BridgeStep("opticsTotal", BridgeStep.Kind.SUBTOTAL, "= Engines + laser modules",
                "＝光引擎＋外部雷射模組", b7, 0, Double.NaN));
        step(out, "systemPremium", "Scope: + system vendor's margin", "範圍：＋系統廠毛利", b7, b8);
        out.add(new BridgeStep("systemTotal", BridgeStep.Kind.SUBTOTAL, "= Whole CPO system premium",
                "＝CPO 系統整體溢價", b8, 0, Double.NaN));
        List<Reconciliation> rec = reconcile(in, det);
        for (TopDownSource s : in.sources()) {
            if (s.metric() != Metric.REVENUE_USD || !s.covers(focus)) {
                continue;
            }
            double comparable = rec.stream().filter(r -> r.sourceId().equals(s.id()) && r.year() == focus)
                    .mapToDouble(Reconciliation::bottomUp).findFirst().orElse(Double.NaN);
            String scope = s.scope().value().word() + ", " + s.scope().layerWords() + (s.scope().npo() ? ", +NPO" : "");
            out.add(new BridgeStep("forecast." + s.id(), BridgeStep.Kind.FORECAST, s.name() + " (" + scope + ")",
                    s.name() + "（" + scope + "）", s.valueAt(focus), 0, comparable));
        }
        return out;
    }

    private static void step(List<BridgeStep> out, String id, String en, String zh, double from, double to) {
        out.add(new BridgeStep(id, BridgeStep.Kind.STEP, en, zh, to, to - from, Double.NaN));
    }

    // ---- hindcast

    /** The fleet with every optical end pluggable, as modules per class, beside each published volume. */
    static List<HindcastRow> hindcast(MarketInputs in) {
        List<HindcastRow> out = new ArrayList<>();
        for (PublishedVolume v : in.settings().hindcast()) {
            Map<OpticsLayer, Double> byLayer = new EnumMap<>(OpticsLayer.class);
            for (OpticsLayer l : OpticsLayer.values()) {
                byLayer.put(l, 0.0);
            }
            double total = 0;
            for (PlatformDemand p : in.platforms()) {
                double shipped = p.platform().shipmentsIn(v.year()) * in.settings().volumeScale();
                if (shipped == 0) {
                    continue;
                }
                for (int r = 0; r < p.readings().size(); r++) {
                    for (PlatformBom.ModuleCount m : p.readings().get(r).modules()) {
                        if (PublishedVolume.counts(v.moduleClass(), m.moduleGbps())) {
                            double units = shipped * p.weight(r) * m.perAccelerator();
                            byLayer.merge(m.layer(), units, Double::sum);
                            total += units;
                        }
                    }
                }
            }
            out.add(new HindcastRow(v.year(), v.moduleClass(), total, byLayer, v.units(), total / v.units().value()));
        }
        return out;
    }

    // ---- conflicting readings

    static List<ReadingImpact> readings(MarketInputs in, FleetProjector projector, int focus) {
        List<ReadingImpact> out = new ArrayList<>();
        int i = focus - in.startYear();
        int h = in.settings().headline().ordinal();
        FleetProjector.Out o = projector.out(false);
        for (int p = 0; p < projector.platforms(); p++) {
            PlatformDemand d = in.platforms().get(p);
            if (d.readings().size() < 2) {
                continue;
            }
            for (int r = 0; r < d.readings().size(); r++) {
                projector.project(FleetProjector.Draw.base().withReadings(only(projector.platforms(), p, r)), o);
                PlatformReading pr = d.platform().readings().get(r);
                out.add(new ReadingImpact(d.platform().id(), pr.id(), pr.scenario(), pr.weight().value(), o.value[h][i]));
            }
        }
        return out;
    }

    /** Every platform at its weighted mean (-1) but {@code platform}, held at {@code reading}. */
    private static int[] only(int platforms, int platform, int reading) {
        int[] r = new int[platforms];
        java.util.Arrays.fill(r, -1);
        r[platform] = reading;
        return r;
    }

    // ---- the tornado

    /**
     * One-at-a-time swings of every input the Monte Carlo varies (a spread that does not vary is
     * left out), plus the value scope read and each conflicting reading, for the focus year's
     * headline value, largest swing first.
     */
    static List<SensitivityRow> sensitivity(MarketInputs in, FleetProjector p, int focus) {
        int i = focus - in.startYear();
        int h = in.settings().headline().ordinal();
        FleetProjector.Out o = p.out(false);
        FleetProjector.Draw base = FleetProjector.Draw.base();
        p.project(base, o);
        double baseValue = o.value[h][i];
        double[] baseScopes = {o.value[0][i], o.value[1][i], o.value[2][i]};
        Uncertainty u = in.uncertainty();
        List<SensitivityRow> rows = new ArrayList<>();
        swing(rows, p, o, h, i, baseValue, "volumes", u.volumes(), base::withVolumes);
        swing(rows, p, o, h, i, baseValue, "bandwidth", u.bandwidth(), base::withBandwidth);
        for (OpticsLayer layer : OpticsLayer.values()) {
            int l = layer.ordinal();
            LayerSpread ls = u.layer(layer);
            boolean sw = layer == OpticsLayer.SWITCH;
            swing(rows, p, o, h, i, baseValue, sw ? "adoptionP" : layer.word() + "P", ls.p(),
                    v -> base.withLayer(l, v, 1, 0));
            swing(rows, p, o, h, i, baseValue, sw ? "adoptionQ" : layer.word() + "Growth", ls.growth(),
                    v -> base.withLayer(l, 1, v, 0));
            YearShift shift = ls.launchShift();
            if (!shift.isConstant()) {
                rows.add(new SensitivityRow(layer.word() + "LaunchShift", shift.low(), shift.high(),
                        value(p, o, base.withLayer(l, 1, 1, shift.low()), h, i),
                        value(p, o, base.withLayer(l, 1, 1, shift.high()), h, i), baseValue));
            }
        }
        swing(rows, p, o, h, i, baseValue, "asp", u.asp(), base::withAsp);
        swing(rows, p, o, h, i, baseValue, "learningRate", u.learningRate(), base::withRate);
        swing(rows, p, o, h, i, baseValue, "grossMargin", u.grossMargin(), base::withMargin);
        if (u.maxDelayYears() > 0) {
            rows.add(new SensitivityRow("riskDelay", 0, u.maxDelayYears(), baseValue,
                    value(p, o, base.withDelay(u.maxDelayYears()), h, i), baseValue));
        }
        rows.add(new SensitivityRow("scopeReading", ValueScope.ENGINES.ordinal(), ValueScope.SYSTEM.ordinal(),
                ValueScope.ENGINES.word(), ValueScope.SYSTEM.word(), baseScopes[0], baseScopes[2], baseValue));
        for (int k = 0; k < p.platforms(); k++) {
            PlatformDemand d = in.platforms().get(k);
            if (d.readings().size() < 2) {
                continue;
            }
            int lo = 0;
            int hi = 0;
            double[] v = new double[d.readings().size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = value(p, o, base.withReadings(only(p.platforms(), k, r)), h, i);
                lo = v[r] < v[lo] ? r : lo;
                hi = v[r] > v[hi] ? r : hi;
            }
            rows.add(new SensitivityRow("reading." + d.platform().id(), lo, hi, d.platform().readings().get(lo).id(),
                    d.platform().readings().get(hi).id(), v[lo], v[hi], baseValue));
        }
        rows.sort(Comparator.comparingDouble(SensitivityRow::swing).reversed());
        return rows;
    }

    private static void swing(List<SensitivityRow> rows, FleetProjector p, FleetProjector.Out o, int h, int i,
                              double base, String id, Spread s, java.util.function.DoubleFunction<FleetProjector.Draw> at) {
        if (s.isConstant()) {
            return;
        }
        rows.add(new SensitivityRow(id, s.low(), s.high(), value(p, o, at.apply(s.low()), h, i),
                value(p, o, at.apply(s.high()), h, i), base));
    }

    private static double value(FleetProjector p, FleetProjector.Out o, FleetProjector.Draw d, int h, int i) {
        p.project(d, o);
        return o.value[h][i];
    }
}
