package org.cpolens.model.sweep;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.ScaleUpLayer;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.fabric.ClusterSpec;

/**
 * A grid with every feasible fabric built once and flattened into primitive columns, ready for
 * {@link SweepEngine}. Fabric settings a switch cannot build (too many endpoints for its tiers, a
 * port speed its capacity does not divide into) are counted, not swept.
 *
 * <p>Designs are numbered {@code row = (fabric x combinations + combination) x architectures +
 * architecture}; a "group" is one fabric with one combination of swept figures, the unit in which
 * every architecture is placed and compared with the baseline.
 */
public final class SweepPlan {
    private final SweepGrid grid;
    private final int architectureCount;
    private final long combinations;

    // One entry per feasible fabric, in grid order.
    private final int fabricCount;
    private final long[] endpoints;
    private final double[] portGbps;
    private final int[] radix;
    private final int[] switchIndex;
    private final int[] tiersAsked;
    private final int[] tierCount;
    private final double[] oversubscription;
    private final boolean[] hostLinkOptical;
    private final long[] switchCount;
    private final long[] links;
    private final long[] switchPorts;
    /** Optical switch-side ends per tier, {@link #MAX_TIERS} per fabric, leaf first. */
    private final long[] tierEnds;
    private final long[] hostModules;
    /** Switches per tier, {@link #MAX_TIERS} per fabric, leaf first (for reliability costs). */
    private final long[] tierSwitches;
    /** Links per layer, {@link #MAX_TIERS} per fabric, host-leaf first. */
    private final long[] layerLinks;
    private final int[] planes;
    private final long[] accelerators;
    /** The scale-up layer's {@link ScaleUpLayer#VALUES} per fabric. */
    private final double[] scaleUp;
    private final int[] range;

    private final long infeasible;
    private final String infeasibleExample;

    // Architectures and figure axes, resolved to primitive slots.
    private final double[] baseParams;
    /** Architecture parameter blocks per group: the grid's architectures, then the NIC architecture when given. */
    private final int paramBlocks;
    private final int[] hostSideOf;
    private final boolean[] cpo;
    private final boolean[] hotSwappable;
    private final double[] baseSwitchPowerW;
    private final int[] axisArchitecture;
    private final int[] axisSwitch;
    private final int[] axisSlot;
    private final long[] axisStride;
    private final double[][] axisValues;
    private final boolean reliabilityVaries;
    /**
     * Per architecture, the innermost figure axis its kernel outputs read (its own figures on the
     * switch side, its host side's figures, switch base powers), or -1: see {@link #firstChangedAxis}.
     */
    private final int[] lastAxisRead;
    /** The builder the fabrics came from, to build one again for its bills of materials. */
    private final FabricBuilder builder;

