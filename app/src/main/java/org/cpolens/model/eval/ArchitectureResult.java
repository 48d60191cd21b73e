package org.cpolens.model.eval;

import java.util.List;
import org.cpolens.model.units.Units;

/**
 * One architecture on one fabric. Power is in W here; {@code *Kw()} give the display unit.
 *
 * @param switchSidePorts           optical ends on switches
 * @param hostSideModules           optical modules on hosts/NICs
 * @param switchOpticsW             optics power on the switch side
 * @param hostOpticsW               optics power on the host side
 * @param switchBaseW               switch power before optics, whole fabric
 * @param picojoulesPerBit          network power over injection bandwidth at full load
 * @param opticsPicojoulesPerBit    optics power over injection bandwidth
 * @param lasers                    laser diodes, both sides
 * @param laserModules              external laser source modules (0 where lasers are embedded)
 * @param edgeMm                    faceplate or package shoreline the switch-side ports take
 * @param worstPathLatencyNs        latency the optics add on a host-to-host path through every tier
 * @param capexUsd                  optics capex: switch-side ports and host-side modules
 * @param powerSavedW               baseline network power minus this one's (0 for the baseline)
 * @param extraAcceleratorsAtSamePower accelerators the saved power could feed; -1 when the scenario
 *                                  gives no watts per accelerator
 * @param tiers                     power per tier, leaf first, then the host side
 */
public record ArchitectureResult(
        String id,
        String name,
        String kind,
        boolean hotSwappable,
        long switchSidePorts,
        long hostSideModules,
        double switchOpticsW,
        double hostOpticsW,
        double switchBaseW,
        double picojoulesPerBit,
        double opticsPicojoulesPerBit,
        long lasers,
        long laserModules,
        double edgeMm,
        double worstPathLatencyNs,
        double capexUsd,
        double powerSavedW,
        long extraAcceleratorsAtSamePower,
        List<TierPower> tiers) {

    public ArchitectureResult {
        tiers = List.copyOf(tiers);
    }

    public double opticsPowerW() {
        return switchOpticsW + hostOpticsW;
    }

    public double networkPowerW() {
        return opticsPowerW() + switchBaseW;
    }

    public double opticsPowerKw() {
        return Units.kilowatts(opticsPowerW());
    }

    public double networkPowerKw() {
        return Units.kilowatts(networkPowerW());
    }

    public double powerSavedKw() {
        return Units.kilowatts(powerSavedW);
    }

    public long opticalModules() {
        return switchSidePorts + hostSideModules;
    }
}
