package org.cpolens.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.BomLink;
import org.cpolens.model.eval.OpticsLayer;

/**
 * Turns an architecture's bill of materials into what can fail and what can flap: no counts are
 * typed in or derived again. Every line of the bill is read the same way, whatever its layer:
 * a {@link BomLine#pluggable() pluggable} line's ends are front-panel modules (hot-swapped); any other
 * line's engines fail at the optical-engine rate per Gb/s of engine capacity, its lasers sit in
 * external laser source modules (hot-swapped) or in the engines (repaired with them). The repair of
 * an engine depends on where it sits: a co-packaged engine on a switch costs the switch, a near-packaged
 * or on-board engine costs its module with the switch drained and opened, an engine outside the
 * switch tiers (a NIC, a scale-up port) is repaired with its host. Switches, cables and NICs follow
 * from the bill's tiers, link layers and endpoints.
 */
public final class Fleet {
    /** The tier name the evaluator gives a scale-up layer's switch line. */
    static final String SWITCH_TIER = "switch";

    private Fleet() {
    }

    /** Where a line sits: its tier's index among the switch tiers (-1 outside them) and the host links. */
    private record Place(boolean switchSide, int level, long hostFacing, String prefix, String location) {
        boolean first() {
            return level == 0;
        }

        boolean upper() {
            return level > 0;
        }
    }

    private static Place place(BillOfMaterials b, BomLine line) {
        List<BomLink> links = b.links(OpticsLayer.SWITCH);
        boolean hostOptical = !links.isEmpty() && links.get(0).optical();
        if (line.layer() == OpticsLayer.SWITCH) {
            int level = b.tierNames().indexOf(line.tier());
            long hostFacing = level == 0 && hostOptical ? Math.min(links.get(0).links(), line.ends()) : 0;
            return new Place(true, level, hostFacing, line.tier(), line.tier());
        }
        // the NIC side keeps its historical key; any other layer (scale-up, ...) is named by layer and tier
        String prefix = line.layer() == OpticsLayer.NIC ? "hostSide" : line.layer().word() + "." + line.tier();
        return new Place(false, -1, line.ends(), prefix, line.layer() == OpticsLayer.NIC ? "host" : prefix);
    }

    /** The family of a line's ends: its architecture's, or by the line's own flag when no architecture is known. */
    static ArchitectureKind family(ReliabilityInputs in, BomLine line) {
        return in.architecture(line.architectureId()).map(OpticsArchitecture::kind)
                .orElse(line.pluggable() ? ArchitectureKind.PLUGGABLE : ArchitectureKind.CPO);
    }

    /**
     * Speed of a line's ports: the fabric's on the switch and NIC sides; a scale-up line keeps its own
     * architecture's speed (the evaluator places scale-up optics at their own port speed).
     */
    static double portGbps(ReliabilityInputs in, BillOfMaterials b, BomLine line) {
        if (line.layer() == OpticsLayer.SWITCH || line.layer() == OpticsLayer.NIC) {
            return b.portGbps();
        }
        return in.architecture(line.architectureId()).map(OpticsArchitecture::portGbps).orElse(b.portGbps());
    }

    /** Capacity of one engine of a line: its architecture's figure, else what the line's counts imply. */
    static double engineGbps(ReliabilityInputs in, BomLine line, double portGbps) {
        return in.architecture(line.architectureId()).map(x -> x.value(ArchitectureFigure.ENGINE_GBPS))
                .orElse(line.engines() > 0 ? line.ends() * portGbps / line.engines() : portGbps);
    }

