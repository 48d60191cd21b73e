package org.cpolens.model.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What one architecture puts into one cluster, counted once by the evaluator: per tier and side the
 * ends, engines, lasers, laser modules, FAUs, watts and price; per link layer the cables. Market,
 * supply chain and reliability read their counts here instead of deriving them again.
 *
 * @param architectureId the architecture compared (its switch-side optics)
 * @param accelerators   accelerators in the cluster, for per-accelerator figures
 * @param portGbps       the fabric's port speed
 * @param switches       switches per tier, leaf first
 * @param nics           NIC ports (one per endpoint)
 */
public record BillOfMaterials(String architectureId, long accelerators, double portGbps, List<String> tierNames, List<Long> switches,
                              long nics, List<BomLine> lines, List<BomLink> links) {
    public BillOfMaterials {
        tierNames = List.copyOf(tierNames);
        switches = List.copyOf(switches);
        lines = List.copyOf(lines);
        links = List.copyOf(links);
    }

    public List<BomLine> lines(OpticsLayer layer) {
        return lines.stream().filter(l -> l.layer() == layer).toList();
    }

    /** The lines carrying this bill's own architecture: on CPO, the switch side only. */
    public List<BomLine> ownLines() {
        return lines.stream().filter(l -> l.architectureId().equals(architectureId)).toList();
    }

    public long ends(OpticsLayer layer) {
        long n = 0;
        for (BomLine l : lines) {
            if (l.layer() == layer) {
                n += l.ends();
            }
        }
        return n;
    }

    /** A quantity summed over the lines of one layer, e.g. {@code sum(SWITCH, BomLine::engines)}. */
    public double sum(OpticsLayer layer, ToDoubleFunction<BomLine> quantity) {
        double s = 0;
        for (BomLine l : lines) {
            if (l.layer() == layer) {
                s += quantity.applyAsDouble(l);
            }
        }
        return s;
    }

    /** A quantity summed over the lines of this bill's own architecture. */
    public double own(ToDoubleFunction<BomLine> quantity) {
        double s = 0;
        for (BomLine l : lines) {
            if (l.architectureId().equals(architectureId)) {
                s += quantity.applyAsDouble(l);
            }
        }
        return s;
    }

    /** Ends of this bill's own architecture. */
    public long ownEnds() {
        long n = 0;
        for (BomLine l : lines) {
            if (l.architectureId().equals(architectureId)) {
                n += l.ends();
            }
        }
        return n;
    }

    public long switchCount() {
        long n = 0;
        for (long s : switches) {
            n += s;
        }
        return n;
    }

    /** The link layers of one layer: {@link OpticsLayer#SWITCH} gives the scale-out fabric's, host-leaf first. */
    public List<BomLink> links(OpticsLayer layer) {
        return links.stream().filter(l -> l.layer() == layer).toList();
    }

    /** Fiber cables: the optical links of every layer. */
    public long fibers() {
        long n = 0;
        for (BomLink l : links) {
            if (l.optical()) {
                n += l.links();
            }
        }
        return n;
    }

    /** {@code count} per accelerator of the cluster. */
    public double perAccelerator(double count) {
        return count / accelerators;
    }

    /** What {@code lines} put into one accelerator's share of the cluster. */
    public record PerAccelerator(double opticalEnds, double engines, double lasers, double laserModules,
                                 double opticsW) {
    }

    /** Per accelerator over {@code lines} (one layer's, or all of them). */
    public PerAccelerator perAccelerator(List<BomLine> lines) {
        double ends = 0;
        double engines = 0;
        double lasers = 0;
        double modules = 0;
        double watts = 0;
        for (BomLine l : lines) {
            ends += l.ends();
            engines += l.engines();
            lasers += l.lasers();
            modules += l.laserModules();
            watts += l.opticsW();
        }
        return new PerAccelerator(ends / accelerators, engines / accelerators, lasers / accelerators,
                modules / accelerators, watts / accelerators);
    }
}
