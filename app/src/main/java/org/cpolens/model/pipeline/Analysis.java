package org.cpolens.model.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.market.AcceleratorFleet;
import org.cpolens.model.market.FabricDemand;
import org.cpolens.model.market.Platform;
import org.cpolens.model.market.PlatformBom;
import org.cpolens.model.market.PlatformDemand;
import org.cpolens.model.market.PlatformReading;
import org.cpolens.model.market.MarketEngine;
import org.cpolens.model.market.MarketInputs;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;
import org.cpolens.model.supply.ClusterDemand;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.ExposureCalculator;
import org.cpolens.model.supply.MarketDemand;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.supply.SupplySettings;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.fabric.ClusterSpec;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepMap;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.tco.TcoModel;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoSettings;

/**
 * The run pipeline: builds the scenario's fabric once, places every architecture on it once (the
 * compared ones and those other stages need), then runs the stages asked for in order. Every face
 * of CPO Lens calls it, with the scenario's own run defaults unless told otherwise, so the same
 * scenario, seed and trials give the same figures everywhere.
 */
public final class Analysis {
    /** The stages after the evaluation, in the order they run. */
    public enum Stage { MARKET, SUPPLY, SIGNALS, RELIABILITY, TCO }

    /**
     * How to run.
     *
     * @param seed              every random draw derives from it
     * @param marketTrials      Monte Carlo trials of the market
     * @param reliabilityTrials Monte Carlo trials of the fault simulation
     * @param reliabilityDays   simulated horizon
     * @param tcoTrials         Monte Carlo trials of the cost of ownership
     * @param stop              asked between chunks of Monte Carlo trials; true ends the run with a
     *                          CancellationException (the dashboard's client went away)
     */
    public record Options(long seed, int marketTrials, int reliabilityTrials, double reliabilityDays, Set<Stage> stages,
                          int tcoTrials, BooleanSupplier stop) {
        public Options {
            stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        }

        /** The scenario's run defaults for {@code stages}. */
        public static Options defaults(Scenario s, Set<Stage> stages) {
            return new Options(s.run().seed(), s.run().marketTrials(), s.reliability().defaultTrials(),
                    s.reliability().defaultDays(), stages, s.tco().trials(), () -> false);
        }

        public Options withSeed(long newSeed) {
            return new Options(newSeed, marketTrials, reliabilityTrials, reliabilityDays, stages, tcoTrials, stop);
        }

        public Options withMarketTrials(int trials) {
            return new Options(seed, trials, reliabilityTrials, reliabilityDays, stages, tcoTrials, stop);
        }

        public Options withReliability(int trials, double days) {
            return new Options(seed, marketTrials, trials, days, stages, tcoTrials, stop);
        }

        public Options withTcoTrials(int trials) {
            return new Options(seed, marketTrials, reliabilityTrials, reliabilityDays, stages, trials, stop);
        }

        public Options withStop(BooleanSupplier newStop) {
            return new Options(seed, marketTrials, reliabilityTrials, reliabilityDays, stages, tcoTrials, newStop);
        }
    }

    /** Hears each stage as it starts, to show progress. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = stage -> { };

        void stage(String description);
    }

    private Analysis() {
    }

    /** The evaluation alone: the fabric and every architecture of the scenario on it. */
    public static Evaluation evaluate(Scenario s) {
        return run(s, null, null, Options.defaults(s, Set.of()), Progress.NONE).evaluation();
    }

    /**
     * Runs the pipeline.
     *
     * @param chain   the supply catalog; needed only for {@link Stage#SUPPLY}
     * @param signals loads the revenue signals (an I/O step the caller supplies); needed only for
     *                {@link Stage#SIGNALS}
     */
    public static AnalysisResult run(Scenario s, SupplyChain chain, Supplier<SignalsReport> signals, Options o,
                                     Progress progress) {
        return run(s, chain, signals, o, progress, true);
    }

