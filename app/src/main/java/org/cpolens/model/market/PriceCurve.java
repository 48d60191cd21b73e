package org.cpolens.model.market;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.InputException;

/**
 * ASP per switch-side CPO port over time. The Monte Carlo scales the rate (learning rate or annual
 * decline) by a factor; the initial price is scaled separately.
 */
public sealed interface PriceCurve permits PriceCurve.Wright, PriceCurve.AnnualDecline {

    String model();

    double initialUsdPerPort();

    /**
     * @param yearIndex            0 for the first modelled year
     * @param cumulativePortsBefore CPO ports shipped in modelled years before this one
     * @param rateFactor           multiplies the learning rate or the annual decline
     */
    double aspUsdPerPort(int yearIndex, double cumulativePortsBefore, double rateFactor);

    /** The curve's rate: learning rate per doubling, or annual decline. */
    double rate();

    PriceCurve withInitialUsdPerPort(double usd);

    PriceCurve withRate(double rate);

    Map<String, Double> parameters();

    /**
     * Wright's law: cost falls by the learning rate each time cumulative volume doubles,
     * C(X) = C0 (X / X0)^-b with b = -log2(1 - learningRate). The price of a year is set by the volume
     * shipped before it (the prior volume plus earlier modelled years), so price never depends on the
     * same year's units.
     *
     * @param priorCumulativePorts X0: CPO ports shipped before the first modelled year
     */
    record Wright(double initialUsdPerPort, double learningRate, double priorCumulativePorts) implements PriceCurve {
        public Wright {
            checkInitial(initialUsdPerPort);
            checkRate("market.price.learningRate", learningRate);
            if (!(priorCumulativePorts > 0) || Double.isInfinite(priorCumulativePorts)) {
                throw InputException.field("market.price.priorCumulativePorts", priorCumulativePorts,
                        "must be greater than zero", "Wright's law needs the volume the initial price reflects");
            }
        }

        /** C0 (x / x0)^-b, b = -log2(1 - learningRate). */
        public static double cost(double c0, double x0, double x, double learningRate) {
            double b = -Math.log(1 - learningRate) / Math.log(2);
            return c0 * Math.pow(x / x0, -b);
        }

        @Override
        public String model() {
            return "wright";
        }

        @Override
        public double aspUsdPerPort(int yearIndex, double cumulativePortsBefore, double rateFactor) {
            double lr = Math.min(learningRate * rateFactor, MAX_RATE);
            return cost(initialUsdPerPort, priorCumulativePorts, priorCumulativePorts + cumulativePortsBefore, lr);
        }

        @Override
        public double rate() {
            return learningRate;
        }

        @Override
        public PriceCurve withInitialUsdPerPort(double usd) {
            return new Wright(usd, learningRate, priorCumulativePorts);
        }

        @Override
        public PriceCurve withRate(double rate) {
            return new Wright(initialUsdPerPort, rate, priorCumulativePorts);
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("initialUsdPerPort", initialUsdPerPort);
            m.put("learningRate", learningRate);
            m.put("priorCumulativePorts", priorCumulativePorts);
            return m;
        }
    }

    /** A fixed fraction off every year: C(y) = C0 (1 - d)^(y - y0). */
    record AnnualDecline(double initialUsdPerPort, double annualDecline) implements PriceCurve {
        public AnnualDecline {
            checkInitial(initialUsdPerPort);
            checkRate("market.price.annualDecline", annualDecline);
        }

        @Override
        public String model() {
            return "annual-decline";
        }

        @Override
        public double aspUsdPerPort(int yearIndex, double cumulativePortsBefore, double rateFactor) {
            double d = Math.min(annualDecline * rateFactor, MAX_RATE);
            return initialUsdPerPort * Math.pow(1 - d, yearIndex);
        }

        @Override
        public double rate() {
            return annualDecline;
        }

        @Override
        public PriceCurve withInitialUsdPerPort(double usd) {
            return new AnnualDecline(usd, annualDecline);
        }

        @Override
        public PriceCurve withRate(double rate) {
            return new AnnualDecline(initialUsdPerPort, rate);
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("initialUsdPerPort", initialUsdPerPort);
            m.put("annualDecline", annualDecline);
            return m;
        }
    }

    /** A sampled rate is capped here so a wide spread cannot make prices vanish. */
    double MAX_RATE = 0.95;

    private static void checkInitial(double usd) {
        if (!(usd > 0) || Double.isInfinite(usd)) {
            throw InputException.field("market.price.initialUsdPerPort", usd, "must be greater than zero",
                    "e.g. 480 for US$0.6 per Gb/s x 800G");
        }
    }

    private static void checkRate(String field, double rate) {
        if (!(rate >= 0) || !(rate < 1)) {
            throw InputException.field(field, rate, "must be at least 0 and below 1", "0.2 means 20%");
        }
    }
}
