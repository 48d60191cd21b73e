package org.cpolens.model.sim;

import org.cpolens.model.InputException;

/**
 * Meta's analytic estimate of the effective training time ratio (Kokolis et al., "Revisiting
 * Reliability in Large-Scale Machine Learning Research Clusters", HPCA 2025, arXiv 2410.21680): a
 * job interrupted at rate {@code lambda}, checkpointing every {@code dt} of compute at a cost of
 * {@code w} each, and losing {@code u0} of restart plus on average half a checkpoint interval of
 * work per interruption keeps
 * <pre>E[ETTR] ~ (1 - lambda (u0 + dt / 2)) / (1 + w / dt)</pre>
 * of its wall-clock time; the interval that maximizes it to first order is {@code sqrt(2 w / lambda)}.
 * With {@code N} nodes failing at {@code r_f} per node-day, {@code lambda = N r_f / 24} per hour.
 * It is a first-order formula, valid while {@code lambda (u0 + dt)} is well below 1; it is set beside
 * the simulation as an independent check of its goodput, not as a replacement.
 */
public final class EttrEstimator {
    private EttrEstimator() {
    }

    /** The estimate; clamped at 0 where the first-order loss exceeds the whole time. */
    public static double ettr(double interruptionsPerHour, double intervalHours, double writeHours, double restartHours) {
        nonNegative("interruptionsPerHour", interruptionsPerHour);
        nonNegative("checkpointWriteHours", writeHours);
        nonNegative("restartHours", restartHours);
        if (!(intervalHours > 0)) {
            throw InputException.field("checkpointIntervalHours", intervalHours, "must be above 0",
                    "use optimalIntervalHours for the first-order optimum");
        }
        if (Double.isInfinite(intervalHours)) {
            return interruptionsPerHour == 0 ? 1.0 : 0.0;
        }
        double kept = 1 - interruptionsPerHour * (restartHours + intervalHours / 2);
        return Math.max(0, kept) / (1 + writeHours / intervalHours);
    }

    /** First-order optimal checkpoint interval sqrt(2 w / lambda); infinite with no interruption. */
    public static double optimalIntervalHours(double interruptionsPerHour, double writeHours) {
        nonNegative("interruptionsPerHour", interruptionsPerHour);
        nonNegative("checkpointWriteHours", writeHours);
        return interruptionsPerHour == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(2 * writeHours / interruptionsPerHour);
    }

    /** Job mean time to failure, hours, for {@code nodes} failing at {@code failuresPerNodeDay} each. */
    public static double jobMttfHours(long nodes, double failuresPerNodeDay) {
        if (nodes < 1) {
            throw InputException.field("nodes", nodes, "must be at least 1", null);
        }
        nonNegative("failuresPerNodeDay", failuresPerNodeDay);
        return 24 / (nodes * failuresPerNodeDay);
    }

    /**
     * The estimator on the inputs of one simulated architecture: its expected interruptions
     * (network-caused plus the job's other interruptions), its checkpoint interval, write and restart
     * times. The simulation's goodput and its own first-order figure sit beside it.
     */
    public static Comparison compare(ReliabilityInputs in, ArchitectureReliability a) {
        JobModel job = in.job();
        double lambda = (a.analytic().interruptionsPerDay() + job.otherInterruptionsPerDay().value()) / 24;
        double estimate = ettr(lambda, a.checkpointIntervalHours(), job.checkpointWriteHours().value(),
                job.restartHours().value());
        return new Comparison(a.id(), lambda, a.checkpointIntervalHours(), estimate, a.goodput(), a.analytic().goodput());
    }

    /**
     * The estimator beside one architecture's simulation.
     *
     * @param interruptionsPerHour all interruptions the estimator counts
     * @param estimate             Kokolis et al.'s ETTR for them
     * @param simulated            the simulation's goodput with its 95% interval
     * @param simulationAnalytic   the simulation's own first-order goodput
     */
    public record Comparison(String architectureId, double interruptionsPerHour, double checkpointIntervalHours,
                             double estimate, Estimate simulated, double simulationAnalytic) {
        /** Estimator minus simulated mean, in percentage points. */
        public double differencePoints() {
            return 100 * (estimate - simulated.mean());
        }
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0)) {
            throw InputException.field(field, v, "must not be negative", null);
        }
    }
}
