package org.cpolens.model.eval;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.LinkLayer;
import org.cpolens.model.fabric.Tier;

/**
 * Counts, power, lasers and cost of each architecture on the scenario's fabric, and its bill of
 * materials.
 *
 * <p>Switch-side ends take the architecture's figures; host-side ends take them only when the
 * architecture replaces host-side modules, otherwise the baseline's (CPO keeps pluggables at the
 * NIC). Figures given for another port speed are rescaled as {@link ArchitectureFigure} says.
 */
public final class InterconnectEvaluator {
    private final FabricBuilder builder;

    public InterconnectEvaluator(FabricBuilder builder) {
        this.builder = builder;
    }

    public static InterconnectEvaluator standard() {
        return new InterconnectEvaluator(FabricBuilder.foldedClos());
    }

    public Evaluation evaluate(Interconnect interconnect) {
        return evaluate(interconnect, builder.build(interconnect.fabricRequest()), List.of());
    }

    public Evaluation evaluate(Interconnect interconnect, Fabric fabric) {
        return evaluate(interconnect, fabric, List.of());
    }

    /** The scenario's architectures and {@code extras} (each once; ids already compared are skipped). */
    public Evaluation evaluate(Interconnect interconnect, Fabric fabric, List<OpticsArchitecture> extras) {
        List<ArchitectureResult> out = new ArrayList<>();
        OpticsArchitecture baseline = interconnect.baseline();
        ArchitectureResult base = null;
        for (OpticsArchitecture a : interconnect.architectures()) {
            ArchitectureResult r = place(interconnect, fabric, a, baseline, base);
            if (base == null) {
                base = r;
            }
            out.add(r);
        }
        List<ArchitectureResult> more = new ArrayList<>();
        for (OpticsArchitecture a : extras) {
            boolean seen = out.stream().anyMatch(r -> r.id().equals(a.id()))
                    || more.stream().anyMatch(r -> r.id().equals(a.id()));
            if (!seen) {
                more.add(place(interconnect, fabric, a, baseline, base));
            }
        }
        return new Evaluation(interconnect, fabric, out, more);
    }

    private static ArchitectureResult place(Interconnect s, Fabric f, OpticsArchitecture a, OpticsArchitecture baseline,
                                            ArchitectureResult base) {
        double port = f.request().portGbps();
        OpticsArchitecture host = s.nicFor(a);
        double[] p = new double[2 * DesignKernel.PARAMS];
        DesignKernel.params(a, p, 0);
        DesignKernel.params(host, p, DesignKernel.PARAMS);
        long[] tierEnds = new long[f.tierCount()];
        for (Tier t : f.tiers()) {
            tierEnds[t.level()] = f.opticalEndsOnTier(t.level());
        }
        long hostModules = f.opticalHostEnds();
        double[] o = new double[DesignKernel.OUTPUTS];
        double switchBaseW = s.switchSystem().basePowerW().value();
        long accelerators = s.cluster().accelerators();
        double[] su = new double[ScaleUpLayer.VALUES];
        java.util.Optional<ScaleUpLayer> scaleUp = s.scaleUp().map(x -> ScaleUpLayer.of(x, accelerators));
        scaleUp.ifPresent(x -> x.values(su, 0));
        DesignKernel.evaluate(port, f.tierCount(), f.linkLayers().get(0).optical(), tierEnds, 0, hostModules,
                f.switchCount(), f.injectionGbps(), switchBaseW, p, 0, p, DesignKernel.PARAMS,
                base == null ? Double.NaN : base.networkPowerW(), accelerators, s.cluster().wattsPerAccelerator(),
                su, 0, o, 0);

        List<BomLine> lines = new ArrayList<>();
        List<String> tierNames = new ArrayList<>();
        List<Long> switches = new ArrayList<>();
        for (Tier t : f.tiers()) {
            tierNames.add(t.name());
            switches.add(f.switchesOnTier(t.level()));
            lines.add(line(OpticsLayer.SWITCH, t.name(), a, port, tierEnds[t.level()], ArchitectureFigure.SWITCH_PORT_WATTS));
        }
        lines.add(line(OpticsLayer.NIC, "host", host, port, hostModules, ArchitectureFigure.HOST_PORT_WATTS));
        scaleUp.ifPresent(x -> {
            lines.add(x.acceleratorLine());
            if (x.switchEnds() > 0) {
                lines.add(x.switchLine());
            }
        });
        List<BomLink> links = new ArrayList<>();
        for (int i = 0; i < f.linkLayers().size(); i++) {
            LinkLayer l = f.linkLayers().get(i);
            links.add(new BomLink(OpticsLayer.SWITCH, l.name(), f.linksOf(i), l.optical()));
        }
        scaleUp.ifPresent(x -> {
            links.add(new BomLink(OpticsLayer.SCALE_UP, "scale-up optical", x.opticalLinks(), true));
            links.add(new BomLink(OpticsLayer.SCALE_UP, "scale-up copper", x.copperLinks(), false));
        });
        BillOfMaterials bom = new BillOfMaterials(a.id(), accelerators, port, tierNames, switches, f.endpoints(),
                lines, links);
        return new ArchitectureResult(a, o, bom);
    }

    /** One line, with the kernel's per-line counting rules so the lines add up to its totals. */
    private static BomLine line(OpticsLayer layer, String tier, OpticsArchitecture a, double port, long ends,
                                ArchitectureFigure watts) {
        double engines = DesignKernel.engines(ends, port, a.value(ArchitectureFigure.ENGINE_GBPS));
        return new BomLine(layer, tier, a.id(), a.hotSwappable(), ends, engines,
                DesignKernel.lasers(ends, a.valueAtPort(ArchitectureFigure.LASERS_PER_PORT, port)),
                DesignKernel.laserModules(ends, a.valueAtPort(ArchitectureFigure.PORTS_PER_LASER_MODULE, port)),
                DesignKernel.faus(engines, a.value(ArchitectureFigure.FAUS_PER_ENGINE)),
                ends * a.valueAtPort(watts, port),
                ends * a.valueAtPort(ArchitectureFigure.LASER_WATTS_PER_PORT, port),
                ends * a.valueAtPort(ArchitectureFigure.COST_PER_PORT_USD, port));
    }
}
