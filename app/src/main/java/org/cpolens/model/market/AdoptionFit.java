package org.cpolens.model.market;

/**
 * A curve fitted to observed or believed shares, with how well it fits.
 *
 * @param years     the points' years
 * @param observed  the shares given
 * @param fitted    the fitted curve's shares in those years
 * @param residuals fitted minus observed
 * @param rms       root mean square of the residuals
 */
public record AdoptionFit(AdoptionCurve curve, int[] years, double[] observed, double[] fitted, double[] residuals,
                          double rms, int iterations) {
    public AdoptionFit {
        years = years.clone();
        observed = observed.clone();
        fitted = fitted.clone();
        residuals = residuals.clone();
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }
}
