package org.cpolens.model.market;

import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiFunction;
import org.cpolens.model.InputException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.ParameterValidator;
import org.hipparchus.util.Pair;

/**
 * Fits an adoption curve to two or more (year, share) points with Hipparchus Levenberg-Marquardt
 * least squares. The ceiling (market potential) and, for Bass, the launch year are held fixed; two
 * shape parameters are fitted, so two points are hit exactly and more points are fitted best.
 */
public final class AdoptionFitter {
    private static final String FIELD = "market.adoption.points";
    /** Keeps rates positive while the optimizer searches: an S-curve cannot fall. */
    private static final double MIN_RATE = 1e-9;

    private AdoptionFitter() {
    }

    public static AdoptionFit fit(String model, SortedMap<Integer, Double> points, double ceiling, int launchYear) {
        if (points.size() < 2) {
            throw InputException.field(FIELD, points, "a fit needs at least two points",
                    "e.g. points: {2026: 0.01, 2030: 0.35}");
        }
        int n = points.size();
        int[] years = new int[n];
        double[] shares = new double[n];
        int i = 0;
        for (Map.Entry<Integer, Double> e : points.entrySet()) {
            years[i] = e.getKey();
            shares[i] = e.getValue();
            if (!(shares[i] > 0) || !(shares[i] < ceiling)) {
                throw InputException.field(FIELD + "." + years[i], shares[i],
                        "cannot be fitted: shares must lie strictly between 0 and the ceiling " + ceiling,
                        "an S-curve reaches 0 and its ceiling only in the limit");
            }
            if (i > 0 && !(shares[i] > shares[i - 1])) {
                throw InputException.field(FIELD + "." + years[i], shares[i],
                        "cannot be fitted: shares must rise from year to year",
                        "adoption curves only rise; check the years and shares");
            }
            i++;
        }
        return switch (model) {
            case "logistic" -> fitLogistic(years, shares, ceiling);
            case "gompertz" -> fitGompertz(years, shares, ceiling);
            case "bass" -> fitBass(years, shares, ceiling, launchYear);
            default -> throw InputException.field("market.adoption.model", model, "not a known adoption model",
                    "bass, logistic or gompertz");
        };
    }

    private static AdoptionFit fitLogistic(int[] years, double[] shares, double ceiling) {
        // Start from the exact line through the first and last logits: logit(s/m) = k (t - t0).
        int last = years.length - 1;
        double l0 = Math.log(shares[0] / (ceiling - shares[0]));
        double l1 = Math.log(shares[last] / (ceiling - shares[last]));
        double k = (l1 - l0) / (years[last] - years[0]);
        double mid = years[0] - l0 / k;
        double[] best = solve(years, shares, new double[] {k, mid},
                (pt, y) -> new AdoptionCurve.Logistic(Math.max(pt[0], MIN_RATE), pt[1], ceiling).share(y),
                pt -> new double[] {Math.max(pt[0], MIN_RATE), pt[1]});
        return result(new AdoptionCurve.Logistic(Math.max(best[0], MIN_RATE), best[1], ceiling), years, shares,
                (int) best[2]);
    }

    private static AdoptionFit fitGompertz(int[] years, double[] shares, double ceiling) {
        // ln(-ln(s/m)) = ln b - c (t - t_ref): a line through the first and last points starts the search.
        int last = years.length - 1;
        double ref = years[0];
        double g0 = Math.log(-Math.log(shares[0] / ceiling));
        double g1 = Math.log(-Math.log(shares[last] / ceiling));
        double c = -(g1 - g0) / (years[last] - years[0]);
        double b = Math.exp(g0);
        double[] best = solve(years, shares, new double[] {b, c},
                (pt, y) -> new AdoptionCurve.Gompertz(Math.max(pt[0], MIN_RATE), Math.max(pt[1], MIN_RATE), ref, ceiling)
                        .share(y),
                pt -> new double[] {Math.max(pt[0], MIN_RATE), Math.max(pt[1], MIN_RATE)});
        return result(new AdoptionCurve.Gompertz(Math.max(best[0], MIN_RATE), Math.max(best[1], MIN_RATE), ref, ceiling),
                years, shares, (int) best[2]);
    }