    /** Component classes of {@code a}; classes with no device are left out. */
    public static List<ComponentClass> of(ReliabilityInputs in, OpticsArchitecture a) {
        BillOfMaterials b = in.bom(a);
        List<ComponentClass> out = new ArrayList<>();
        for (BomLine line : b.lines()) {
            if (line.ends() == 0) {
                continue;
            }
            double port = portGbps(in, b, line);
            Place pl = place(b, line);
            ArchitectureKind family = family(in, line);
            if (line.pluggable()) {
                FailureMode m = in.mode(FaultKind.PLUGGABLE_MODULE);
                double fit = m.fitFor(family);
                String basis = m.mttfFactors().containsKey(family)
                        ? m.basis() + " / " + family.word() + " factor (" + m.mttfFactors().get(family).status().word() + ")"
                        : m.basis();
                Optional<Figure> price = modulePrice(in, line, port);
                if (pl.switchSide()) {
                    // a first-tier module facing a host cuts that host off; every other one sits on a
                    // switch-to-switch link, where the fabric may route around it
                    addFit(out, in, "pluggableModule." + pl.prefix() + "HostFacing", FaultKind.PLUGGABLE_MODULE,
                            Part.PLUGGABLE_MODULE, pl.prefix(), false, pl.hostFacing(), fit, RepairPath.HOT_SWAP, false,
                            basis, price);
                    addFit(out, in, "pluggableModule." + pl.prefix(), FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                            pl.prefix(), true, line.ends() - pl.hostFacing(), fit, RepairPath.HOT_SWAP, pl.upper(), basis,
                            price);
                } else {
                    addFit(out, in, "pluggableModule." + pl.prefix(), FaultKind.PLUGGABLE_MODULE, Part.PLUGGABLE_MODULE,
                            pl.location(), false, line.ends(), fit, RepairPath.HOT_SWAP, false, basis, price);
                }
                continue;
            }
            // engines on a switch: with copper host links a first-tier engine serves uplinks only, so its
            // fault is fabric-level, but the leaf's drain still cuts its hosts off; with optical host
            // links an engine may carry host ports, so its fault is host-level (the conservative side)
            boolean faultAboveHosts = pl.switchSide() && (pl.upper() || pl.hostFacing() == 0);
            boolean drainAbove = pl.switchSide() && pl.upper();
            Part part;
            RepairPath path;
            if (line.layer() == OpticsLayer.NIC) {
                part = Part.NIC;
                path = RepairPath.REPLACE_FAILED;
            } else if (!pl.switchSide() && SWITCH_TIER.equals(line.tier())) {
                // a co-packaged scale-up switch: replaced whole, its drain cuts a scale-up domain
                part = Part.SWITCH;
                path = RepairPath.SWITCH_REPLACEMENT;
            } else if (!pl.switchSide()) {
                // optics on the accelerator package: repaired with its tray once the job has left the host
                part = Part.ACCELERATOR;
                path = RepairPath.REPLACE_FAILED;
            } else if (family == ArchitectureKind.NPO || family == ArchitectureKind.OBO) {
                part = Part.ENGINE_MODULE;
                path = RepairPath.BOARD_REPAIR;
            } else {
                part = Part.SWITCH;
                path = RepairPath.SWITCH_REPLACEMENT;
            }
            String location = pl.location();
            FailureMode engine = in.mode(FaultKind.OPTICAL_ENGINE);
            String engineBasis = engine.basis()
                    + (engine.bound().isPresent() && family != ArchitectureKind.CPO
                    ? " of co-packaged field data, assumed for " + family.word() : "");
            addFit(out, in, "opticalEngine." + pl.prefix(), FaultKind.OPTICAL_ENGINE, part, location, faultAboveHosts,
                    (long) line.engines(), engine.fit().value() * engineGbps(in, line, port), path, drainAbove,
                    engineBasis, in.partPrice(part));
            FailureMode laser = in.mode(FaultKind.LASER);
            if (line.laserModules() > 0) {
                // a module feeds lasers / modules lasers; its failure darkens them and it is swapped hot
                FailureMode lsm = in.mode(FaultKind.LASER_SOURCE_MODULE);
                double fit = lsm.fit().value() + line.lasers() / line.laserModules() * laser.fit().value();
                String basis = lsm.basis().equals(laser.basis()) ? lsm.basis() : lsm.basis() + " + " + laser.basis();
                addFit(out, in, "laserSourceModule." + pl.prefix(), FaultKind.LASER_SOURCE_MODULE,
                        Part.LASER_SOURCE_MODULE, location, faultAboveHosts, (long) line.laserModules(), fit,
                        RepairPath.HOT_SWAP, drainAbove, basis, in.partPrice(Part.LASER_SOURCE_MODULE));
            } else {
                addFit(out, in, "laser." + pl.prefix(), FaultKind.LASER, part, location, faultAboveHosts,
                        (long) line.lasers(), laser.fit().value(), path, drainAbove, laser.basis(), in.partPrice(part));
            }
        }
        for (int level = 0; level < b.tierNames().size(); level++) {
            String tier = b.tierNames().get(level);
            add(out, in, "switchSystem." + tier, FaultKind.SWITCH_SYSTEM, Part.SWITCH, tier, level > 0,
                    b.switches().get(level), RepairPath.REPLACE_FAILED, level > 0);
        }
        // cables: the scale-out fabric's layers (host links first, the rest above the leaf), then any other
        // layer's (scale-up), whose loss cuts an accelerator off like a host link
        int i = 0;
        for (BomLink l : b.links()) {
            boolean scaleOut = l.layer() == OpticsLayer.SWITCH;
            boolean above = scaleOut && i > 0;
            boolean fiber = l.optical();
            add(out, in, (fiber ? "fiberLink." : "copperCable.") + l.name(), fiber ? FaultKind.FIBER_LINK : FaultKind.COPPER_CABLE,
                    fiber ? Part.FIBER_CABLE : Part.COPPER_CABLE, !scaleOut ? l.layer().word() : i == 0 ? "host-link"
                            : "fabric-link", above, l.links(), RepairPath.REPLACE_FAILED, above);
            if (scaleOut) {
                i++;
            }
        }
        add(out, in, "nic", FaultKind.NIC, Part.NIC, "host", false, b.nics(), RepairPath.REPLACE_FAILED, false);
        return List.copyOf(out);
    }