    /** With {@code runStages} false, only the fabric and the evaluation (with every extra the stages need). */
    private static AnalysisResult run(Scenario s, SupplyChain chain, Supplier<SignalsReport> signals, Options o,
                                      Progress progress, boolean runStages) {
        Set<Stage> stages = o.stages();
        progress.stage("building the fabric and placing each architecture");
        Fabric fabric = FabricBuilder.foldedClos().build(s.interconnect().fabricRequest());
        List<OpticsArchitecture> extras = new ArrayList<>();
        if (stages.contains(Stage.MARKET) || stages.contains(Stage.SUPPLY)) {
            extras.add(s.cpoArchitecture());
        }
        boolean simulate = stages.contains(Stage.RELIABILITY) || (stages.contains(Stage.TCO)
                && s.tco().reliability() == TcoSettings.ReliabilitySource.SIMULATED);
        if (simulate) {
            extras.addAll(s.reliability().architectures());
        }
        Evaluation e = InterconnectEvaluator.standard().evaluate(s.interconnect(), fabric, extras);
        if (!runStages) {
            return new AnalysisResult(s, o.seed(), e, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        Optional<MarketResult> market = Optional.empty();
        if (stages.contains(Stage.MARKET)) {
            progress.stage("market: forecasts, bottom-up demand, " + String.format(java.util.Locale.ROOT, "%,d",
                    o.marketTrials()) + " Monte Carlo trials");
            market = Optional.of(MarketEngine.run(marketInputs(s, e), o.seed(), o.marketTrials(), o.stop()));
        }

        Optional<AnalysisResult.SupplyOutcome> supply = Optional.empty();
        if (stages.contains(Stage.SUPPLY)) {
            progress.stage("supply chain: graph and company exposure");
            List<ComponentDemand> demand = demand(s, chain, e, market);
            supply = Optional.of(new AnalysisResult.SupplyOutcome(chain, demand, ExposureCalculator.compute(chain, demand)));
        }

        Optional<SignalsReport> signalsReport = Optional.empty();
        if (stages.contains(Stage.SIGNALS)) {
            progress.stage("revenue signals");
            signalsReport = Optional.of(signals.get());
        }

        Optional<ReliabilityResult> reliability = Optional.empty();
        if (simulate) {
            progress.stage("reliability: fault simulation");
            reliability = Optional.of(ReliabilitySimulator.run(reliabilityInputs(s, e), o.seed(), o.reliabilityTrials(),
                    o.reliabilityDays()));
        }
        Optional<TcoResult> tco = Optional.empty();
        if (stages.contains(Stage.TCO)) {
            progress.stage("cost of ownership: TCO, break-evens, " + String.format(java.util.Locale.ROOT, "%,d",
                    o.tcoTrials()) + " Monte Carlo trials");
            tco = Optional.of(TcoModel.run(e, s.tco(), s.reliability(), reliability, o.seed(), o.tcoTrials(),
                    tcoBySize(s, e)));
        }
        return new AnalysisResult(s, o.seed(), e, market, supply, signalsReport, reliability, tco);
    }

    /** Most cluster sizes the cost-of-ownership stage gives break-evens for. */
    static final int SIZES = 12;

    /**
     * The studied CPO's TCO break-evens at other cluster sizes: the scenario's fabric settings and
     * architectures swept over powers of two from 1,024 endpoints (and the scenario's own size) up to
     * what its switch builds, as the "where CPO wins" map computes them (reliability in closed form).
     */
    static List<TcoResult.SizeBreakEven> tcoBySize(Scenario s, Evaluation e) {
        OpticsArchitecture cpo = s.interconnect().studied();
        if (!cpo.kind().isCpo() || s.architectures().stream().allMatch(a -> a.kind().isCpo())) {
            return List.of();
        }
        FabricRequest req = s.interconnect().fabricRequest();
        FabricBuilder builder = FabricBuilder.foldedClos();
        long max = builder.maxEndpoints(req.radix(), req.tiers() == 0 ? 3 : req.tiers(), req.oversubscription());
        java.util.TreeSet<Long> sizes = new java.util.TreeSet<>();
        for (long n = 1024; n <= max && sizes.size() < SIZES - 1; n *= 2) {
            sizes.add(n);
        }
        sizes.add(req.endpoints());
        long[] xs = sizes.stream().mapToLong(Long::longValue).toArray();
        ClusterSpec c = s.cluster();
        SweepGrid grid = new SweepGrid(s.name() + "-tco-by-size", "", xs, new double[0], List.of(s.interconnect().switchSystem()),
                new int[] {req.tiers()}, new double[] {req.oversubscription()}, List.of(req.hostLink()), s.architectures(),
                List.of(new FigureAxis(cpo.id(), ArchitectureFigure.COST_PER_PORT_USD.key(), "USD",
                        new double[] {cpo.value(ArchitectureFigure.COST_PER_PORT_USD)})),
                c.wattsPerAccelerator(), null, new int[] {req.planes()}, c.scaleOutGbpsPerAccelerator(),
                s.interconnect().nic(), s.interconnect().scaleUp(), org.cpolens.model.tco.Pricing.of(s.tco(), s.reliability()));
        SweepMap map = SweepMap.of(SweepPlan.build(grid, builder, 1));
        List<TcoResult.SizeBreakEven> out = new ArrayList<>();
        for (int x = 0; x < xs.length; x++) {
            long accelerators = Math.round(xs[x] * req.portGbps() / c.scaleOutGbpsPerAccelerator());
            out.add(new TcoResult.SizeBreakEven(xs[x], accelerators, map.tiersUsed().get(x),
                    map.bestOtherTco().get(x), map.tcoPriceBreakEven().get(x), map.tcoWattsBreakEven().get(x),
                    map.tcoAdvantage().get(0).get(x)));
        }
        return out;
    }

    /** The market inputs of a scenario: its settings with the CPO architecture's bill of materials. */
    public static MarketInputs marketInputs(Scenario s) {
        return marketInputs(s, run(s, null, null, Options.defaults(s, Set.of(Stage.MARKET)).withMarketTrials(1),
                Progress.NONE, false).evaluation());
    }

    static MarketInputs marketInputs(Scenario s, Evaluation e) {
        BillOfMaterials cpo = e.result(s.cpoArchitecture().id()).orElseThrow().bom();
        FabricDemand demand = FabricDemand.of(s.name(), cpo, e.fabric().request().portGbps(),
                s.market().lasersPerWafer().value(), e.interconnect().cluster().scaleOutGbpsPerAccelerator());
        return s.market().inputs(demand, fleetDemand(s.market().fleet()));
    }

    /**
     * Every platform reading's bill of materials per accelerator: each distinct representative
     * scenario of the fleet is built and evaluated once (several platforms share one).
     */
    public static List<PlatformDemand> fleetDemand(AcceleratorFleet fleet) {
        Map<String, PlatformBom> byScenario = new LinkedHashMap<>();
        List<PlatformDemand> out = new ArrayList<>();
        for (Platform p : fleet.platforms()) {
            List<PlatformBom> boms = new ArrayList<>();
            for (PlatformReading r : p.readings()) {
                boms.add(byScenario.computeIfAbsent(r.scenario(), k -> PlatformBom.of(evaluate(r.interconnect()))));
            }
            out.add(new PlatformDemand(p, boms));
        }
        return out;
    }

    /** One interconnect's fabric and architectures, as a platform of the fleet needs them. */
    private static Evaluation evaluate(Interconnect ic) {
        Fabric f = FabricBuilder.foldedClos().build(ic.fabricRequest());
        return InterconnectEvaluator.standard().evaluate(ic, f, List.of());
    }

    /** The reliability inputs of a scenario: its settings with each simulated architecture's bill of materials. */
    public static ReliabilityInputs reliabilityInputs(Scenario s) {
        return reliabilityInputs(s, run(s, null, null, Options.defaults(s, Set.of(Stage.RELIABILITY)), Progress.NONE,
                false).evaluation());
    }

    static ReliabilityInputs reliabilityInputs(Scenario s, Evaluation e) {
        Map<String, BillOfMaterials> boms = new LinkedHashMap<>();
        for (OpticsArchitecture a : s.reliability().architectures()) {
            boms.put(a.id(), e.result(a.id()).orElseThrow().bom());
        }
        return ReliabilityInputs.of(s.reliability(), s.name(), s.cluster().accelerators(), s.interconnect().baseline(),
                boms);
    }

    /**
     * The unit demand exposure uses: the scenario's written-out {@code supply.demand}; else, when
     * the scenario has a supply section, the bill of materials of its {@code supply.architecture}
     * (or its CPO) times the section's (or the catalog's) clusters in one year; else the market's
     * CPO units per year (every layer of the fleet), so the market and the supply chain count the
     * same hardware.
     */
    public static List<ComponentDemand> demand(Scenario s, SupplyChain chain, Evaluation e,
                                               Optional<MarketResult> market) {
        SupplySettings st = s.supply();
        if (!st.explicit().isEmpty()) {
            return st.explicit();
        }
        if (!st.given() && market.isPresent()) {
            return MarketDemand.fromMarket(chain, market.get());
        }
        String arch = st.architecture().orElse(s.cpoArchitecture().id());
        ArchitectureResult r = e.result(arch).orElseThrow(() -> InputException.field("supply.architecture", arch,
                "not an architecture of scenario " + s.name(),
                "use one of " + String.join(", ", e.architectures().stream().map(ArchitectureResult::id).toList())));
        int year = st.year().orElse((int) chain.defaultDemand().year().value());
        double clusters = st.clustersPerYear().orElse(chain.defaultDemand().clustersPerYear().value());
        return List.of(ClusterDemand.derive(chain, r.bom(), year, clusters));
    }
}