    private SweepPlan(SweepGrid grid, FabricBuilder builder, int fabrics, Built[] built, long infeasible, String example) {
        this.grid = grid;
        this.builder = builder;
        this.architectureCount = grid.architectures().size();
        this.combinations = grid.figureCombinations();
        this.fabricCount = fabrics;
        endpoints = new long[fabrics];
        portGbps = new double[fabrics];
        radix = new int[fabrics];
        switchIndex = new int[fabrics];
        tiersAsked = new int[fabrics];
        tierCount = new int[fabrics];
        oversubscription = new double[fabrics];
        hostLinkOptical = new boolean[fabrics];
        switchCount = new long[fabrics];
        links = new long[fabrics];
        switchPorts = new long[fabrics];
        tierEnds = new long[fabrics * MAX_TIERS];
        hostModules = new long[fabrics];
        tierSwitches = new long[fabrics * MAX_TIERS];
        layerLinks = new long[fabrics * MAX_TIERS];
        planes = new int[fabrics];
        accelerators = new long[fabrics];
        scaleUp = new double[fabrics * ScaleUpLayer.VALUES];
        range = new int[fabrics];
        int i = 0;
        for (Built b : built) {
            if (b.whyNot != null) {
                continue;
            }
            endpoints[i] = b.endpoints;
            portGbps[i] = b.portGbps;
            radix[i] = b.radix;
            switchIndex[i] = b.switchIndex;
            tiersAsked[i] = b.tiersAsked;
            tierCount[i] = b.tierCount;
            oversubscription[i] = b.oversubscription;
            hostLinkOptical[i] = b.hostLinkOptical;
            switchCount[i] = b.switchCount;
            links[i] = b.links;
            switchPorts[i] = b.switchPorts;
            System.arraycopy(b.tierEnds, 0, tierEnds, i * MAX_TIERS, b.tierEnds.length);
            hostModules[i] = b.hostModules;
            System.arraycopy(b.tierSwitches, 0, tierSwitches, i * MAX_TIERS, b.tierSwitches.length);
            System.arraycopy(b.layerLinks, 0, layerLinks, i * MAX_TIERS, b.layerLinks.length);
            planes[i] = b.planes;
            accelerators[i] = b.accelerators;
            System.arraycopy(b.scaleUp, 0, scaleUp, i * ScaleUpLayer.VALUES, ScaleUpLayer.VALUES);
            range[i] = grid.rangeOf(b.endpoints);
            i++;
        }
        this.infeasible = infeasible;
        this.infeasibleExample = example;

        List<OpticsArchitecture> archs = grid.architectures();
        paramBlocks = architectureCount + (grid.nic().isPresent() ? 1 : 0);
        baseParams = new double[paramBlocks * DesignKernel.PARAMS];
        hostSideOf = new int[architectureCount];
        cpo = new boolean[architectureCount];
        hotSwappable = new boolean[architectureCount];
        grid.nic().ifPresent(n -> DesignKernel.params(n, baseParams, architectureCount * DesignKernel.PARAMS));
        for (int a = 0; a < architectureCount; a++) {
            DesignKernel.params(archs.get(a), baseParams, a * DesignKernel.PARAMS);
            hostSideOf[a] = grid.nic().isPresent() ? architectureCount : archs.get(a).replacesHostSide() ? a : 0;
            cpo[a] = archs.get(a).kind().isCpo();
            hotSwappable[a] = archs.get(a).hotSwappable();
        }
        List<SwitchSystem> switches = grid.switches();
        baseSwitchPowerW = new double[switches.size()];
        for (int s = 0; s < switches.size(); s++) {
            baseSwitchPowerW[s] = switches.get(s).basePowerW().value();
        }
        List<FigureAxis> axes = grid.figures();
        int n = axes.size();
        axisArchitecture = new int[n];
        axisSwitch = new int[n];
        axisSlot = new int[n];
        axisStride = new long[n];
        axisValues = new double[n][];
        long stride = 1;
        for (int x = n - 1; x >= 0; x--) {
            FigureAxis ax = axes.get(x);
            axisStride[x] = stride;
            stride *= ax.size();
            axisValues[x] = ax.values();
            axisArchitecture[x] = indexOfArchitecture(archs, ax.target());
            axisSwitch[x] = axisArchitecture[x] >= 0 ? -1 : indexOfSwitch(switches, ax.target());
            if (axisArchitecture[x] < 0 && axisSwitch[x] < 0) {
                throw InputException.field("figures", ax.column(), "names neither an architecture nor a switch of the grid",
                        "use an id listed under 'architectures' or 'switch'");
            }
            axisSlot[x] = axisArchitecture[x] >= 0 ? slotOf(ax) : -1;
        }
        boolean varies = false;
        for (int x = 0; x < n; x++) {
            int slot = axisSlot[x];
            varies |= slot == DesignKernel.P_ENGINE_GBPS || slot == DesignKernel.P_LASERS_PER_PORT
                    || slot == DesignKernel.P_PORTS_PER_LASER_MODULE;
        }
        reliabilityVaries = varies;
        lastAxisRead = new int[architectureCount];
        for (int a = 0; a < architectureCount; a++) {
            lastAxisRead[a] = -1;
            for (int x = 0; x < n; x++) {
                boolean reads = axisSwitch[x] >= 0
                        || axisArchitecture[x] == a && DesignKernel.reads(axisSlot[x], true)
                        || axisArchitecture[x] == hostSideOf[a] && DesignKernel.reads(axisSlot[x], false);
                if (reads) {
                    lastAxisRead[a] = x;
                }
            }
        }
    }

