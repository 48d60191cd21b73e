package org.cpolens.model.market;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.eval.OpticsLayer;

/**
 * What one accelerator of a platform's representative cluster pulls, per optical layer, read from
 * the evaluated bills of materials (the market derives no count itself): the CPO design's lines for
 * the bottom-up, the all-pluggable baseline's for the hindcast of module demand.
 *
 * <p>Scale-up counts the accelerator end of each optical link only: the one source with a count (a
 * 2026 sell-side note: 648 x 3.2T engines per 144-package Kyber rack, 4.5 per package) counts those.
 *
 * @param scaleOutGbps   scale-out bandwidth per accelerator
 * @param nicModuleGbps  the NIC's own port speed: the fabric's port, or the accelerator's bandwidth when
 *                       smaller (a 400G ConnectX-7 on an 800G fabric)
 * @param hostPluggables NIC-side pluggable modules per accelerator the CPO design keeps (0 with a CPO NIC)
 * @param modules        pluggable modules per accelerator with every optical end pluggable, by layer and speed
 */
public record PlatformBom(String scenario, long accelerators, double scaleOutGbps, double nicModuleGbps,
                          Map<OpticsLayer, LayerBom> layers, double hostPluggables, List<ModuleCount> modules) {
    /** Pluggable modules of one speed on one layer, per accelerator. */
    public record ModuleCount(OpticsLayer layer, double moduleGbps, double perAccelerator) {
    }

    public PlatformBom {
        EnumMap<OpticsLayer, LayerBom> m = new EnumMap<>(OpticsLayer.class);
        m.putAll(layers);
        for (OpticsLayer l : OpticsLayer.values()) {
            if (!m.containsKey(l)) {
                throw new IllegalArgumentException("no " + l.word() + " layer in the bill of " + scenario);
            }
        }
        layers = java.util.Collections.unmodifiableMap(m);
        modules = List.copyOf(modules);
    }

    public LayerBom layer(OpticsLayer l) {
        return layers.get(l);
    }

    /** Reads an evaluated scenario: its CPO design (the first CPO after the baseline) and its baseline. */
    public static PlatformBom of(Evaluation e) {
        Interconnect ic = e.interconnect();
        BillOfMaterials base = e.baseline().bom();
        Optional<OpticsArchitecture> cpo = ic.cpo();
        BillOfMaterials bom = cpo.map(a -> e.result(a.id()).orElseThrow().bom()).orElse(base);
        double n = bom.accelerators();
        double port = e.fabric().request().portGbps();
        double scaleOut = ic.cluster().scaleOutGbpsPerAccelerator();
        double nicModule = Math.min(scaleOut, port);

        Map<OpticsLayer, LayerBom> layers = new EnumMap<>(OpticsLayer.class);
        double switchEnds = base.ends(OpticsLayer.SWITCH) / n;
        layers.put(OpticsLayer.SWITCH, cpo.isPresent()
                ? sum(OpticsLayer.SWITCH, cpo.get().id(), port, bom, l -> l.layer() == OpticsLayer.SWITCH
                && l.architectureId().equals(cpo.get().id()), bom.switchCount() / n, switchEnds)
                : LayerBom.none(OpticsLayer.SWITCH, port, switchEnds));

        OpticsArchitecture nic = cpo.map(ic::nicFor).orElse(ic.nicFor(ic.baseline()));
        double nicEnds = base.ends(OpticsLayer.NIC) / n;
        boolean cpoNic = nic.kind().isCpo();
        layers.put(OpticsLayer.NIC, cpoNic
                ? sum(OpticsLayer.NIC, nic.id(), port, bom, l -> l.layer() == OpticsLayer.NIC, 0, nicEnds)
                : LayerBom.none(OpticsLayer.NIC, port, nicEnds));

        List<PlatformBom.ModuleCount> modules = new ArrayList<>();
        modules.add(new ModuleCount(OpticsLayer.SWITCH, port, switchEnds));
        modules.add(new ModuleCount(OpticsLayer.NIC, nicModule, nicEnds * port / nicModule));
        if (ic.scaleUp().isPresent()) {
            OpticsArchitecture su = ic.scaleUp().get().architecture();
            double accEnds = 0;
            for (BomLine l : base.lines(OpticsLayer.SCALE_UP)) {
                if (l.tier().equals("accelerator")) {
                    accEnds += l.ends();
                }
            }
            accEnds /= n;
            layers.put(OpticsLayer.SCALE_UP, su.kind().isCpo() && accEnds > 0
                    ? sum(OpticsLayer.SCALE_UP, su.id(), su.portGbps(), bom,
                    l -> l.layer() == OpticsLayer.SCALE_UP && l.tier().equals("accelerator"), 0, accEnds)
                    : LayerBom.none(OpticsLayer.SCALE_UP, su.portGbps(), accEnds));
            if (accEnds > 0) {
                modules.add(new ModuleCount(OpticsLayer.SCALE_UP, su.portGbps(), accEnds));
            }
        } else {
            layers.put(OpticsLayer.SCALE_UP, LayerBom.none(OpticsLayer.SCALE_UP, port, 0));
        }
        return new PlatformBom(ic.name(), bom.accelerators(), scaleOut, nicModule, layers, cpoNic ? 0 : nicEnds,
                modules);
    }

    private static LayerBom sum(OpticsLayer layer, String arch, double portGbps, BillOfMaterials bom,
                                java.util.function.Predicate<BomLine> which, double switches, double opticalPorts) {
        double n = bom.accelerators();
        double ends = 0;
        double engines = 0;
        double lasers = 0;
        double modules = 0;
        double faus = 0;
        for (BomLine l : bom.lines()) {
            if (which.test(l)) {
                ends += l.ends();
                engines += l.engines();
                lasers += l.lasers();
                modules += l.laserModules();
                faus += l.faus();
            }
        }
        return new LayerBom(layer, arch, portGbps, ends / n, engines / n, lasers / n, modules / n, faus / n, switches,
                opticalPorts);
    }
}
