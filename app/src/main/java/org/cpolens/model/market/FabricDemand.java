package org.cpolens.model.market;

import org.cpolens.model.InputException;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;

/**
 * The optics one accelerator of the scenario's own cluster pulls through the switch side, read from the
 * bill of materials of its CPO architecture (not a typed constant): the single-fabric model the market's
 * bridge starts from, and the clusters a supply section counts.
 *
 * @param accelerators         accelerators in the scenario's cluster
 * @param switchSidePorts      the CPO architecture's own optical ports in the cluster
 * @param portGbps             the fabric's port speed
 * @param lasers               its laser diodes in the cluster
 * @param laserModules         its external laser source modules in the cluster (0 where lasers are embedded)
 * @param engines              its optical engines in the cluster
 * @param faus                 its fiber array units in the cluster
 * @param lasersPerWafer       good CW laser dies per InP epi wafer
 * @param scaleOutGbps         scale-out bandwidth per accelerator of the scenario's cluster
 */
public record FabricDemand(String scenarioName, String architectureId, long accelerators, long switchSidePorts,
                           double portGbps, double lasers, double laserModules, double engines, double faus,
                           double lasersPerWafer, double scaleOutGbps) {

    public FabricDemand {
        if (accelerators < 1 || switchSidePorts < 1) {
            throw InputException.field("cluster", accelerators + " accelerators / " + switchSidePorts + " ports",
                    "the fabric has no optical ports of " + architectureId + " to forecast",
                    "use a fabric with optical links");
        }
        if (!(portGbps > 0) || !(lasersPerWafer > 0) || Double.isInfinite(lasersPerWafer)) {
            throw InputException.field("market.lasersPerWafer", lasersPerWafer, "must be greater than zero", null);
        }
    }

    /** The CPO architecture's own lines of {@code bom} (its switch side), per accelerator. */
    public static FabricDemand of(String scenarioName, BillOfMaterials bom, double portGbps, double lasersPerWafer,
                                  double scaleOutGbps) {
        return new FabricDemand(scenarioName, bom.architectureId(), bom.accelerators(), bom.ownEnds(), portGbps,
                bom.own(BomLine::lasers), bom.own(BomLine::laserModules), bom.own(BomLine::engines),
                bom.own(BomLine::faus), lasersPerWafer, scaleOutGbps);
    }

    /**
     * Switch-side CPO Gb/s per Gb/s of scale-out: the fabric's tiers and planes in one number (5 for the
     * 3-tier broadcom-32k: 1.25 x 800G ports per 200G of injection).
     */
    public double switchGbpsPerScaleOutGbps() {
        return portsPerAccelerator() * portGbps / scaleOutGbps;
    }

    /** Optical ports per accelerator: 40,960 / 32,768 = 1.25 for broadcom-32k. */
    public double portsPerAccelerator() {
        return (double) switchSidePorts / accelerators;
    }

    public double lasersPerPort() {
        return lasers / switchSidePorts;
    }

    /** Ports per external laser source module; 0 when lasers sit inside the engines. */
    public double portsPerLaserModule() {
        return laserModules > 0 ? switchSidePorts / laserModules : 0;
    }

    public double enginesPerPort() {
        return engines / switchSidePorts;
    }

    public double engines(double ports) {
        return ports * enginesPerPort();
    }

    public double lasers(double ports) {
        return ports * lasersPerPort();
    }

    /** External laser source modules; 0 when lasers sit inside the engines. */
    public double laserSourceModules(double ports) {
        return ports * (laserModules / switchSidePorts);
    }

    public double faus(double ports) {
        return ports * (faus / switchSidePorts);
    }

    public double epiWafers(double ports) {
        return lasers(ports) / lasersPerWafer;
    }
}
