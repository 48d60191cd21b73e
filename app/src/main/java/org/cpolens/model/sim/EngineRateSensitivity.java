package org.cpolens.model.sim;

import java.util.List;
import java.util.Optional;

/**
 * The headline results as the optical-engine rate moves from a small fraction of its zero-failure
 * upper bound to the bound itself. The bound is a ceiling (no engine failed in the field data), so
 * the truth lies somewhere below 1x; each point is a full simulation with the run's seed and trials
 * (common random numbers, so the points move smoothly with the factor), only the engine rate
 * changed. Architectures without co-packaged or board engines do not depend on the rate.
 *
 * @param engineRate the rate at factor 1 (the bound, or the scenario's own figure)
 * @param factors    fractions of {@code engineRate} simulated, ascending, ending at 1
 * @param points     one per factor and architecture, factor-major, architectures in run order
 * @param breakEvens per architecture with engines, where it meets the baseline's interruptions
 */
public record EngineRateSensitivity(FailureMode engineRate, List<Double> factors, List<Point> points,
                                    List<BreakEven> breakEvens) {
    public EngineRateSensitivity {
        factors = List.copyOf(factors);
        points = List.copyOf(points);
        breakEvens = List.copyOf(breakEvens);
    }

    /**
     * One architecture at one engine rate.
     *
     * @param interruptionRatio interruptions per day over the baseline's at the same factor (the "CPO vs
     *                          pluggable" ratio; 1 for the baseline itself, NaN if the baseline has none)
     */
    public record Point(double factor, String architectureId, Estimate interruptionsPerDay,
                        Estimate switchReplacementsPerYear, Estimate goodput, Estimate lostAcceleratorHoursPerYear,
                        double analyticInterruptionsPerDay, double interruptionRatio) {
    }

    /**
     * Where an architecture's expected interruptions equal the baseline's. Expected interruptions are
     * linear in the engine rate (each failure interrupts with a fixed chance), so two analytic points
     * fix the line exactly.
     *
     * @param factor fraction of the engine rate at which they are equal; below 0 = more interruptions than
     *               the baseline even with engines that never fail, above 1 = fewer even at the bound
     */
    public record BreakEven(String architectureId, double factor) {
        /** "fewer even at the bound", "more even at zero engine failures" or "equal at f of the rate". */
        public String reading() {
            if (Double.isNaN(factor)) {
                return "does not depend on the engine rate";
            }
            String at = " (the lines cross at " + org.cpolens.model.units.Numbers.readable(factor) + " x the rate)";
            if (factor >= 1) {
                return "fewer interruptions than the baseline even at the upper bound" + at;
            }
            if (factor <= 0) {
                return "more interruptions than the baseline even if no engine ever failed" + at;
            }
            return "as many interruptions as the baseline at " + org.cpolens.model.units.Numbers.readable(factor)
                    + " x the engine rate, fewer below";
        }
    }

    public List<Point> at(double factor) {
        return points.stream().filter(p -> p.factor() == factor).toList();
    }

    public Optional<Point> point(double factor, String architectureId) {
        return points.stream().filter(p -> p.factor() == factor && p.architectureId().equals(architectureId)).findFirst();
    }
}