    /**
     * The optical ends of {@code a} that can flap, one class per line and level: ends facing hosts
     * (and every end off the switch tiers) are host-level, the rest fabric-level. Copper links are
     * not given a flap rate.
     */
    public static List<LinkFlapClass> flaps(ReliabilityInputs in, OpticsArchitecture a) {
        BillOfMaterials b = in.bom(a);
        List<LinkFlapClass> out = new ArrayList<>();
        for (BomLine line : b.lines()) {
            if (line.ends() == 0) {
                continue;
            }
            double port = portGbps(in, b, line);
            Place pl = place(b, line);
            ArchitectureKind family = family(in, line);
            FlapRate r = in.flaps().rate(family);
            double fitPerEnd = r.fitPerGbps().value() * port;
            String basis = r.basis();
            if (pl.switchSide()) {
                addFlaps(out, "linkFlap." + pl.prefix() + "HostFacing", family, pl.prefix(), false, pl.hostFacing(), port,
                        fitPerEnd, basis);
                addFlaps(out, "linkFlap." + pl.prefix(), family, pl.prefix(), true, line.ends() - pl.hostFacing(), port,
                        fitPerEnd, basis);
            } else {
                addFlaps(out, "linkFlap." + pl.prefix(), family, pl.location(), false, line.ends(), port, fitPerEnd, basis);
            }
        }
        return List.copyOf(out);
    }

    private static void addFlaps(List<LinkFlapClass> out, String id, ArchitectureKind family, String location,
                                 boolean fabricLevel, long ends, double port, double fitPerEnd, String basis) {
        if (ends > 0 && fitPerEnd > 0) {
            out.add(new LinkFlapClass(id, family, location, fabricLevel, ends, port, fitPerEnd, basis));
        }
    }

    /**
     * A module's price: its architecture's port price at this port speed, else the line's optics price
     * per end; empty when neither is above zero.
     */
    private static Optional<Figure> modulePrice(ReliabilityInputs in, BomLine line, double port) {
        Optional<OpticsArchitecture> la = in.architecture(line.architectureId());
        if (la.isPresent()) {
            Figure f = la.get().figure(ArchitectureFigure.COST_PER_PORT_USD);
            double v = la.get().valueAtPort(ArchitectureFigure.COST_PER_PORT_USD, port);
            return v > 0 ? Optional.of(new Figure(v, "USD", f.source(), f.status(),
                    la.get().id() + " module at " + org.cpolens.model.units.Numbers.plain(port) + " Gb/s"))
                    : Optional.empty();
        }
        return line.capexUsd() > 0 ? Optional.of(new Figure(line.capexUsd() / line.ends(), "USD",
                "bill of materials: the line's optics price per end", Status.RECONSTRUCTED, line.architectureId()))
                : Optional.empty();
    }

    private static void add(List<ComponentClass> out, ReliabilityInputs in, String id, FaultKind kind, Part part,
                            String location, boolean fabricLevel, long count, RepairPath path, boolean drainFabricLevel) {
        FailureMode m = in.mode(kind);
        addFit(out, in, id, kind, part, location, fabricLevel, count, m.fit().value(), path, drainFabricLevel, m.basis(),
                in.partPrice(part));
    }

    private static void addFit(List<ComponentClass> out, ReliabilityInputs in, String id, FaultKind kind, Part part,
                               String location, boolean fabricLevel, long count, double fit, RepairPath path,
                               boolean drainFabricLevel, String basis, Optional<Figure> price) {
        if (count <= 0) {
            return;
        }
        out.add(new ComponentClass(id, kind, part, location, fabricLevel, count, fit, in.mode(kind).shape(), path,
                drainFabricLevel, basis, price));
    }
}
