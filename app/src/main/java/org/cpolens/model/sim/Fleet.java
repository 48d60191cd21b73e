package org.cpolens.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.BomLink;
import org.cpolens.model.eval.OpticsLayer;

/**
 * Turns an architecture's bill of materials into the component classes that can fail: no counts
 * are typed in or derived again, they are the bill's lines (ends, engines, lasers, laser modules
 * per tier), switches and cables, with the architecture's hot-swap and laser figures.
 */
public final class Fleet {
    private Fleet() {
    }

    /** Component classes of {@code a}; classes with no device are left out. */
    public static List<ComponentClass> of(ReliabilityInputs in, OpticsArchitecture a) {
        BillOfMaterials b = in.bom(a);
        double port = b.portGbps();
        List<ComponentClass> out = new ArrayList<>();
        List<BomLink> links = b.links(OpticsLayer.SWITCH);
        boolean hostOptical = links.get(0).optical();

        if (a.hotSwappable()) {
            long hostFacing = hostOptical ? links.get(0).links() : 0;
            long switchToSwitch = 0;
            for (int i = 1; i < links.size(); i++) {
                switchToSwitch += 2 * links.get(i).links();
            }
            add(out, in, "pluggableModule.leafHostFacing", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                    "leaf", false, hostFacing, 1.0, false, false);
            add(out, in, "pluggableModule.switchToSwitch", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                    "fabric-link", true, switchToSwitch, 1.0, false, true);
        } else {
            // the engine rate is per port-equivalent; an engine carries portsPerEngine of them
            double portsPerEngine = a.value(ArchitectureFigure.ENGINE_GBPS) / port;
            double lasersPerPort = a.valueAtPort(ArchitectureFigure.LASERS_PER_PORT, port);
            for (BomLine line : b.lines(OpticsLayer.SWITCH)) {
                if (line.ends() == 0) {
                    continue;
                }
                String tier = line.tier();
                boolean upper = b.tierNames().indexOf(tier) > 0;
                // with copper host links a leaf's optics serve uplinks only: their faults are fabric-level,
                // but the leaf's drain still cuts its hosts off
                boolean faultAboveHosts = upper || !hostOptical;
                add(out, in, "opticalEngine." + tier, FaultKind.OPTICAL_ENGINE, Part.SWITCH, tier, faultAboveHosts,
                        (long) line.engines(), portsPerEngine, true, upper);
                if (a.hasExternalLaserSource()) {
                    double lasersPerModule = lasersPerPort * a.valueAtPort(ArchitectureFigure.PORTS_PER_LASER_MODULE, port);
                    double fit = in.mode(FaultKind.LASER_SOURCE_MODULE).fit().value()
                            + lasersPerModule * in.mode(FaultKind.LASER).fit().value();
                    addFit(out, in, "laserSourceModule." + tier, FaultKind.LASER_SOURCE_MODULE,
                            Part.LASER_SOURCE_MODULE, tier, faultAboveHosts, (long) line.laserModules(), fit, false, upper);
                } else {
                    add(out, in, "laser." + tier, FaultKind.LASER, Part.SWITCH, tier, faultAboveHosts,
                            (long) line.lasers(), 1.0, true, upper);
                }
            }
        }
        add(out, in, "pluggableModule.hostSide", FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE, "host", false,
                b.ends(OpticsLayer.NIC), 1.0, false, false);
        for (int level = 0; level < b.tierNames().size(); level++) {
            add(out, in, "switchSystem." + b.tierNames().get(level), FaultKind.SWITCH_SYSTEM, Part.SWITCH,
                    b.tierNames().get(level), level > 0, b.switches().get(level), 1.0, false, level > 0);
        }
        for (int i = 0; i < links.size(); i++) {
            BomLink l = links.get(i);
            boolean fiber = l.optical();
            add(out, in, (fiber ? "fiberLink." : "copperCable.") + l.name(), fiber ? FaultKind.FIBER_LINK : FaultKind.COPPER_CABLE,
                    fiber ? Part.FIBER_CABLE : Part.COPPER_CABLE, i == 0 ? "host-link" : "fabric-link", i > 0, l.links(), 1.0,
                    false, i > 0);
        }
        add(out, in, "nic", FaultKind.NIC, Part.NIC, "host", false, b.nics(), 1.0, false, false);
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
