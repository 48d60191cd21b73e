package org.cpolens.model.market;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.InputException;

/**
 * A price over time: US$ per Gb/s of optical engine in the market model (so 1.6T and 3.2T ports
 * cost what their bandwidth does, not what an 800G port does), US$ per 800G port in the single-fabric
 * model the market's bridge starts from. The Monte Carlo scales the rate (learning rate or annual
 * decline) by a factor; the initial price is scaled separately.
 */
public sealed interface PriceCurve permits PriceCurve.Wright, PriceCurve.AnnualDecline {

    String model();

    /** The price of one unit (a Gb/s, or a port) when the curve starts. */
    double initialUsd();

    /**
     * @param yearIndex        years since the curve's initial price (annual decline)
     * @param cumulativeBefore units shipped in modelled years before this one (Wright)
     * @param rateFactor       multiplies the learning rate or the annual decline
     */
    double usd(int yearIndex, double cumulativeBefore, double rateFactor);

    /** The curve's rate: learning rate per doubling, or annual decline. */
    double rate();

    PriceCurve withInitialUsd(double usd);

    PriceCurve withRate(double rate);

    Map<String, Double> parameters();

    /**
     * Wright's law: cost falls by the learning rate each time cumulative volume doubles,
     * C(X) = C0 (X / X0)^-b with b = -log2(1 - learningRate). The price of a year is set by the volume
     * shipped before it (the prior volume plus earlier modelled years), so price never depends on the
     * same year's units.
     *
     * @param priorCumulative X0: units (Gb/s, or ports) shipped before the first modelled year
     */
    record Wright(double initialUsd, double learningRate, double priorCumulative) implements PriceCurve {
        public Wright {
            checkInitial(initialUsd);
            checkRate("market.price.learningRate", learningRate);
            if (!(priorCumulative > 0) || Double.isInfinite(priorCumulative)) {
                throw InputException.field("market.price.priorCumulative", priorCumulative,
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
        public double usd(int yearIndex, double cumulativeBefore, double rateFactor) {
            double lr = Math.min(learningRate * rateFactor, MAX_RATE);
            return cost(initialUsd, priorCumulative, priorCumulative + cumulativeBefore, lr);
        }

        @Override
        public double rate() {
            return learningRate;
        }

        @Override
        public PriceCurve withInitialUsd(double usd) {
            return new Wright(usd, learningRate, priorCumulative);
        }

        @Override
        public PriceCurve withRate(double rate) {
            return new Wright(initialUsd, rate, priorCumulative);
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("initialUsd", initialUsd);
            m.put("learningRate", learningRate);
            m.put("priorCumulative", priorCumulative);
            return m;
        }
    }

    /** A fixed fraction off every year: C(y) = C0 (1 - d)^(y - y0). */
    record AnnualDecline(double initialUsd, double annualDecline) implements PriceCurve {
        public AnnualDecline {
            checkInitial(initialUsd);
            checkRate("market.price.annualDecline", annualDecline);
        }

        @Override
        public String model() {
            return "annual-decline";
        }

        @Override
        public double usd(int yearIndex, double cumulativeBefore, double rateFactor) {
            double d = Math.min(annualDecline * rateFactor, MAX_RATE);
            return initialUsd * Math.pow(1 - d, yearIndex);
        }

        @Override
        public double rate() {
            return annualDecline;
        }

        @Override
        public PriceCurve withInitialUsd(double usd) {
            return new AnnualDecline(usd, annualDecline);
        }

        @Override
        public PriceCurve withRate(double rate) {
            return new AnnualDecline(initialUsd, rate);
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("initialUsd", initialUsd);
            m.put("annualDecline", annualDecline);
            return m;
        }
    }

    /** A sampled rate is capped here so a wide spread cannot make prices vanish. */
    double MAX_RATE = 0.95;

    private static void checkInitial(double usd) {
        if (!(usd > 0) || Double.isInfinite(usd)) {
            throw InputException.field("market.price.initialUsdPerGbps", usd, "must be greater than zero",
                    "e.g. 0.6 for US$0.6 per Gb/s");
        }
    }

    private static void checkRate(String field, double rate) {
        if (!(rate >= 0) || !(rate < 1)) {
            throw InputException.field(field, rate, "must be at least 0 and below 1", "0.2 means 20%");
        }
    }
}
