package org.cpolens.model.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.HostLink;

/**
 * A design space: every combination of the axes is one fabric setting, every fabric setting meets
 * every combination of swept figures, and every such pair places every architecture. Axes keep the
 * order the user gave; the row order of a sweep follows the order of the fields here, the last
 * (architecture) changing fastest.
 *
 * @param endpoints          host ports at the fabric's port speed
 * @param endpointGbps       port speeds to run each switch at (its capacity split into that many
 *                           ports); empty runs each switch at its own speed
 * @param tiers              1, 2, 3, or 0 for the fewest that fit
 * @param architectures      the first is the baseline the others' savings are measured against
 * @param wattsPerAccelerator for the extra-accelerators column; 0 leaves it empty
 * @param rangeBounds        ascending endpoint bounds of the summary's ranges: range i holds
 *                           {@code [rangeBounds[i], rangeBounds[i+1])}, the last also its upper bound
 * @param planes             planes (rails) the endpoints are spread over; the innermost fabric axis
 * @param scaleOutGbpsPerAccelerator accelerators = endpoints x port speed / this; 0: one accelerator per endpoint
 * @param nic                the NIC-side architecture of every design, or empty for the usual rule
 * @param scaleUp            the scale-up layer of every design, or empty
 */
public record SweepGrid(String name, String description, long[] endpoints, double[] endpointGbps,
                        List<SwitchSystem> switches, int[] tiers, double[] oversubscription, List<HostLink> hostLinks,
                        List<OpticsArchitecture> architectures, List<FigureAxis> figures, double wattsPerAccelerator,
                        long[] rangeBounds, int[] planes, double scaleOutGbpsPerAccelerator,
                        java.util.Optional<OpticsArchitecture> nic, java.util.Optional<org.cpolens.model.eval.ScaleUpSpec> scaleUp) {

    /** Figures of a switch that a grid may sweep. */
    public static final List<String> SWITCH_FIGURES = List.of("basePowerW");

    public SweepGrid {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        endpoints = endpoints.clone();
        endpointGbps = endpointGbps.clone();
        planes = planes == null || planes.length == 0 ? new int[] {1} : planes.clone();
        Objects.requireNonNull(nic, "nic");
        Objects.requireNonNull(scaleUp, "scaleUp");
        tiers = tiers.clone();
        oversubscription = oversubscription.clone();
        switches = List.copyOf(switches);
        hostLinks = List.copyOf(hostLinks);
        architectures = List.copyOf(architectures);
        figures = List.copyOf(figures);
        nonEmpty("endpoints", endpoints.length);
        nonEmpty("switch", switches.size());
        nonEmpty("tiers", tiers.length);
        nonEmpty("oversubscription", oversubscription.length);
        nonEmpty("hostLink", hostLinks.size());
        nonEmpty("architectures", architectures.size());
        if (!architectures.get(0).replacesHostSide()) {
            throw InputException.field("architectures[0]", architectures.get(0).id(),
                    "the first (baseline) architecture must cover host-side modules too",
                    "put a pluggable such as pluggable-dsp-800g first; CPO keeps the baseline's host side");
        }
        rangeBounds = rangeBounds == null || rangeBounds.length == 0 ? decades(endpoints) : rangeBounds.clone();
        for (int i = 1; i < rangeBounds.length; i++) {
            if (rangeBounds[i] <= rangeBounds[i - 1]) {
                throw InputException.field("ranges", Arrays.toString(rangeBounds), "must be strictly ascending",
                        "e.g. [1000, 10000, 100000, 1000000]");
            }
        }
    }

    private static void nonEmpty(String axis, int size) {
        if (size == 0) {
            throw InputException.field(axis, "[]", "the axis has no values, so the grid has no designs",
                    "give at least one value, or leave the key out to take its default");
        }
    }

    /** Decade bounds 10^a .. 10^b that cover the endpoint axis. */
    static long[] decades(long[] endpoints) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long e : endpoints) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        List<Long> b = new ArrayList<>();
        long p = 1;
        while (p * 10 <= min) {
            p *= 10;
        }
        b.add(p);
        while (p <= max) {
            p *= 10;
            b.add(p);
        }
        return b.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public long[] endpoints() {
        return endpoints.clone();
    }

    @Override
    public double[] endpointGbps() {
        return endpointGbps.clone();
    }

    @Override
    public int[] tiers() {
        return tiers.clone();
    }

    @Override
    public double[] oversubscription() {
        return oversubscription.clone();
    }

    /** A grid of one-plane fabrics, no NIC or scale-up layer, one accelerator per endpoint. */
    public SweepGrid(String name, String description, long[] endpoints, double[] endpointGbps,
                     List<SwitchSystem> switches, int[] tiers, double[] oversubscription, List<HostLink> hostLinks,
                     List<OpticsArchitecture> architectures, List<FigureAxis> figures, double wattsPerAccelerator,
                     long[] rangeBounds) {
        this(name, description, endpoints, endpointGbps, switches, tiers, oversubscription, hostLinks, architectures,
                figures, wattsPerAccelerator, rangeBounds, new int[] {1}, 0, java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    @Override
    public int[] planes() {
        return planes.clone();
    }

    @Override
    public long[] rangeBounds() {
        return rangeBounds.clone();
    }

    /** Port speeds on the speed axis, or 1 when each switch keeps its own. */
    public int speedCount() {
        return Math.max(1, endpointGbps.length);
    }

    /** Fabric settings: endpoints x speeds x switches x tiers x oversubscription x host links. */
    public long fabricSettings() {
        return times(times(times(times(times(times(endpoints.length, speedCount()), switches.size()), tiers.length),
                oversubscription.length), hostLinks.size()), planes.length);
    }

    /** Combinations of swept figures (1 when none is swept). */
    public long figureCombinations() {
        long n = 1;
        for (FigureAxis f : figures) {
            n = times(n, f.size());
        }
        return n;
    }

    /** Every design the grid names, feasible or not; {@link Long#MAX_VALUE} when it overflows. */
    public long designCount() {
        return times(times(fabricSettings(), figureCombinations()), architectures.size());
    }

    /** Range index of an endpoint count, or -1 when outside every range. */
    public int rangeOf(long endpointCount) {
        int n = rangeBounds.length;
        if (n < 2 || endpointCount < rangeBounds[0] || endpointCount > rangeBounds[n - 1]) {
            return -1;
        }
        for (int i = n - 2; i > 0; i--) {
            if (endpointCount >= rangeBounds[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Number of summary ranges. */
    public int rangeCount() {
        return Math.max(0, rangeBounds.length - 1);
    }

    static long times(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepGrid g && g.name.equals(name) && g.description.equals(description)
                && Arrays.equals(g.endpoints, endpoints) && Arrays.equals(g.endpointGbps, endpointGbps)
                && g.switches.equals(switches) && Arrays.equals(g.tiers, tiers)
                && Arrays.equals(g.oversubscription, oversubscription) && g.hostLinks.equals(hostLinks)
                && g.architectures.equals(architectures) && g.figures.equals(figures)
                && g.wattsPerAccelerator == wattsPerAccelerator && Arrays.equals(g.rangeBounds, rangeBounds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(endpoints), switches, architectures, figures);
    }

    @Override
    public String toString() {
        return "SweepGrid[" + name + ", " + designCount() + " designs]";
    }
}
