package org.cpolens.model.sim;

/**
 * One replication of the server-pool simulation; times in hours. {@code trainingHours} is the
 * wall-clock time the job takes to finish its compute (the peer's "training time"): compute plus
 * recovery, host selection and waits for spares or repairs.
 *
 * @param seed               the seed this replication drew from
 * @param trainingHours      wall-clock time to finish the job
 * @param computeHours       useful compute (the job length)
 * @param recoveryHours      checkpoint reloads and restarts
 * @param hostSelectionHours host selections
 * @param waitHours          preemption waits and stalls for repairs
 * @param failures           server failures during the job
 * @param systematicFailures of which caused by a bad server's extra rate
 * @param manualRepairs      repairs escalated to the manual stage
 * @param curedBadServers    repairs that turned a bad server good
 * @param hostSelections     host selections, the first included
 * @param preemptions        servers moved from the spare pool
 * @param stalls             times the job waited for a repair with no spare left
 */
public record ServerPoolRun(long seed, double trainingHours, double computeHours, double recoveryHours,
                            double hostSelectionHours, double waitHours, long failures, long systematicFailures,
                            long manualRepairs, long curedBadServers, long hostSelections, long preemptions, long stalls) {
    /** Effective training time ratio: compute over wall-clock time. */
    public double ettr() {
        return computeHours / trainingHours;
    }
}
