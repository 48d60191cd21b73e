package org.cpolens.model.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a market forecast: deterministic projection, Monte Carlo bands, reconciliation, sensitivity. */
public final class MarketEngine {
    /** The year published forecasts converge on; the tornado and key figures speak about it. */
    public static final int FOCUS_YEAR = 2030;

    private MarketEngine() {
    }

    /**
     * @param seed   every random draw derives from it; the same seed gives the same result
     * @param trials 1 .. 1,000,000
     */
    public static MarketResult run(MarketInputs inputs, long seed, int trials) {
        return run(inputs, seed, trials, () -> false);
    }

    /**
     * As {@link #run(MarketInputs, long, int)}, stopping with a {@link java.util.concurrent.CancellationException}
     * between chunks of trials once {@code stop} is true (the dashboard's client went away).
     */
    public static MarketResult run(MarketInputs inputs, long seed, int trials, java.util.function.BooleanSupplier stop) {
        MonteCarlo.checkTrials(trials);
        Projection det = deterministic(inputs);
        MonteCarlo.Bands bands = MonteCarlo.run(inputs, seed, trials, 0, stop);
        FabricDemand d = inputs.demand();
        List<YearResult> years = new ArrayList<>();
        for (int i = 0; i < inputs.years(); i++) {
            int year = inputs.startYear() + i;
            Map<String, Double> topDown = new LinkedHashMap<>();
            Map<String, Double> topDownPorts = new LinkedHashMap<>();
            for (TopDownSource s : inputs.sources()) {
                if (s.covers(year)) {
                    (s.metric() == Metric.PORTS ? topDownPorts : topDown).put(s.id(), s.valueAt(year));
                }
            }
            double ports = det.ports[i];
            years.add(new YearResult(year, inputs.deploymentsIn(year), det.share[i], det.asp[i], ports,
                    d.engines(ports), d.lasers(ports), d.laserSourceModules(ports), d.faus(ports), d.epiWafers(ports),
                    det.revenue[i], bands.revenueP()[0][i], bands.revenueP()[1][i], bands.revenueP()[2][i],
                    bands.portsP()[0][i], bands.portsP()[1][i], bands.portsP()[2][i], topDown, topDownPorts));
        }
        int focus = focusYear(inputs);
        return new MarketResult(inputs, seed, trials, years, reconcile(inputs, det), focus,
                sensitivity(inputs, focus));
    }

    /** 2030 when modelled, else the last modelled year. */
    public static int focusYear(MarketInputs inputs) {
        return FOCUS_YEAR >= inputs.startYear() && FOCUS_YEAR <= inputs.endYear() ? FOCUS_YEAR : inputs.endYear();
    }

    /** Share, ports, ASP and revenue per year with every input at its base. */
    public record Projection(double[] share, double[] ports, double[] asp, double[] revenue) {
    }

    public static Projection deterministic(MarketInputs inputs) {
        Projector p = new Projector(inputs);
        int n = p.years();
        double[] share = new double[n];
        double[] ports = new double[n];
        double[] asp = new double[n];
        double[] revenue = new double[n];
        p.project(1, 1, 1, 1, 1, 0, share, ports, asp, revenue);
        return new Projection(share, ports, asp, revenue);
    }

    static List<Reconciliation> reconcile(MarketInputs in, Projection det) {
        List<Reconciliation> out = new ArrayList<>();
        double perAccelerator = in.demand().portsPerAccelerator();
        for (TopDownSource s : in.sources()) {
            int year = Math.min(s.toYear(), in.endYear());
            if (year < Math.max(s.fromYear(), in.startYear())) {
                continue; // the source says nothing about a modelled year
            }
            int i = year - in.startYear();
            double asp = det.asp[i];
            double value = s.valueAt(year);
            double impliedPorts = s.metric() == Metric.PORTS ? value : value / asp;
            double revenue = s.metric() == Metric.PORTS ? value * asp : value;
            double impliedAccelerators = impliedPorts / perAccelerator;
            double deployments = in.deploymentsIn(year);
            double share = det.share[i];
            out.add(new Reconciliation(s.id(), s.name(), s.metric(), s.scope(), year, revenue, impliedPorts,
                    impliedAccelerators, deployments > 0 ? impliedAccelerators / deployments : Double.NaN,
                    share > 0 ? impliedAccelerators / share : Double.NaN,
                    deployments * share > 0 ? impliedPorts / (deployments * share) : Double.NaN, perAccelerator, asp, det.revenue[i], det.ports[i], share,
                    deployments, det.revenue[i] > 0 ? revenue / det.revenue[i] : Double.NaN));
        }
        return out;
    }

    /** One-at-a-time swings of each uncertain input between its spread's low and high, for the focus year. */
    static List<SensitivityRow> sensitivity(MarketInputs in, int focusYear) {
        Projector p = new Projector(in);
        int i = focusYear - in.startYear();
        double[] rev = new double[p.years()];
        p.project(1, 1, 1, 1, 1, 0, null, null, null, rev);
        double base = rev[i];
        Uncertainty u = in.uncertainty();
        List<SensitivityRow> rows = new ArrayList<>();
        double[][] f = new double[6][];
        String[] ids = {"adoptionP", "adoptionQ", "asp", "learningRate", "deployments", "riskDelay"};
        double[] lows = {u.adoptionP().low(), u.adoptionQ().low(), u.asp().low(), u.learningRate().low(),
                u.deployments().low(), 0};
        double[] highs = {u.adoptionP().high(), u.adoptionQ().high(), u.asp().high(), u.learningRate().high(),
                u.deployments().high(), u.maxDelayYears()};
        for (int k = 0; k < ids.length; k++) {
            f[k] = new double[] {revenueWith(p, k, lows[k], i), revenueWith(p, k, highs[k], i)};
            rows.add(new SensitivityRow(ids[k], lows[k], highs[k], f[k][0], f[k][1], base));
        }
        rows.sort(Comparator.comparingDouble(SensitivityRow::swing).reversed());
        return rows;
    }

    private static double revenueWith(Projector p, int input, double v, int yearIndex) {
        double[] x = {1, 1, 1, 1, 1, 0};
        x[input] = v;
        double[] rev = new double[p.years()];
        p.project(x[0], x[1], x[2], x[3], x[4], x[5], null, null, null, rev);
        return rev[yearIndex];
    }
}
