package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.cpolens.model.InputException;
import org.cpolens.report.Json;
import org.cpolens.report.ReliabilityViews;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReliabilitySimulatorTest {
    private static final ReliabilityInputs SMALL = SimFixtures.small();

    /**
     * The simulated means agree with the analytic expectation (devices x rate x time, and its drain
     * term) for several seeds. Each check allows twice the 95% half-width (about 3.9 standard errors),
     * so a correct simulator fails one of these checks with odds near 1 in 10,000;
     * {@link #ninetyFivePercentIntervalsCoverTheAnalyticValue} checks the 95% width itself.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20260101L, -7L, 987654321L})
    void simulationAgreesWithTheAnalyticExpectation(long seed) {
        ReliabilityResult r = ReliabilitySimulator.run(SMALL, seed, 300, 120);
        for (ArchitectureReliability a : r.architectures()) {
            assertWithin(a.interruptionsPerDay(), a.analytic().interruptionsPerDay(), a.id() + " interruptions");
            assertWithin(a.partsReplacedPerYear(), a.analytic().partsReplacedPerYear(), a.id() + " parts");
            assertWithin(a.technicianHoursPerYear(), a.analytic().technicianHoursPerYear(), a.id() + " technician hours");
            assertWithin(a.switchAndCableInterruptions(), a.analytic().switchAndCableInterruptions(), a.id() + " switch+cable");
            a.partsPerYear().forEach((p, e) -> assertWithin(e, a.analytic().partsPerYear().get(p), a.id() + " " + p));
        }
    }

    private static void assertWithin(Estimate e, double analytic, String what) {
        double slack = 2 * e.halfWidth() + 1e-12;
        assertThat(Math.abs(e.mean() - analytic)).as(what + ": simulated " + e + " vs analytic " + analytic)
                .isLessThanOrEqualTo(slack);
    }

    /** Over 60 seeds the 95% intervals of the interruption rate should cover the analytic value about 95% of the time. */
    @Test
    void ninetyFivePercentIntervalsCoverTheAnalyticValue() {
        int covered = 0;
        int runs = 60;
        ReliabilityInputs one = SMALL.withArchitectures(List.of(SMALL.baseline()));
        for (int s = 0; s < runs; s++) {
            ArchitectureReliability a = ReliabilitySimulator.run(one, 1000 + s, 50, 60).architectures().get(0);
            if (a.interruptionsPerDay().contains(a.analytic().interruptionsPerDay())) {
                covered++;
            }
        }
        // Binomial(60, 0.95): 51 or more with probability > 0.999
        assertThat(covered).isBetween(51, 60);
    }

    @Test
    void sameSeedGivesIdenticalOutputAndThreadCountDoesNotMatter() {
        ReliabilityResult a = ReliabilitySimulator.run(SMALL, 99, 100, 90);
        ReliabilityResult b = ReliabilitySimulator.run(SMALL, 99, 100, 90);
        ReliabilityResult oneThread = ReliabilitySimulator.run(SMALL, 99, 100, 90, 1);
        ReliabilityResult threeThreads = ReliabilitySimulator.run(SMALL, 99, 100, 90, 3);
        String json = Json.write(ReliabilityViews.json(a));
        assertThat(Json.write(ReliabilityViews.json(b))).isEqualTo(json);
        assertThat(Json.write(ReliabilityViews.json(oneThread))).isEqualTo(json);
        assertThat(Json.write(ReliabilityViews.json(threeThreads))).isEqualTo(json);
        assertThat(a.architectures()).isEqualTo(threeThreads.architectures());
        assertThat(Json.write(ReliabilityViews.json(ReliabilitySimulator.run(SMALL, 100, 100, 90)))).isNotEqualTo(json);
    }

    @Test
    void goodputFallsAsFailureRatesRise() {
        double[] factors = {0.25, 1, 4, 16};
        double[][] goodput = new double[SMALL.architectures().size()][factors.length];
        double[][] analytic = new double[goodput.length][factors.length];
        for (int f = 0; f < factors.length; f++) {
            ReliabilityResult r = ReliabilitySimulator.run(SMALL.withRatesScaled(factors[f]), 5, 200, 60);
            for (int i = 0; i < goodput.length; i++) {
                goodput[i][f] = r.architectures().get(i).goodput().mean();
                analytic[i][f] = r.architectures().get(i).analytic().goodput();
            }
        }
        for (int i = 0; i < goodput.length; i++) {
            for (int f = 1; f < factors.length; f++) {
                assertThat(goodput[i][f]).as("architecture %d, x%s", i, factors[f]).isLessThan(goodput[i][f - 1]);
                assertThat(analytic[i][f]).isLessThan(analytic[i][f - 1]);
            }
            assertThat(Arrays.stream(goodput[i]).allMatch(g -> g > 0 && g <= 1)).isTrue();
        }
    }

    /**
     * Same lasers, same laser rate: with external laser sources a dead laser costs one hot swap of
     * the laser module (its ports are dark already); with embedded lasers it costs a switch
     * replacement whose drain stops the job a second time. ELS must interrupt fewer jobs. At the
     * catalog's 50 FIT the gap (a few percent of the engine-dominated rate) is below what 400 trials
     * of this small fabric resolve, so there the analytic rates are compared and the simulated CIs
     * are only required to be separated from 500 FIT up.
     */
    @Test
    void atTheCatalogLaserRateExternalLasersStillInterruptLessInExpectation() {
        ReliabilityResult r = ReliabilitySimulator.run(SMALL, 11, 20, 365);
        assertThat(r.architecture("cpo-bailly-800g").orElseThrow().analytic().interruptionsPerDay())
                .isLessThan(r.architecture("cpo-embedded-laser-800g").orElseThrow().analytic().interruptionsPerDay());
    }

    @ParameterizedTest
    @ValueSource(doubles = {500, 5000})
    void externalLaserSourcesInterruptFewerJobsThanEmbeddedLasers(double laserFit) {
        ReliabilityInputs in = SMALL.with(SMALL.mode(FaultKind.LASER).withFit(laserFit));
        ReliabilityResult r = ReliabilitySimulator.run(in, 11, 400, 365);
        ArchitectureReliability els = r.architecture("cpo-bailly-800g").orElseThrow();
        ArchitectureReliability embedded = r.architecture("cpo-embedded-laser-800g").orElseThrow();
        assertThat(els.analytic().interruptionsPerDay()).isLessThan(embedded.analytic().interruptionsPerDay());
        assertThat(els.interruptionsPerDay().hi()).isLessThan(embedded.interruptionsPerDay().lo());
        assertThat(els.goodput().mean()).isGreaterThan(embedded.goodput().mean());
        assertThat(els.partsPerYear().get(Part.SWITCH).mean()).isLessThan(embedded.partsPerYear().get(Part.SWITCH).mean());
    }

    @Test
    void withoutDrainInterruptionsTheLaserPlacementOnlyMovesTheModuleRate() {
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  job:
                    drainInterrupts: false
                  failureModes:
                    laserSourceModule: { fit: 0.000001 }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 3, 50, 30);
        // a fault either way, one interruption either way: the analytic rates coincide
        assertThat(r.architecture("cpo-bailly-800g").orElseThrow().analytic().interruptionsPerDay())
                .isCloseTo(r.architecture("cpo-embedded-laser-800g").orElseThrow().analytic().interruptionsPerDay(),
                        org.assertj.core.data.Offset.offset(1e-6));
    }

    /**
     * Llama 3 405B (Dubey et al., 2024): 35 network switch/cable interruptions and more than 90%
     * effective training time in 54 days on 16,384 GPUs, both from the catalog defaults.
     * Counts: the band is 35 +/- 6, about one Poisson standard deviation of a single 54-day run
     * (sqrt 35 = 5.9); this checks the FIT of the one fitted parameter (fabricInterruptProbability,
     * status fitted; the scenario derives the expected 34.6), not a prediction. NICs are left out:
     * their rate is fitted to the same run, so its 7 would be by construction.
     * Effective training time, not fitted: all 419 unexpected interruptions (lambda = 0.323/h) cost at
     * least lambda x restart = 0.323 x 10 min = 5.4% of the time, so the goodput must lie between
     * Meta's 90% and 94.6%; with the catalog's 3.2 s checkpoint write the model gives about 92.5%.
     */
    @Test
    void llama3CountsAndEffectiveTrainingTimeTogether() {
        ReliabilityInputs in = SimFixtures.bundled("llama3-405b");
        ReliabilityResult r = ReliabilitySimulator.run(in, 20260101L, in.defaultTrials(), in.defaultDays());
        assertThat(r.days()).isEqualTo(54);
        ArchitectureReliability meta = r.architectures().get(0);
        assertThat(meta.id()).isEqualTo("pluggable-dsp-800g");
        assertThat(in.job().fabricInterruptProbability().status()).isEqualTo(org.cpolens.model.catalog.Status.FITTED);
        assertThat(in.mode(FaultKind.NIC).fit().status()).isEqualTo(org.cpolens.model.catalog.Status.FITTED);
        assertThat(meta.switchAndCableInterruptions().mean()).isBetween(29.0, 41.0);
        assertThat(meta.analytic().switchAndCableInterruptions()).isBetween(29.0, 41.0);
        // tight non-regression of the analytic value (34.59 at the catalog of this commit)
        assertThat(meta.analytic().switchAndCableInterruptions()).isCloseTo(34.586, org.assertj.core.data.Offset.offset(0.01));
        assertThat(meta.goodput().lo()).isGreaterThan(0.90);
        assertThat(meta.goodput().hi()).isLessThan(0.946);
    }

    /**
     * Meta's "> 90%" is not free: the restart time is an assumption (10 min), and past about 14 min
     * (where 0.323/h x (u0 + dt/2) + w/dt reaches 10%) the same run falls below 90%.
     */
    @Test
    void llama3NinetyPercentBoundsTheRestartTime() {
        ReliabilityInputs in = SimFixtures.bundled("llama3-405b");
        ReliabilityInputs slow = in.with(new JobModel(in.job().interruptProbability(),
                in.job().fabricInterruptProbability(), in.job().restartHours().withValue(16 / 60.0),
                in.job().checkpointWriteHours(), in.job().checkpointIntervalHours(), in.job().otherInterruptionsPerDay(),
                in.job().waitForRepair(), in.job().drainInterrupts()));
        ArchitectureReliability meta = ReliabilitySimulator.run(slow, 7, 200, 54).architectures().get(0);
        assertThat(meta.goodput().hi()).isLessThan(0.90);
    }

    @Test
    void weibullShapeBendsTheHazardAndTheSimulationFollows() {
        // shape 2 (wear-out) on a new fleet: expected failures = n (T/eta)^2, far fewer than n T / MTBF
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  failureModes:
                    pluggableModule: { weibullShape: 2 }
                """);
        ReliabilityInputs pluggableOnly = in.withArchitectures(List.of(in.baseline()));
        ArchitectureReliability worn = ReliabilitySimulator.run(pluggableOnly, 8, 300, 365).architectures().get(0);
        ArchitectureReliability flat = ReliabilitySimulator.run(SMALL.withArchitectures(List.of(SMALL.baseline())), 8, 300, 365)
                .architectures().get(0);
        double mtbf = 750_000;
        double eta = mtbf / org.hipparchus.special.Gamma.gamma(1.5);
        double hours = 365 * 24.0;
        long modules = Fleet.of(in, in.baseline()).stream().filter(c -> c.kind() == FaultKind.PLUGGABLE_MODULE)
                .mapToLong(ComponentClass::count).sum();
        double expectedPerYear = modules * Math.pow(hours / eta, 2) * (8766.0 / hours);
        assertThat(worn.analytic().partsPerYear().get(Part.PLUGGABLE_MODULE)).isCloseTo(expectedPerYear,
                org.assertj.core.data.Offset.offset(1e-9 * expectedPerYear));
        assertWithin(worn.partsPerYear().get(Part.PLUGGABLE_MODULE), expectedPerYear, "weibull modules");
        assertThat(worn.partsPerYear().get(Part.PLUGGABLE_MODULE).mean())
                .isLessThan(flat.partsPerYear().get(Part.PLUGGABLE_MODULE).mean() / 10);
    }

    /**
     * When the job waits for the repair, a missing spare adds the part's resupply time (14 days for
     * a module, 28 for a switch) to every interruption: goodput falls for every architecture, and
     * with spares on the shelf the wait is only the response plus the hands-on repair.
     */
    @Test
    void waitingForAResupplyCostsGoodput() {
        String section = """
                reliability:
                  job: { waitForRepair: %s }
                  service: { sparesOnSite: %s }
                """;
        ReliabilityResult restartOnly = ReliabilitySimulator.run(SimFixtures.small(section.formatted("false", "true")), 2, 100, 365);
        ReliabilityResult shelf = ReliabilitySimulator.run(SimFixtures.small(section.formatted("true", "true")), 2, 100, 365);
        ReliabilityResult none = ReliabilitySimulator.run(SimFixtures.small(section.formatted("true", "false")), 2, 100, 365);
        for (String id : List.of("pluggable-dsp-800g", "cpo-bailly-800g", "cpo-embedded-laser-800g")) {
            double g0 = restartOnly.architecture(id).orElseThrow().goodput().mean();
            double g1 = shelf.architecture(id).orElseThrow().goodput().mean();
            double g2 = none.architecture(id).orElseThrow().goodput().mean();
            assertThat(g1).as(id).isLessThan(g0);
            assertThat(g2).as(id).isLessThan(g1);
            assertThat(none.architecture(id).orElseThrow().analytic().goodput())
                    .isLessThan(shelf.architecture(id).orElseThrow().analytic().goodput());
        }
    }

    @Test
    void sparesAreThePoissonQuantileOfDemandOverTheResupplyTime() {
        ReliabilityResult r = ReliabilitySimulator.run(SMALL, 1, 20, 30);
        for (ArchitectureReliability a : r.architectures()) {
            a.spares().forEach((p, s) -> {
                double demand = a.analytic().partsPerYear().get(p) / 8766.0
                        * SMALL.repair(p).resupplyDays().value() * 24;
                PoissonDistribution d = new PoissonDistribution(demand);
                assertThat(d.cumulativeProbability(s)).as(a.id() + " " + p).isGreaterThanOrEqualTo(0.99);
                if (s > 0) {
                    assertThat(d.cumulativeProbability(s - 1)).isLessThan(0.99);
                }
            });
        }
    }

    @Test
    void daysAndTrialsOutOfRangeNameTheField() {
        assertThatThrownBy(() -> ReliabilitySimulator.run(SMALL, 1, 1, 30)).isInstanceOf(InputException.class)
                .hasMessageContaining("field 'trials' = '1'");
        assertThatThrownBy(() -> ReliabilitySimulator.run(SMALL, 1, 10, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("field 'days' = '0.0'");
        assertThatThrownBy(() -> ReliabilitySimulator.run(SMALL, 1, 10, 4000)).isInstanceOf(InputException.class)
                .hasMessageContaining("at most 3650");
    }

    // ---- the job timeline

    @Test
    void usefulTimeWithoutFaultsPaysOnlyTheCheckpointWrites() {
        // 10 h horizon, 1 h compute + 0.5 h write: 6 full cycles (9 h) + 1 h of compute in progress
        assertThat(ReliabilitySimulator.usefulHours(new double[0], new double[0], 0, 10, 1, 0.5)).isEqualTo(7.0);
    }

    @Test
    void aFaultLosesTheWorkSinceTheLastCheckpointAndTheRestart() {
        // fault at 4.0 h: cycles of 1.5 h -> 2 complete (2 h useful), 1 h lost; restart 1 h -> run from 5.0
        // 5.0 .. 10.0 = 5 h: 3 cycles (4.5 h, 3 h useful) + 0.5 h in progress = 3.5 h; total 5.5 h
        double[] t = {4.0};
        double[] d = {1.0};
        assertThat(ReliabilitySimulator.usefulHours(t, d, 1, 10, 1, 0.5)).isEqualTo(5.5);
        // a second fault during the restart starts the restart again: down until 4.5 + 1 = 5.5
        double[] t2 = {4.0, 4.5};
        double[] d2 = {1.0, 1.0};
        // 5.5 .. 10 = 4.5 h: 3 cycles = 3 h useful, nothing in progress; total 5 h
        assertThat(ReliabilitySimulator.usefulHours(t2, d2, 2, 10, 1, 0.5)).isEqualTo(5.0);
    }

    @Test
    void youngDalyIsNearSqrtTwoCMForCheapCheckpoints() {
        double c = 0.01;
        double m = 100;
        assertThat(JobModel.youngDalyHours(c, m)).isCloseTo(Math.sqrt(2 * c * m), org.assertj.core.data.Offset.offset(0.01));
        assertThat(JobModel.youngDalyHours(5, 2)).isEqualTo(2.0); // C >= 2M: checkpoint every MTBI
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 17, 100, 5000})
    void sortKeepsPairsTogether(int n) {
        Well19937c rng = new Well19937c(n);
        double[] t = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextInt(50); // many ties
            d[i] = t[i] * 3 + 1;
        }
        double[] expected = t.clone();
        Arrays.sort(expected);
        ReliabilitySimulator.sortByTime(t, d, 0, n - 1);
        assertThat(t).containsExactly(expected);
        for (int i = 0; i < n; i++) {
            assertThat(d[i]).isEqualTo(t[i] * 3 + 1);
        }
    }
}
