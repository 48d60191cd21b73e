package org.cpolens.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.LinkLayer;
import org.cpolens.model.fabric.Tier;

/**
 * Turns a built fabric and an architecture record into the component classes that can fail: no
 * counts are typed in, they all follow from the fabric's tiers and link layers and from the
 * architecture's hot-swap, laser and laser-module figures.
 */
public final class Fleet {
    private Fleet() {
    }

    /** Component classes of {@code a} on the inputs' fabric; classes with no device are left out. */
    public static List<ComponentClass> of(ReliabilityInputs in, OpticsArchitecture a) {
        Fabric f = in.fabric();
        double port = f.request().portGbps();
        double speed = port / a.portGbps(); // architecture figures are per a.portGbps() port
        List<ComponentClass> out = new ArrayList<>();
        List<LinkLayer> layers = f.linkLayers();
        LinkLayer hostLayer = layers.get(0);

        if (a.hotSwappable()) {
            long hostFacing = hostLayer.optical() ? hostLayer.links() : 0;
            long switchToSwitch = 0;
            for (int i = 1; i < layers.size(); i++) {
                switchToSwitch += layers.get(i).switchEnds();
            }
            add(out, in, "pluggableModule.leafHostFacing", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                    "leaf", false, hostFacing, 1.0, false, false);
            add(out, in, "pluggableModule.switchToSwitch", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                    "fabric-link", true, switchToSwitch, 1.0, false, true);
        } else {
            double portsPerEngine = in.engineGbps(a).value() / port;
            for (Tier t : f.tiers()) {
                long ports = f.opticalEndsOnTier(t.level());
                if (ports == 0) {
                    continue;
                }
                boolean upper = t.level() > 0;
                // with copper host links a leaf's optics serve uplinks only: their faults are fabric-level,
                // but the leaf's drain still cuts its hosts off
                boolean faultAboveHosts = upper || !hostLayer.optical();
                long engines = (long) Math.ceil(ports / portsPerEngine - 1e-9);
                // the engine rate is per port-equivalent; an engine carries portsPerEngine of them
                add(out, in, "opticalEngine." + t.name(), FaultKind.OPTICAL_ENGINE, Part.SWITCH, t.name(), faultAboveHosts,
                        engines, portsPerEngine, true, upper);
                double lasersPerPort = a.lasersPerPort().value() * speed;
                if (a.hasExternalLaserSource()) {
                    double portsPerModule = a.portsPerLaserModule().value() / speed;
                    long modules = (long) Math.ceil(ports / portsPerModule - 1e-9);
                    double lasersPerModule = lasersPerPort * portsPerModule;
                    double fit = in.mode(FaultKind.LASER_SOURCE_MODULE).fit().value()
                            + lasersPerModule * in.mode(FaultKind.LASER).fit().value();
                    addFit(out, in, "laserSourceModule." + t.name(), FaultKind.LASER_SOURCE_MODULE,
                            Part.LASER_SOURCE_MODULE, t.name(), faultAboveHosts, modules, fit, false, upper);
                } else {
                    long lasers = Math.round(ports * lasersPerPort);
                    add(out, in, "laser." + t.name(), FaultKind.LASER, Part.SWITCH, t.name(), faultAboveHosts, lasers, 1.0, true,
                            upper);
                }
            }
        }
        add(out, in, "pluggableModule.hostSide", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE, "host", false,
                f.opticalHostEnds(), 1.0, false, false);
        for (Tier t : f.tiers()) {
            add(out, in, "switchSystem." + t.name(), FaultKind.SWITCH_SYSTEM, Part.SWITCH, t.name(), t.level() > 0,
                    t.switches(), 1.0, false, t.level() > 0);
        }
        for (int i = 0; i < layers.size(); i++) {
            LinkLayer l = layers.get(i);
            boolean fiber = l.optical();
            add(out, in, (fiber ? "fiberLink." : "copperCable.") + l.name(), fiber ? FaultKind.FIBER_LINK : FaultKind.COPPER_CABLE,
                    fiber ? Part.FIBER_CABLE : Part.COPPER_CABLE, i == 0 ? "host-link" : "fabric-link", i > 0, l.links(), 1.0, false, i > 0);
        }
        add(out, in, "nic", FaultKind.NIC, Part.NIC, "host", false, f.endpoints(), 1.0, false, false);
        return List.copyOf(out);
    }

    private static void add(List<ComponentClass> out, ReliabilityInputs in, String id, FaultKind kind, Part part,
                            String location, boolean fabricLevel, long count, double devicesPerUnit, boolean drain,
                            boolean drainFabricLevel) {
        addFit(out, in, id, kind, part, location, fabricLevel, count, in.mode(kind).fit().value() * devicesPerUnit, drain,
                drainFabricLevel);
    }

    private static void addFit(List<ComponentClass> out, ReliabilityInputs in, String id, FaultKind kind, Part part,
                               String location, boolean fabricLevel, long count, double fit, boolean drain,
                               boolean drainFabricLevel) {
        if (count <= 0) {
            return;
        }
        out.add(new ComponentClass(id, kind, part, location, fabricLevel, count, fit, in.mode(kind).shape(), drain,
                drainFabricLevel));
    }
}
