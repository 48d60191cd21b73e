package org.cpolens.model.sim;

import org.cpolens.model.InputException;

/**
 * A training job on a pool of servers, with the parameters of the AIReSim peer (arXiv 2603.07041,
 * its Table 1 and {@code config.yaml}): the job needs {@code jobSize} servers plus
 * {@code warmStandbys} swapped in without a new host selection; the working pool and a spare pool
 * (servers preempted from other work) supply them; a fraction of servers are "bad" and fail
 * {@code systematicMultiplier} times the random rate on top of it until a repair cures them; a failed
 * server goes to automated repair and, with {@code probAutoToManual}, on to manual repair, each of
 * which may report success without fixing a bad server.
 *
 * @param jobSize              servers the job computes on
 * @param warmStandbys         extra servers held by the job
 * @param workingPool          servers in the working pool at the start
 * @param sparePool            servers in the spare pool (each move to the working pool costs a preemption wait)
 * @param randomFailuresPerDay per server and day of computing
 * @param systematicFraction   share of all servers that start "bad"
 * @param systematicMultiplier a bad server's extra rate, as a multiple of the random rate
 * @param recoveryMinutes      per failure: reload the checkpoint and restart
 * @param hostSelectionMinutes per host selection
 * @param preemptionMinutes    per server moved from the spare pool
 * @param autoRepairMinutes    mean of the exponential automated-repair time
 * @param manualRepairMinutes  mean of the exponential manual-repair time
 * @param probAutoToManual     chance an automated repair escalates to manual repair
 * @param autoRepairFailProb   chance an automated repair leaves a bad server bad
 * @param manualRepairFailProb chance a manual repair leaves a bad server bad
 * @param jobDays              compute time the job needs without failures
 */
public record ServerPoolParams(int jobSize, int warmStandbys, int workingPool, int sparePool,
                               double randomFailuresPerDay, double systematicFraction, double systematicMultiplier,
                               double recoveryMinutes, double hostSelectionMinutes, double preemptionMinutes,
                               double autoRepairMinutes, double manualRepairMinutes, double probAutoToManual,
                               double autoRepairFailProb, double manualRepairFailProb, double jobDays) {
    public static final int MAX_SERVERS = 10_000_000;
    public static final double MAX_JOB_DAYS = 3650;

    public ServerPoolParams {
        atLeast("jobSize", jobSize, 1);
        atLeast("warmStandbys", warmStandbys, 0);
        atLeast("sparePool", sparePool, 0);
        if (workingPool < (long) jobSize + warmStandbys) {
            throw InputException.field("workingPool", workingPool, "must be at least jobSize + warmStandbys = "
                    + ((long) jobSize + warmStandbys), "the peer requires the working pool to start the job with its standbys");
        }
        if ((long) workingPool + sparePool > MAX_SERVERS) {
            throw InputException.field("workingPool", workingPool, "working plus spare pool must be at most " + MAX_SERVERS,
                    null);
        }
        positive("randomFailuresPerDay", randomFailuresPerDay);
        probability("systematicFraction", systematicFraction);
        nonNegative("systematicMultiplier", systematicMultiplier);
        nonNegative("recoveryMinutes", recoveryMinutes);
        nonNegative("hostSelectionMinutes", hostSelectionMinutes);
        nonNegative("preemptionMinutes", preemptionMinutes);
        positive("autoRepairMinutes", autoRepairMinutes);
        positive("manualRepairMinutes", manualRepairMinutes);
        probability("probAutoToManual", probAutoToManual);
        probability("autoRepairFailProb", autoRepairFailProb);
        probability("manualRepairFailProb", manualRepairFailProb);
        positive("jobDays", jobDays);
        if (jobDays > MAX_JOB_DAYS) {
            throw InputException.field("jobDays", jobDays, "must be at most " + (long) MAX_JOB_DAYS, "e.g. 30 or 256");
        }
    }

    /** The same pool with another job length. */
    public ServerPoolParams withJobDays(double days) {
        return new ServerPoolParams(jobSize, warmStandbys, workingPool, sparePool, randomFailuresPerDay,
                systematicFraction, systematicMultiplier, recoveryMinutes, hostSelectionMinutes, preemptionMinutes,
                autoRepairMinutes, manualRepairMinutes, probAutoToManual, autoRepairFailProb, manualRepairFailProb, days);
    }

    /** Servers the job holds when it starts: computing plus warm standbys. */
    public int serversNeeded() {
        return jobSize + warmStandbys;
    }

    /** Servers that start bad: the peer's int(total x fraction), before the shuffle. */
    public int badServers() {
        return (int) ((workingPool + (double) sparePool) * systematicFraction);
    }

    private static void atLeast(String f, int v, int min) {
        if (v < min) {
            throw InputException.field(f, v, "must be at least " + min, null);
        }
    }

    private static void positive(String f, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw InputException.field(f, v, "must be a finite number above 0", null);
        }
    }

    private static void nonNegative(String f, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw InputException.field(f, v, "must be a finite number >= 0", null);
        }
    }

    private static void probability(String f, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw InputException.field(f, v, "must be between 0 and 1", null);
        }
    }
}
