package org.cpolens.model.market;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.InputException;

/**
 * The CPO share of new switch-side optical ports in a calendar year: an S-curve. The Monte Carlo
 * varies a curve through two factors: for Bass they scale p and q; for logistic and Gompertz the
 * q factor scales the growth rate (k or c) and the p factor is unused, so one set of spreads serves
 * all three models.
 */
public sealed interface AdoptionCurve permits AdoptionCurve.Bass, AdoptionCurve.Logistic, AdoptionCurve.Gompertz {

    /** bass, logistic or gompertz. */
    String model();

    /** Share in [0, 1] at a (possibly fractional, delay-shifted) calendar year. */
    double share(double year, double pFactor, double qFactor);

    default double share(double year) {
        return share(year, 1.0, 1.0);
    }

    /** Parameters by name, in a stable order. */
    Map<String, Double> parameters();

    /**
     * Bass diffusion: cumulative adoption F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t) with
     * t = year - launchYear, scaled by the market potential (the highest share CPO can reach).
     */
    record Bass(double p, double q, double marketPotential, int launchYear) implements AdoptionCurve {
        public Bass {
            if (!(p > 0) || Double.isInfinite(p)) {
                throw InputException.field("market.adoption.p", p, "must be greater than zero",
                        "innovation coefficients for B2B optics run ~0.01-0.05");
            }
            if (!(q > 0) || Double.isInfinite(q)) {
                throw InputException.field("market.adoption.q", q, "must be greater than zero",
                        "imitation coefficients for B2B optics run ~0.3-0.5");
            }
            checkCeiling("market.adoption.marketPotential", marketPotential);
        }

        /** The closed-form Bass cumulative adoption fraction F(t); 0 for t <= 0. */
        public static double cumulative(double p, double q, double t) {
            if (t <= 0) {
                return 0;
            }
            double e = Math.exp(-(p + q) * t);
            return (1 - e) / (1 + (q / p) * e);
        }

        @Override
        public String model() {
            return "bass";
        }

        @Override
        public double share(double year, double pFactor, double qFactor) {
            return marketPotential * cumulative(p * pFactor, q * qFactor, year - launchYear);
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("p", p);
            m.put("q", q);
            m.put("marketPotential", marketPotential);
            m.put("launchYear", (double) launchYear);
            return m;
        }

        public Bass withP(double newP) {
            return new Bass(newP, q, marketPotential, launchYear);
        }

        public Bass withQ(double newQ) {
            return new Bass(p, newQ, marketPotential, launchYear);
        }
    }

    /** Logistic: ceiling / (1 + e^-k(year - midpointYear)). */
    record Logistic(double k, double midpointYear, double ceiling) implements AdoptionCurve {
        public Logistic {
            if (!(k > 0) || Double.isInfinite(k)) {
                throw InputException.field("market.adoption.k", k, "must be greater than zero", "an S-curve must rise");
            }
            if (Double.isNaN(midpointYear) || Double.isInfinite(midpointYear)) {
                throw InputException.field("market.adoption.midpointYear", midpointYear, "not a year", null);
            }
            checkCeiling("market.adoption.ceiling", ceiling);
        }

        @Override
        public String model() {
            return "logistic";
        }

        @Override
        public double share(double year, double pFactor, double qFactor) {
            return ceiling / (1 + Math.exp(-k * qFactor * (year - midpointYear)));
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("k", k);
            m.put("midpointYear", midpointYear);
            m.put("ceiling", ceiling);
            return m;
        }
    }

    /** Gompertz: ceiling * e^(-b e^(-c (year - referenceYear))); rises fast late, unlike the logistic. */
    record Gompertz(double b, double c, double referenceYear, double ceiling) implements AdoptionCurve {
        public Gompertz {
            if (!(b > 0) || Double.isInfinite(b)) {
                throw InputException.field("market.adoption.b", b, "must be greater than zero", null);
            }
            if (!(c > 0) || Double.isInfinite(c)) {
                throw InputException.field("market.adoption.c", c, "must be greater than zero", "an S-curve must rise");
            }
            checkCeiling("market.adoption.ceiling", ceiling);
        }

        @Override
        public String model() {
            return "gompertz";
        }

        @Override
        public double share(double year, double pFactor, double qFactor) {
            return ceiling * Math.exp(-b * Math.exp(-c * qFactor * (year - referenceYear)));
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("b", b);
            m.put("c", c);
            m.put("referenceYear", referenceYear);
            m.put("ceiling", ceiling);
            return m;
        }
    }

    private static void checkCeiling(String field, double v) {
        if (!(v > 0) || v > 1) {
            throw InputException.field(field, v, "share outside (0, 1]", "1.0 means CPO could take every port");
        }
    }
}