    private static AdoptionFit fitBass(int[] years, double[] shares, double ceiling, int launchYear) {
        if (years[0] <= launchYear) {
            throw InputException.field(FIELD + "." + years[0], shares[0],
                    "cannot be fitted: Bass points must come after the launch year " + launchYear,
                    "set market.adoption.launchYear earlier");
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        // Bass is not convex in (p, q): a few literature starting points avoid a poor local minimum.
        double[][] starts = {{0.03, 0.38}, {0.01, 0.5}, {0.05, 0.3}, {0.005, 0.8}};
        for (double[] start : starts) {
            double[] r;
            try {
                r = solve(years, shares, start,
                        (pt, y) -> ceiling * AdoptionCurve.Bass.cumulative(Math.max(pt[0], MIN_RATE),
                                Math.max(pt[1], MIN_RATE), y - launchYear),
                        pt -> new double[] {Math.max(pt[0], MIN_RATE), Math.max(pt[1], MIN_RATE)});
            } catch (InputException e) {
                continue;
            }
            if (r[3] < bestCost) {
                bestCost = r[3];
                best = r;
            }
        }
        if (best == null) {
            throw InputException.field(FIELD, pointsText(years, shares), "cannot be fitted by a Bass curve",
                    "try model: logistic, or points further apart");
        }
        return result(new AdoptionCurve.Bass(Math.max(best[0], MIN_RATE), Math.max(best[1], MIN_RATE), ceiling,
                launchYear), years, shares, (int) best[2]);
    }

    /** Returns {param0, param1, iterations, cost}. */
    private static double[] solve(int[] years, double[] shares, double[] start,
                                  BiFunction<double[], Double, Double> f,
                                  java.util.function.UnaryOperator<double[]> clamp) {
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(shares)
                .model(point -> valueAndJacobian(point, years, f))
                .parameterValidator(validator(clamp))
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build();
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-14)
                    .withParameterRelativeTolerance(1e-14)
                    .withOrthoTolerance(1e-14)
                    .optimize(problem);
            double[] pt = o.getPoint().toArray();
            if (!Double.isFinite(pt[0]) || !Double.isFinite(pt[1])) {
                throw new ArithmeticException("non-finite parameters");
            }
            return new double[] {pt[0], pt[1], o.getIterations(), o.getCost()};
        } catch (MathRuntimeException | ArithmeticException e) {
            throw InputException.field(FIELD, pointsText(years, shares), "cannot be fitted (" + e.getMessage() + ")",
                    "give shares that rise along an S-curve, e.g. {2026: 0.01, 2030: 0.35}");
        }
    }

    private static ParameterValidator validator(java.util.function.UnaryOperator<double[]> clamp) {
        return params -> new ArrayRealVector(clamp.apply(params.toArray()), false);
    }

    private static Pair<RealVector, org.hipparchus.linear.RealMatrix> valueAndJacobian(RealVector point, int[] years,
            BiFunction<double[], Double, Double> f) {
        double[] pt = point.toArray();
        int n = years.length;
        double[] values = new double[n];
        double[][] jac = new double[n][pt.length];
        for (int i = 0; i < n; i++) {
            values[i] = f.apply(pt, (double) years[i]);
            for (int j = 0; j < pt.length; j++) {
                // central differences: the curves are smooth and cheap, an analytic Jacobian per model adds little
                double h = 1e-7 * Math.max(Math.abs(pt[j]), 1e-3);
                double[] up = pt.clone();
                double[] down = pt.clone();
                up[j] += h;
                down[j] -= h;
                jac[i][j] = (f.apply(up, (double) years[i]) - f.apply(down, (double) years[i])) / (2 * h);
            }
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jac, false));
    }

    private static AdoptionFit result(AdoptionCurve curve, int[] years, double[] shares, int iterations) {
        int n = years.length;
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            fitted[i] = curve.share(years[i]);
            residuals[i] = fitted[i] - shares[i];
            sum += residuals[i] * residuals[i];
        }
        return new AdoptionFit(curve, years, shares, fitted, residuals, Math.sqrt(sum / n), iterations);
    }

    private static String pointsText(int[] years, double[] shares) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < years.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(years[i]).append(": ").append(shares[i]);
        }
        return sb.append('}').toString();
    }
}
