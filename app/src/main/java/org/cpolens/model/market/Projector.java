package org.cpolens.model.market;

/**
 * The bottom-up arithmetic of one trial, shared by the deterministic run, the Monte Carlo and the
 * sensitivity so that a zero-variance trial is bit-for-bit the deterministic result. Plain loops over
 * arrays; no allocation per call.
 */
final class Projector {
    private final int startYear;
    private final int years;
    private final double[] deployments;
    private final double portsPerAccelerator;
    private final AdoptionCurve adoption;
    private final PriceCurve price;

    Projector(MarketInputs in) {
        this.startYear = in.startYear();
        this.years = in.years();
        this.deployments = in.deployments();
        this.portsPerAccelerator = in.demand().portsPerAccelerator();
        this.adoption = in.adoption();
        this.price = in.price();
    }

    int years() {
        return years;
    }

    /**
     * Fills share, ports, ASP and revenue per year (any output array may be null).
     *
     * @param pFactor     multiplier on Bass p
     * @param qFactor     multiplier on Bass q (growth rate of other curves)
     * @param aspFactor   multiplier on the initial ASP
     * @param rateFactor  multiplier on the learning rate or annual decline
     * @param deployFactor multiplier on deployments
     * @param delayYears  shifts the adoption curve later
     */
    void project(double pFactor, double qFactor, double aspFactor, double rateFactor, double deployFactor,
                 double delayYears, double[] share, double[] ports, double[] asp, double[] revenue) {
        double cumulative = 0;
        for (int i = 0; i < years; i++) {
            double s = adoption.share(startYear + i - delayYears, pFactor, qFactor);
            double units = deployments[i] * deployFactor * portsPerAccelerator * s;
            double a = price.aspUsdPerPort(i, cumulative, rateFactor) * aspFactor;
            cumulative += units;
            if (share != null) {
                share[i] = s;
            }
            if (ports != null) {
                ports[i] = units;
            }
            if (asp != null) {
                asp[i] = a;
            }
            if (revenue != null) {
                revenue[i] = units * a;
            }
        }
    }
}
