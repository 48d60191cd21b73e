package org.cpolens.model.sim;

import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;

/**
 * How faults hit a synchronous training job that spans the whole fabric.
 *
 * @param interruptProbability       chance that a fault on a host link, a NIC or a leaf switch stops
 *                                   the job (1 = fail-stop: hosts are single-homed)
 * @param fabricInterruptProbability the same for faults above the leaf (switch-to-switch links, spine and
 *                                   core switches), where ECMP may route around the fault
 * @param restartHours               restart cost: detect, reschedule, reload the last checkpoint
 * @param checkpointWriteHours       time the job stops to write one checkpoint
 * @param checkpointIntervalHours    compute time between checkpoints; empty = the Young/Daly optimum
 * @param otherInterruptionsPerDay   interruptions from everything outside the network (GPUs, software),
 *                                   the same for every architecture; they only shape goodput
 * @param waitForRepair              the job waits until the failed part is replaced (no spare hosts)
 * @param drainInterrupts            replacing a still-working switch (a CPO engine or embedded laser
 *                                   failed) takes its healthy links down and interrupts the job again
 */
public record JobModel(Figure interruptProbability, Figure fabricInterruptProbability, Figure restartHours,
                       Figure checkpointWriteHours, Optional<Figure> checkpointIntervalHours,
                       Figure otherInterruptionsPerDay, boolean waitForRepair, boolean drainInterrupts) {
    public JobModel {
        Objects.requireNonNull(checkpointIntervalHours, "checkpointIntervalHours");
        probability("interruptProbability", interruptProbability);
        probability("fabricInterruptProbability", fabricInterruptProbability);
        positive("restartHours", restartHours);
        positive("checkpointWriteHours", checkpointWriteHours);
        checkpointIntervalHours.ifPresent(f -> positive("checkpointIntervalHours", f));
        if (otherInterruptionsPerDay.value() < 0) {
            throw InputException.field("otherInterruptionsPerDay", otherInterruptionsPerDay.value(), "must not be negative",
                    "0 counts network faults only");
        }
    }

    private static void probability(String field, Figure f) {
        if (!(f.value() >= 0 && f.value() <= 1)) {
            throw InputException.field(field, f.value(), "must be between 0 and 1", "1 = every fault stops the job");
        }
    }

    private static void positive(String field, Figure f) {
        if (!(f.value() > 0)) {
            throw InputException.field(field, f.value(), "must be greater than zero", null);
        }
    }

    public JobModel withFabricInterruptProbability(double p) {
        return new JobModel(interruptProbability, fabricInterruptProbability.withValue(p), restartHours,
                checkpointWriteHours, checkpointIntervalHours, otherInterruptionsPerDay, waitForRepair, drainInterrupts);
    }

    /**
     * Daly's optimum checkpoint interval (compute time between checkpoints) for a job with mean time
     * between interruptions {@code mtbiHours}; Young's sqrt(2 C M) with Daly's higher-order terms.
     */
    public static double youngDalyHours(double checkpointWriteHours, double mtbiHours) {
        double c = checkpointWriteHours;
        double m = mtbiHours;
        if (!(m > 0) || Double.isInfinite(m)) {
            return Double.POSITIVE_INFINITY;
        }
        if (c >= 2 * m) {
            return m;
        }
        return Math.sqrt(2 * c * m) * (1 + Math.sqrt(c / (2 * m)) / 3 + c / (18 * m)) - c;
    }
}
