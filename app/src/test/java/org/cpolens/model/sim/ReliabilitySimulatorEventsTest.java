package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.model.catalog.ArchitectureKind;
import org.junit.jupiter.api.Test;

/**
 * The repair paths, link flaps, costs and the engine-rate sensitivity of {@link ReliabilitySimulator},
 * each checked against the closed form it must agree with.
 */
class ReliabilitySimulatorEventsTest {
    /** Every rate near zero except the one under test, so its events are all the run sees. */
    private static final String ONLY = """
            reliability:
              architectures: [pluggable-dsp-800g, cpo-bailly-800g, cpo-embedded-laser-800g]
              simulation: { engineRateFactors: [] }
              linkFlaps:
                rates:
                  pluggable: { fitPerGbps: 0 }
                  cpo: { fitPerGbps: 0 }
              failureModes:
                pluggableModule: { fit: 0.000001 }
                opticalEngine: { fitPerGbps: 0.000000001 }
                switchSystem: { fit: 0.000001 }
                fiberLink: { fit: 0.000001 }
                copperCable: { fit: 0.000001 }
                nic: { fit: 0.000001 }
            """;

    private static ReliabilityInputs only(String extra) {
        return SimFixtures.small(ONLY + extra);
    }

    private static double switchParts(ArchitectureReliability a) {
        return a.analytic().partsPerYear().getOrDefault(Part.SWITCH, 0.0);
    }