    /** What the sweep keeps of one built fabric (not the fabric: a million of those would not fit). */
    private record Built(long endpoints, double portGbps, int radix, int switchIndex, int tiersAsked, int tierCount,
                         double oversubscription, boolean hostLinkOptical, long switchCount, long links,
                         long switchPorts, long[] tierEnds, long hostModules, int planes, long accelerators,
                         double[] scaleUp, long[] tierSwitches, long[] layerLinks, String whyNot) {
        static Built of(Fabric f, int switchIndex, int tiersAsked, long accelerators, double[] scaleUp) {
            long[] ends = new long[f.tierCount()];
            long[] switches = new long[f.tierCount()];
            for (int t = 0; t < ends.length; t++) {
                ends[t] = f.opticalEndsOnTier(t);
                switches[t] = f.switchesOnTier(t);
            }
            long[] links = new long[f.linkLayers().size()];
            for (int i = 0; i < links.length; i++) {
                links[i] = f.linksOf(i);
            }
            return new Built(f.endpoints(), f.request().portGbps(), f.request().radix(), switchIndex, tiersAsked,
                    f.tierCount(), f.request().oversubscription(), f.linkLayers().get(0).optical(), f.switchCount(),
                    f.links(), f.opticalSwitchEnds(), ends, f.opticalHostEnds(), f.planes(), accelerators, scaleUp,
                    switches, links, null);
        }

        static Built skipped(String whyNot) {
            return new Built(0, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, new long[0], 0, 0, 0, new double[0], new long[0],
                    new long[0], whyNot);
        }
    }

    /** The most switch tiers a fabric has. */
    public static final int MAX_TIERS = 3;

    /** Most fabric settings one sweep builds: each is a fabric search, and each is kept in memory. */
    public static final long MAX_FABRIC_SETTINGS = 2_000_000L;

