package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerPoolSimulatorTest {
    /** AIReSim's Table 1 defaults with a 30-day job (the bundled airesim-4096 scenario). */
    static final ServerPoolParams PEER_CASE = new ServerPoolParams(4096, 16, 4160, 200, 0.01, 0.15, 5, 20, 3, 20, 120,
            2880, 0.8, 0.4, 0.2, 30);

    private static ServerPoolParams with(int standbys, int working, int spares, double fraction, double manualMinutes,
                                         double days) {
        return new ServerPoolParams(512, standbys, working, spares, 0.01, fraction, 5, 20, 3, 20, 120, manualMinutes,
                0.8, 0.4, 0.2, days);
    }

    /**
     * With no bad servers every computing server fails at r = 1%/day whatever happens, and exactly
     * jobSize servers compute at any time, so the failures during the job's compute time T are
     * Poisson with mean jobSize x r x T = 4,096 x 0.01 x 30 = 1,228.8 and standard deviation 35.05.
     * Over 200 replications the mean must lie within 4 standard errors (4 x 35.05 / sqrt 200 = 9.9),
     * and the sample standard deviation within 20% of 35.05 (its relative error is about 5%).
     */
    @Test
    void withoutBadServersFailuresArePoissonOverTheComputeTime() {
        ServerPoolParams p = new ServerPoolParams(4096, 16, 4160, 200, 0.01, 0.0, 5, 20, 3, 20, 120, 2880, 0.8, 0.4,
                0.2, 30);
        ServerPoolResult r = ServerPoolSimulator.run(p, 77, 200);
        ServerPoolResult.Summary f = r.summary(x -> x.failures());
        assertThat(f.mean()).isCloseTo(1228.8, within(4 * 35.05 / Math.sqrt(200)));
        assertThat(f.sd()).isBetween(0.8 * 35.05, 1.2 * 35.05);
        assertThat(r.summary(x -> x.systematicFailures()).max()).isZero();
    }

    /** Every replication's wall clock is its compute plus 20 min per failure, 3 per host selection, 20 per preemption. */
    @ParameterizedTest
    @ValueSource(longs = {1, 42, -9, 20260101})
    void trainingTimeIsComputePlusItsOverheads(long seed) {
        ServerPoolRun run = ServerPoolSimulator.replicate(PEER_CASE, seed);
        assertThat(run.computeHours()).isEqualTo(720.0);
        double overhead = (run.failures() * 20 + run.hostSelections() * 3 + run.preemptions() * 20) / 60.0;
        assertThat(run.stalls()).isZero();
        assertThat(run.trainingHours()).isCloseTo(720 + overhead, within(1e-6));
        assertThat(run.recoveryHours()).isCloseTo(run.failures() / 3.0, within(1e-9));
        assertThat(run.ettr()).isCloseTo(720 / run.trainingHours(), within(1e-12));
    }

    /** Without warm standbys every failure sends the job back to host selection: one more than the failures. */
    @Test
    void withoutWarmStandbysEachFailureCostsAHostSelection() {
        ServerPoolRun run = ServerPoolSimulator.replicate(with(0, 600, 50, 0.15, 2880, 20), 5);
        assertThat(run.failures()).isPositive();
        assertThat(run.hostSelections()).isEqualTo(run.failures() + 1);
    }

    /**
     * A working pool with no headroom and slow manual repairs draws on the spare pool; with no spare
     * pool the job stalls instead, waiting for repairs, and takes longer.
     */
    @Test
    void aThinWorkingPoolPreemptsSparesAndWithoutSparesStalls() {
        ServerPoolRun spares = ServerPoolSimulator.replicate(with(8, 520, 400, 0.15, 5760, 30), 3);
        ServerPoolRun none = ServerPoolSimulator.replicate(with(8, 520, 0, 0.15, 5760, 30), 3);
        assertThat(spares.preemptions()).isPositive();
        assertThat(spares.stalls()).isZero();
        assertThat(none.preemptions()).isZero();
        assertThat(none.stalls()).isPositive();
        assertThat(none.waitHours()).isPositive();
        assertThat(none.trainingHours()).isGreaterThan(720 + none.recoveryHours());
    }

    /** Repairs cure bad servers, so the systematic share of failures falls as the job runs longer. */
    @Test
    void systematicShareFallsWithJobLengthAsRepairsCureBadServers() {
        double share15 = share(ServerPoolSimulator.run(PEER_CASE.withJobDays(15), 11, 8));
        double share120 = share(ServerPoolSimulator.run(PEER_CASE.withJobDays(120), 11, 8));
        assertThat(share120).isLessThan(share15 * 0.8);
    }

    private static double share(ServerPoolResult r) {
        return r.summary(x -> x.systematicFailures()).mean() / r.summary(x -> x.failures()).mean();
    }

    @Test
    void sameSeedSameRunsAndThreadCountDoesNotMatter() {
        ServerPoolResult a = ServerPoolSimulator.run(PEER_CASE.withJobDays(5), 9, 6);
        ServerPoolResult oneThread = ServerPoolSimulator.run(PEER_CASE.withJobDays(5), 9, 6, 1);
        ServerPoolResult threeThreads = ServerPoolSimulator.run(PEER_CASE.withJobDays(5), 9, 6, 3);
        assertThat(a).isEqualTo(oneThread).isEqualTo(threeThreads);
        assertThat(a.runs().get(2).seed()).isEqualTo(11);
        // replication i is the single run from seed + i
        assertThat(a.runs().get(2)).isEqualTo(ServerPoolSimulator.replicate(PEER_CASE.withJobDays(5), 11));
        assertThat(ServerPoolSimulator.run(PEER_CASE.withJobDays(5), 10, 6).runs().get(0)).isNotEqualTo(a.runs().get(0));
    }

    @Test
    void summaryIsMeanSampleSdAndStudentInterval() {
        ServerPoolResult r = ServerPoolSimulator.run(PEER_CASE.withJobDays(2), 1, 3);
        double[] x = r.runs().stream().mapToDouble(ServerPoolRun::trainingHours).toArray();
        double mean = (x[0] + x[1] + x[2]) / 3;
        double sd = Math.sqrt(((x[0] - mean) * (x[0] - mean) + (x[1] - mean) * (x[1] - mean)
                + (x[2] - mean) * (x[2] - mean)) / 2);
        ServerPoolResult.Summary s = r.summary(ServerPoolRun::trainingHours);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.sd()).isCloseTo(sd, within(1e-9));
        // t(0.975, 2 dof) = 4.302653
        assertThat(s.hi() - s.mean()).isCloseTo(4.302653 * sd / Math.sqrt(3), within(1e-5));
        assertThat(s.sdsFrom(mean + 2 * sd, sd)).isCloseTo(2, within(1e-9));
    }

    @Test
    void badParametersNameTheField() {
        assertThatThrownBy(() -> with(16, 520, 0, 0.15, 2880, 30)).isInstanceOf(InputException.class)
                .hasMessageContaining("workingPool").hasMessageContaining("jobSize + warmStandbys = 528");
        assertThatThrownBy(() -> with(0, 600, 0, 1.5, 2880, 30)).hasMessageContaining("systematicFraction");
        assertThatThrownBy(() -> with(0, 600, 0, 0.1, 0, 30)).hasMessageContaining("manualRepairMinutes");
        assertThatThrownBy(() -> with(0, 600, 0, 0.1, 10, 4000)).hasMessageContaining("jobDays");
        assertThatThrownBy(() -> ServerPoolSimulator.run(PEER_CASE, 1, 1)).hasMessageContaining("replications");
    }
}