    /**
     * The hitless swap: with only laser faults, an external laser source module's failure stops the
     * job at most once (p = 1 at the leaf, 0.23 above it: expected interruptions = failures x p) and
     * consumes a laser module, never a switch; the same lasers embedded cost a switch per failure and
     * a second interruption when the drain starts (failures x (p + p_drain x share drained in time)).
     * 512 x 800G endpoints, 16 leaves + 8 spines of 64 ports: 1,536 ports, 192 laser modules of 8
     * lasers; laser 20,000 FIT, module 100 FIT.
     */
    @Test
    void anExternalLaserModuleIsSwappedHotAndAnEmbeddedLaserCostsASwitchAndADrain() {
        ReliabilityInputs in = only("""
                    laser: { fit: 20000 }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 3, 300, 365);
        ArchitectureReliability els = r.architecture("cpo-bailly-800g").orElseThrow();
        ArchitectureReliability emb = r.architecture("cpo-embedded-laser-800g").orElseThrow();
        double hours = 365 * 24.0;
        // ELS: 192 modules x (100 + 8 x 20,000) FIT
        double elsFailures = 192 * (100 + 8 * 20_000) * 1e-9 * hours;
        assertThat(els.analytic().partsPerYear().get(Part.LASER_SOURCE_MODULE))
                .isCloseTo(elsFailures * 8766 / hours, within(1e-6));
        assertThat(switchParts(els)).isLessThan(0.01);
        // leaf modules (1,024 ports -> 128 modules) stop the job always, spine ones (64) with 0.23
        double elsInterruptions = (128 * (100 + 8 * 20_000) + 64 * 0.23 * (100 + 8 * 20_000)) * 1e-9 * hours;
        assertThat(els.analytic().interruptionsPerDay() * 365).isCloseTo(elsInterruptions, within(0.01));
        assertThat(els.components()).filteredOn(c -> c.kind() == FaultKind.LASER_SOURCE_MODULE)
                .allMatch(c -> c.repair() == RepairPath.HOT_SWAP && !c.drainOnRepair());
        // embedded: 1,536 lasers, each failure replaces a switch and drains it
        double embFailures = 1536 * 20_000 * 1e-9 * hours;
        assertThat(switchParts(emb)).isCloseTo(embFailures * 8766 / hours, within(0.01));
        assertThat(emb.analytic().interruptionsPerDay()).isGreaterThan(1.8 * els.analytic().interruptionsPerDay()
                * embFailures / elsFailures);
        assertThat(els.interruptionsPerDay().hi()).isLessThan(emb.interruptionsPerDay().lo());
        assertThat(els.partsPerYear().get(Part.LASER_SOURCE_MODULE).contains(els.analytic().partsPerYear()
                .get(Part.LASER_SOURCE_MODULE)) || Math.abs(els.partsPerYear().get(Part.LASER_SOURCE_MODULE).mean()
                - elsFailures * 8766 / hours) < 2 * els.partsPerYear().get(Part.LASER_SOURCE_MODULE).halfWidth()).isTrue();
    }

    /**
     * NPO's repair path: the same engines and external lasers as Bailly, so the same interruptions
     * (its repair drains the switch too), but an engine failure consumes an engine module and 4
     * technician hours instead of a switch and 8.
     */
    @Test
    void nearPackagedEnginesAreRepairedOnTheBoardNotByReplacingTheSwitch() {
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  architectures: [pluggable-dsp-800g, npo-800g, cpo-bailly-800g]
                  simulation: { engineRateFactors: [] }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 5, 200, 365);
        ArchitectureReliability npo = r.architecture("npo-800g").orElseThrow();
        ArchitectureReliability cpo = r.architecture("cpo-bailly-800g").orElseThrow();
        assertThat(npo.analytic().interruptionsPerDay()).isCloseTo(cpo.analytic().interruptionsPerDay(), within(1e-9));
        double engineFailuresPerYear = 192 * 0.499289 * 6400 * 1e-9 * 8766;
        assertThat(npo.analytic().partsPerYear().get(Part.ENGINE_MODULE)).isCloseTo(engineFailuresPerYear, within(1e-3));
        assertThat(switchParts(cpo) - switchParts(npo)).isCloseTo(engineFailuresPerYear, within(1e-3));
        assertThat(cpo.analytic().technicianHoursPerYear() - npo.analytic().technicianHoursPerYear())
                .isCloseTo(engineFailuresPerYear * (8 - 4), within(1e-3));
        assertThat(npo.spares()).containsKey(Part.ENGINE_MODULE);
    }

    /**
     * Flaps with the catalog's stopProbability 0 only stall the job: no interruption, stall hours =
     * flaps x 10 s; the expected interruptions (and so the Llama 3 calibration) do not move. CPO ends
     * flap at the 95% bound of Meta's flap-free million 400G-port-hours: 2.9957e9 / 1e6 / 400 = 7.489 per
     * 1e9 h per Gb/s, x 800 per end; pluggable ends at the labelled assumption 1.6667 x 800.
     */
    @Test
    void flapsOnlyStallTheJobByDefaultAndTheirRatesFollowTheFamily() {
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  simulation: { engineRateFactors: [] }
                """);
        ReliabilityInputs noFlaps = SimFixtures.small("""
                reliability:
                  simulation: { engineRateFactors: [] }
                  linkFlaps: { rates: { pluggable: { fitPerGbps: 0 }, cpo: { fitPerGbps: 0 } } }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 9, 300, 90);
        ReliabilityResult quiet = ReliabilitySimulator.run(noFlaps, 9, 300, 90);
        for (ArchitectureReliability a : r.architectures()) {
            ArchitectureReliability q = quiet.architecture(a.id()).orElseThrow();
            assertThat(a.analytic().interruptionsPerDay()).isCloseTo(q.analytic().interruptionsPerDay(), within(1e-12));
            assertThat(a.linkFlaps().interruptionsPerDay().mean()).isZero();
            assertThat(a.linkFlaps().stallHoursPerYear().mean())
                    .isCloseTo(a.linkFlaps().flapsPerDay().mean() * 365.25 * 10 / 3600, within(1e-9));
            assertThat(a.linkFlaps().flapsPerDay().contains(a.linkFlaps().analyticFlapsPerDay())
                    || Math.abs(a.linkFlaps().flapsPerDay().mean() - a.linkFlaps().analyticFlapsPerDay())
                    < 2 * a.linkFlaps().flapsPerDay().halfWidth()).isTrue();
            // each flap holds the whole job 10 s: goodput loses flaps a day x 10 s / 86,400 s
            assertThat(q.analytic().goodput() - a.analytic().goodput())
                    .isCloseTo(a.linkFlaps().analyticFlapsPerDay() * 10 / 86_400, within(1e-12));
        }
        FlapRate cpo = in.flaps().rate(ArchitectureKind.CPO);
        assertThat(cpo.fitPerGbps().value()).isCloseTo(2.995732e9 / 1e6 / 400, within(1e-3));
        assertThat(cpo.basis()).isEqualTo("upper bound (95%)");
        assertThat(in.flaps().rate(ArchitectureKind.NPO).fitPerGbps().status())
                .isEqualTo(org.cpolens.model.catalog.Status.ASSUMPTION);
        assertThat(in.flaps().rate(ArchitectureKind.PLUGGABLE).basis()).isEqualTo("assumption");
        List<LinkFlapClass> bailly = r.architecture("cpo-bailly-800g").orElseThrow().linkFlaps().classes();
        assertThat(bailly).filteredOn(c -> c.family() == ArchitectureKind.CPO)
                .allMatch(c -> Math.abs(c.fitPerEnd() - 7.48933 * 800) < 0.01);
        assertThat(bailly).filteredOn(c -> c.family() == ArchitectureKind.PLUGGABLE).extracting(LinkFlapClass::id)
                .containsExactly("linkFlap.hostSide");
    }

    /**
     * With stopProbability 1 a flap stops the job as a fault at its level would: expected flap
     * interruptions = sum of flaps x (1 at host links and leaves' host ports, 0.23 above), which is the
     * "if every flap stopped the job" ceiling printed at stopProbability 0; the simulation agrees.
     */
    @Test
    void flapsThatStopTheJobCountAsNetworkInterruptions() {
        ReliabilityInputs base = SimFixtures.small("""
                reliability:
                  simulation: { engineRateFactors: [] }
                """);
        ReliabilityInputs stopping = base.with(base.flaps().withStopProbability(1));
        ReliabilityResult r0 = ReliabilitySimulator.run(base, 4, 300, 60);
        ReliabilityResult r1 = ReliabilitySimulator.run(stopping, 4, 300, 60);
        for (ArchitectureReliability a : r1.architectures()) {
            ArchitectureReliability a0 = r0.architecture(a.id()).orElseThrow();
            double ceiling = a0.linkFlaps().analyticInterruptionsPerDayIfAllStop();
            assertThat(ceiling).isPositive();
            assertThat(a.analytic().interruptionsPerDay() - a0.analytic().interruptionsPerDay())
                    .isCloseTo(ceiling, within(1e-9));
            assertThat(Math.abs(a.linkFlaps().interruptionsPerDay().mean() - ceiling))
                    .isLessThanOrEqualTo(2 * a.linkFlaps().interruptionsPerDay().halfWidth() + 1e-12);
            assertThat(Math.abs(a.interruptionsPerDay().mean() - a.analytic().interruptionsPerDay()))
                    .isLessThanOrEqualTo(2 * a.interruptionsPerDay().halfWidth() + 1e-12);
        }
    }

    /**
     * The costs record the TCO reads: lost accelerator-hours per year = the run's lost GPU-hours x 8,766
     * / horizon; parts and spares as the run's; pluggable modules priced at their architecture's port
     * price (US$800 per 800G module, a catalog assumption), other parts unpriced unless the scenario
     * prices them (here a switch at US$100,000, an assumption).
     */
    @Test
    void costsArePerYearAndPricedOnlyWhereTheCatalogHasAPrice() {
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  simulation: { engineRateFactors: [] }
                  partPrices: { switch: 100000 }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 2, 100, 73);
        for (ArchitectureReliability a : r.architectures()) {
            ReliabilityCosts c = a.costs();
            assertThat(c.lostAcceleratorHoursPerYear()).isCloseTo(a.lostGpuHours().mean() * 8766 / (73 * 24.0),
                    within(1e-6));
            assertThat(c.technicianHoursPerYear()).isEqualTo(a.technicianHoursPerYear().mean());
            assertThat(c.sparesHeld()).isEqualTo(a.spares());
            a.partsPerYear().forEach((p, e) -> assertThat(c.partsPerYear().get(p)).isEqualTo(e.mean()));
            assertThat(c.prices().get(Part.PLUGGABLE_MODULE).value()).isEqualTo(800);
            assertThat(c.prices().get(Part.SWITCH).value()).isEqualTo(100_000);
            assertThat(c.prices().get(Part.SWITCH).status()).isEqualTo(org.cpolens.model.catalog.Status.ASSUMPTION);
            assertThat(c.partsUsdPerYear(Part.SWITCH).getAsDouble())
                    .isEqualTo(c.partsPerYear().get(Part.SWITCH) * 100_000);
            assertThat(c.unpricedParts()).contains(Part.NIC).doesNotContain(Part.SWITCH, Part.PLUGGABLE_MODULE);
            double priced = c.partsPerYear().get(Part.PLUGGABLE_MODULE) * 800 + c.partsPerYear().get(Part.SWITCH) * 100_000;
            assertThat(c.pricedPartsUsdPerYear()).isCloseTo(priced, within(1e-6));
        }
    }

    /**
     * The engine-rate sensitivity: at each factor the baseline (no engines) does not move, the CPO
     * architectures' interruptions and switch replacements rise with the factor, the point at 1x is
     * the headline run itself, and at the break-even factor the expected interruptions of CPO and
     * baseline are equal (expected interruptions are linear in the engine rate). Checked on Llama 3's
     * fabric, where at the bound CPO interrupts less than the pluggable baseline at 400G.
     */
    @Test
    void sensitivityMovesOnlyTheEngineArchitecturesAndTheBreakEvenIsExact() {
        ReliabilityInputs in = SimFixtures.small("""
                reliability:
                  simulation: { engineRateFactors: [0.1, 0.5, 1] }
                  job: { fabricInterruptProbability: 1 }
                """);
        ReliabilityResult r = ReliabilitySimulator.run(in, 6, 200, 120);
        EngineRateSensitivity s = r.engineRateSensitivity().orElseThrow();
        assertThat(s.factors()).containsExactly(0.1, 0.5, 1.0);
        assertThat(s.points()).hasSize(9);
        String base = in.architectures().get(0).id();
        for (double f : s.factors()) {
            assertThat(s.point(f, base).orElseThrow().interruptionsPerDay())
                    .isEqualTo(r.architectures().get(0).interruptionsPerDay());
            assertThat(s.point(f, base).orElseThrow().interruptionRatio()).isEqualTo(1.0);
        }
        for (String id : List.of("cpo-bailly-800g", "cpo-embedded-laser-800g")) {
            var p01 = s.point(0.1, id).orElseThrow();
            var p05 = s.point(0.5, id).orElseThrow();
            var p1 = s.point(1.0, id).orElseThrow();
            assertThat(p1.interruptionsPerDay()).isEqualTo(r.architecture(id).orElseThrow().interruptionsPerDay());
            assertThat(p01.analyticInterruptionsPerDay()).isLessThan(p05.analyticInterruptionsPerDay());
            assertThat(p05.analyticInterruptionsPerDay()).isLessThan(p1.analyticInterruptionsPerDay());
            // linear: the midpoint of 0.1 and 0.5 is 0.3, so 0.5 is 1/9 of the way ... check exact linearity
            double slope = (p1.analyticInterruptionsPerDay() - p05.analyticInterruptionsPerDay()) / 0.5;
            assertThat(p05.analyticInterruptionsPerDay() - p01.analyticInterruptionsPerDay())
                    .isCloseTo(slope * 0.4, within(1e-9));
            assertThat(p01.switchReplacementsPerYear().mean()).isLessThan(p1.switchReplacementsPerYear().mean());
            EngineRateSensitivity.BreakEven be = s.breakEvens().stream().filter(b -> b.architectureId().equals(id))
                    .findFirst().orElseThrow();
            double atBreakEven = ReliabilitySimulator.analyticInterruptionsPerDay(in.withEngineRateScaled(be.factor()),
                    in.architectures().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(), 120);
            assertThat(atBreakEven).isCloseTo(r.architectures().get(0).analytic().interruptionsPerDay(), within(1e-9));
        }
        assertThat(s.breakEvens()).extracting(EngineRateSensitivity.BreakEven::architectureId)
                .containsExactly("cpo-bailly-800g", "cpo-embedded-laser-800g");
    }

    /** No factors, or no architecture with engines: no sensitivity is run. */
    @Test
    void noSensitivityWithoutFactorsOrEngines() {
        ReliabilityInputs in = SimFixtures.small();
        assertThat(ReliabilitySimulator.run(in.withEngineRateFactors(List.of()), 1, 10, 10).engineRateSensitivity())
                .isEmpty();
        assertThat(ReliabilitySimulator.run(in.withArchitectures(List.of(in.baseline())), 1, 10, 10)
                .engineRateSensitivity()).isEmpty();
        assertThat(ReliabilitySimulator.run(in, 1, 10, 10).engineRateSensitivity()).isPresent();
    }
}
