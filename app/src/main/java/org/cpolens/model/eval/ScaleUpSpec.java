package org.cpolens.model.eval;

import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;

/**
 * The scale-up layer of a cluster (NVLink, UALink, ICI): domains of {@code domainSize}
 * accelerators, each with {@code gbpsPerAccelerator} of scale-up bandwidth, of which
 * {@code opticalShare} runs over optics of {@code architecture}; the rest is copper (counted as
 * cables, not as optics).
 *
 * @param gbpsPerAccelerator scale-up bandwidth per accelerator, one direction
 * @param switched           links end on scale-up switches (NVLink, UALink), whose ends take optics too;
 *                           false for accelerator-to-accelerator links (a torus), both ends on accelerators
 * @param switchSystem       the scale-up switch, to count switches and their power; may be empty
 *                           even when {@code switched} (then switches are not counted)
 * @param copperPortGbps     bandwidth of one copper link, one direction, to count the copper share's cables
 */
public record ScaleUpSpec(long domainSize, double gbpsPerAccelerator, double opticalShare,
                          OpticsArchitecture architecture, boolean switched, Optional<SwitchSystem> switchSystem,
                          double copperPortGbps) {
    public ScaleUpSpec {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(switchSystem, "switchSystem");
        if (!(copperPortGbps > 0) || Double.isInfinite(copperPortGbps)) {
            throw InputException.field("scaleUp.copperPortGbps", copperPortGbps, "must be greater than zero",
                    "the bandwidth one copper link carries in one direction");
        }
        if (domainSize < 1) {
            throw InputException.field("scaleUp.domainSize", domainSize, "must be at least 1",
                    "accelerators per scale-up domain, e.g. 72 for an NVL72 rack");
        }
        if (!(gbpsPerAccelerator > 0) || Double.isInfinite(gbpsPerAccelerator)) {
            throw InputException.field("scaleUp.gbpsPerAccelerator", gbpsPerAccelerator, "must be greater than zero",
                    "e.g. 7200 for NVLink 5's 900 GB/s per direction");
        }
        if (!(opticalShare >= 0 && opticalShare <= 1)) {
            throw InputException.field("scaleUp.opticalShare", opticalShare, "must be between 0 and 1",
                    "0 is all copper, 0.5 half the bandwidth over optics, 1 all optical");
        }
        // (a compact constructor sees its parameters, not yet its fields: compute from the parameters)
        double domainOptical = domainSize * gbpsPerAccelerator * opticalShare;
        double ports = domainOptical / architecture.portGbps();
        if (Math.abs(ports - Math.rint(ports)) > 1e-9) {
            throw InputException.field("scaleUp.architecture", architecture.id(),
                    "its " + num(architecture.portGbps()) + "G ports do not divide the " + num(domainOptical)
                            + " Gb/s of optical scale-up of a " + domainSize + "-accelerator domain",
                    "pick an architecture whose port speed divides domainSize x gbpsPerAccelerator x opticalShare");
        }
    }

    public double opticalGbpsPerAccelerator() {
        return gbpsPerAccelerator * opticalShare;
    }

    /**
     * Optical ends on {@code accelerators} accelerators: a domain's optical bandwidth is a whole
     * number of ports (checked), a partial domain's is rounded up.
     */
    public long opticalPorts(long accelerators) {
        return (long) Math.ceil(accelerators * opticalGbpsPerAccelerator() / architecture.portGbps() - 1e-9);
    }

    /** Copper links' ends on {@code accelerators} accelerators: the copper share over {@code copperPortGbps}. */
    public long copperPorts(long accelerators) {
        return (long) Math.ceil(accelerators * gbpsPerAccelerator * (1 - opticalShare) / copperPortGbps - 1e-9);
    }

    /** The domain must fit in the cluster. */
    public void requireFits(long accelerators) {
        if (domainSize > accelerators) {
            throw InputException.field("scaleUp.domainSize", domainSize,
                    "is larger than the cluster's " + accelerators + " accelerators",
                    "a scale-up domain holds at most every accelerator of the cluster");
        }
    }

    private static String num(double d) {
        return org.cpolens.model.units.Numbers.plain(d);
    }
}