    /**
     * Builds every fabric setting of the grid on {@code threads} threads; the result does not
     * depend on the thread count.
     */
    public static SweepPlan build(SweepGrid grid, FabricBuilder builder, int threads) {
        long settings = grid.fabricSettings();
        if (settings > MAX_FABRIC_SETTINGS) {
            throw InputException.field("grid", String.format(java.util.Locale.ROOT, "%,d fabric settings", settings),
                    "more fabric settings than one sweep builds (" + String.format(java.util.Locale.ROOT, "%,d",
                            MAX_FABRIC_SETTINGS) + ")",
                    "fewer endpoint values or switches; figure axes cost no fabric, so sweep prices and watts freely");
        }
        int k = (int) settings;
        Built[] built = new Built[k];
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, k).parallel().forEach(i -> built[i] = buildSetting(grid, builder, i))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building fabrics", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        int feasible = 0;
        long infeasible = 0;
        String example = null;
        for (Built b : built) {
            if (b.whyNot == null) {
                feasible++;
            } else {
                infeasible++;
                if (example == null) {
                    example = b.whyNot;
                }
            }
        }
        return new SweepPlan(grid, builder, feasible, built, infeasible, example);
    }

    /** Builds fabric setting {@code i}; the last axis (host link) changes fastest. */
    private static Built buildSetting(SweepGrid grid, FabricBuilder builder, long i) {
        int planeCount = grid.planes().length;
        int hostLinks = grid.hostLinks().size();
        int overs = grid.oversubscription().length;
        int tiers = grid.tiers().length;
        int switches = grid.switches().size();
        int speeds = grid.speedCount();
        int planes = grid.planes()[(int) (i % planeCount)];
        i /= planeCount;
        HostLink hostLink = grid.hostLinks().get((int) (i % hostLinks));
        i /= hostLinks;
        double over = grid.oversubscription()[(int) (i % overs)];
        i /= overs;
        int tiersAsked = grid.tiers()[(int) (i % tiers)];
        i /= tiers;
        int sw = (int) (i % switches);
        i /= switches;
        int speedIndex = (int) (i % speeds);
        i /= speeds;
        long n = grid.endpoints()[(int) i];
        SwitchSystem s = grid.switches().get(sw);
        double gbps = grid.endpointGbps().length == 0 ? s.portGbps() : grid.endpointGbps()[speedIndex];
        double ports = s.radix() * s.portGbps() / gbps;
        if (ports != Math.rint(ports) || ports < 2 || ports > FabricRequest.MAX_RADIX) {
            return Built.skipped(s.id() + " (" + s.radix() + " x " + Numbers.plain(s.portGbps())
                    + "G) does not split into 2.." + FabricRequest.MAX_RADIX + " ports of " + Numbers.plain(gbps) + "G");
        }
        int k = (int) ports;
        if (over > k - 1) {
            return Built.skipped("oversubscription " + Numbers.plain(over) + " is not below radix " + k + " of " + s.id());
        }
        if (n % planes != 0) {
            return Built.skipped(String.format(java.util.Locale.ROOT, "%d planes do not divide %,d endpoints", planes, n));
        }
        int maxTiers = tiersAsked == 0 ? 3 : tiersAsked;
        long max = builder.maxEndpoints(k, maxTiers, over) * planes;
        if (n > max) {
            return Built.skipped(String.format(java.util.Locale.ROOT,
                    "%,d endpoints on %s%d tier(s) of radix %d at %s:1: the most is %,d", n,
                    planes > 1 ? planes + " planes of " : "", maxTiers, k, Numbers.plain(over), max));
        }
        long accelerators = grid.scaleOutGbpsPerAccelerator() > 0
                ? Math.round(n * gbps / grid.scaleOutGbpsPerAccelerator()) : n;
        if (accelerators < 1) {
            return Built.skipped(String.format(java.util.Locale.ROOT, "%,d endpoints of %sG carry less than one "
                    + "accelerator's %sG", n, Numbers.plain(gbps), Numbers.plain(grid.scaleOutGbpsPerAccelerator())));
        }
        double[] su = new double[ScaleUpLayer.VALUES];
        if (grid.scaleUp().isPresent()) {
            if (grid.scaleUp().get().domainSize() > accelerators) {
                return Built.skipped(String.format(java.util.Locale.ROOT, "a scale-up domain of %,d is larger than %,d "
                        + "accelerators", grid.scaleUp().get().domainSize(), accelerators));
            }
            ScaleUpLayer.of(grid.scaleUp().get(), accelerators).values(su, 0);
        }
        try {
            return Built.of(builder.build(new FabricRequest(n, k, gbps, tiersAsked, over, hostLink, planes)), sw,
                    tiersAsked, accelerators, su);
        } catch (InputException e) {
            return Built.skipped(e.getMessage());
        }
    }

    private static int indexOfArchitecture(List<OpticsArchitecture> archs, String id) {
        for (int i = 0; i < archs.size(); i++) {
            if (archs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfSwitch(List<SwitchSystem> switches, String id) {
        for (int i = 0; i < switches.size(); i++) {
            if (switches.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The kernel slot of an architecture figure. */
    static int slotOf(FigureAxis ax) {
        return ArchitectureFigure.fromKey(ax.figure()).orElseThrow(() -> InputException.field("figures", ax.column(),
                "is not a figure an architecture has", "one of " + String.join(", ", ArchitectureFigure.keys()))).slot();
    }

    // ---- the engine's view

    /**
     * Writes the architecture parameters and switch base powers of one figure combination.
     *
     * @param params      receives {@code architectures x PARAMS} doubles from index {@code at}
     * @param switchBaseW one per switch of the grid
     */
    public void parameters(long combination, double[] params, int at, double[] switchBaseW) {
        System.arraycopy(baseParams, 0, params, at, baseParams.length);
        System.arraycopy(baseSwitchPowerW, 0, switchBaseW, 0, baseSwitchPowerW.length);
        for (int x = 0; x < axisStride.length; x++) {
            double v = axisValues[x][(int) (combination / axisStride[x] % axisValues[x].length)];
            if (axisArchitecture[x] >= 0) {
                params[at + axisArchitecture[x] * DesignKernel.PARAMS + axisSlot[x]] = v;
            } else {
                switchBaseW[axisSwitch[x]] = v;
            }
        }
    }

    /**
     * The outermost figure axis whose value differs between combinations {@code combination - 1}
     * and {@code combination} (at least 1): every axis inside it changes too, none outside it.
     */
    public int firstChangedAxis(long combination) {
        int x = axisStride.length - 1;
        while (x > 0 && combination % axisStride[x - 1] == 0) {
            x--;
        }
        return x;
    }

    /**
     * Whether architecture {@code architecture}'s kernel outputs, but for the comparison with the
     * baseline, can differ between two combinations of one fabric that differ from axis
     * {@code firstChangedAxis} inwards: when not, the sweep copies them.
     */
    public boolean readsAxesFrom(int architecture, int firstChangedAxis) {
        return lastAxisRead[architecture] >= firstChangedAxis;
    }

    /** Index of the value swept figure axis {@code axis} takes in {@code combination}. */
    public int axisIndex(int axis, long combination) {
        return (int) (combination / axisStride[axis] % axisValues[axis].length);
    }

    public SweepGrid grid() {
        return grid;
    }

    public int architectureCount() {
        return architectureCount;
    }

    public long combinations() {
        return combinations;
    }

    public int fabricCount() {
        return fabricCount;
    }

    /** Groups: feasible fabrics x figure combinations. */
    public long groups() {
        return fabricCount * combinations;
    }

    /** Designs that will be evaluated and written: groups x architectures. */
    public long rows() {
        return groups() * architectureCount;
    }

    /** Fabric settings skipped because the switch cannot build them. */
    public long infeasibleFabrics() {
        return infeasible;
    }

    /** Why the first skipped setting could not be built, or null. */
    public String infeasibleExample() {
        return infeasibleExample;
    }

    /** The parameter block of architecture {@code architecture}'s host (NIC) side: its own, the baseline's or the NIC's. */
    public int hostSideOf(int architecture) {
        return hostSideOf[architecture];
    }

    /** The id of the architecture on {@code architecture}'s host (NIC) side. */
    public String hostSideId(int architecture) {
        int h = hostSideOf[architecture];
        return h < architectureCount ? grid.architectures().get(h).id() : grid.nic().orElseThrow().id();
    }

    public boolean isCpo(int architecture) {
        return cpo[architecture];
    }

    public long endpoints(int f) {
        return endpoints[f];
    }

    public double portGbps(int f) {
        return portGbps[f];
    }

    public int radix(int f) {
        return radix[f];
    }

    public int switchIndex(int f) {
        return switchIndex[f];
    }

    public int tiersAsked(int f) {
        return tiersAsked[f];
    }

    public int tierCount(int f) {
        return tierCount[f];
    }

    public double oversubscription(int f) {
        return oversubscription[f];
    }

    public boolean hostLinkOptical(int f) {
        return hostLinkOptical[f];
    }

    public long switchCount(int f) {
        return switchCount[f];
    }

    public long links(int f) {
        return links[f];
    }

    public long switchPorts(int f) {
        return switchPorts[f];
    }

    /** The first of fabric {@code f}'s {@link #MAX_TIERS} per-tier optical end counts in {@link #tierEnds()}. */
    public int tierEndsAt(int f) {
        return f * MAX_TIERS;
    }

    /** Optical switch-side ends per tier of every fabric; read with {@link #tierEndsAt}. Not to be written. */
    long[] tierEnds() {
        return tierEnds;
    }

    /** Optical switch-side ends on tier {@code tier} (leaf = 0) of fabric {@code f}; 0 above its tiers. */
    public long tierEnds(int f, int tier) {
        return tierEnds[f * MAX_TIERS + tier];
    }

    /** Scale-up layer value {@code what} ({@link ScaleUpLayer} index) of fabric {@code f}. */
    public double scaleUp(int f, int what) {
        return scaleUp[f * ScaleUpLayer.VALUES + what];
    }

    public int planes(int f) {
        return planes[f];
    }

    public long accelerators(int f) {
        return accelerators[f];
    }

    /** The scale-up layer values of fabric {@code f} in {@link #scaleUpValues()}. */
    public int scaleUpAt(int f) {
        return f * ScaleUpLayer.VALUES;
    }

    /** Scale-up layer values of every fabric; read with {@link #scaleUpAt}. Not to be written. */
    double[] scaleUpValues() {
        return scaleUp;
    }

    /** Architecture parameter blocks per group (the grid's architectures, and the NIC's when given). */
    public int paramBlocks() {
        return paramBlocks;
    }

    public long hostModules(int f) {
        return hostModules[f];
    }

    /** Switches per tier of every fabric, read from {@link #tierEndsAt}; not to be written. */
    long[] tierSwitches() {
        return tierSwitches;
    }

    /** Links per layer of every fabric, read from {@link #tierEndsAt} (one layer per tier); not to be written. */
    long[] layerLinks() {
        return layerLinks;
    }

    /** Optical links of fabric {@code f}: every layer but a copper host layer. */
    public long fibers(int f) {
        return hostLinkOptical[f] ? links[f] : links[f] - layerLinks[f * MAX_TIERS];
    }

    /** One switch's capacity in Tb/s. */
    public double switchTbps(int f) {
        return radix[f] * portGbps[f] / 1000.0;
    }

    /**
     * Whether a swept figure changes what fails (engine size, lasers per port, ports per laser
     * module): then the closed-form reliability is taken per group, else once per fabric.
     */
    public boolean reliabilityVaries() {
        return reliabilityVaries;
    }

    /**
     * Fabric {@code f} built again with every architecture placed on it, their figures as combination
     * {@code combination} sets them: the bills of materials the closed-form reliability costs read.
     * A fabric search and an evaluation: for once per fabric, not per design.
     */
    public Evaluation evaluation(int f, long combination) {
        SwitchSystem sw = grid.switches().get(switchIndex[f]);
        FabricRequest req = new FabricRequest(endpoints[f], radix[f], portGbps[f], tiersAsked[f], oversubscription[f],
                hostLinkOptical[f] ? HostLink.OPTICAL : HostLink.COPPER, planes[f]);
        List<OpticsArchitecture> archs = new java.util.ArrayList<>(grid.architectures());
        for (int x = 0; x < axisStride.length; x++) {
            int a = axisArchitecture[x];
            if (a >= 0) {
                ArchitectureFigure fig = ArchitectureFigure.fromKey(grid.figures().get(x).figure()).orElseThrow();
                double v = axisValues[x][axisIndex(x, combination)];
                archs.set(a, archs.get(a).with(fig, archs.get(a).figure(fig).withValue(v)));
            }
        }
        Interconnect ic = new Interconnect(grid.name(), "", new ClusterSpec(endpoints[f], portGbps[f], accelerators[f],
                grid.wattsPerAccelerator()), sw, req, archs, grid.nic(), grid.scaleUp(),
                Figure.of(0, "mm", "not used: bills of materials only", Status.ASSUMPTION));
        return InterconnectEvaluator.standard().evaluate(ic, builder.build(req));
    }

    public boolean isHotSwappable(int architecture) {
        return hotSwappable[architecture];
    }

    /** Which architectures are CPO; not to be written. */
    boolean[] cpoFlags() {
        return cpo;
    }

    /** Summary range of fabric {@code f}, or -1. */
    public int range(int f) {
        return range[f];
    }
}
