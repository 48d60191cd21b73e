package org.cpolens.model.eval;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.Tier;
import org.cpolens.model.scenario.Scenario;

/**
 * Counts, power, lasers and cost of each architecture on the scenario's fabric.
 *
 * <p>Switch-side ends take the architecture's figures; host-side ends take them only when the
 * architecture replaces host-side modules, otherwise the baseline's (CPO keeps pluggables at the
 * NIC). Figures given for another port speed are rescaled at equal pJ/bit and equal cost per Gb/s.
 */
public final class InterconnectEvaluator {
    private final FabricBuilder builder;

    public InterconnectEvaluator(FabricBuilder builder) {
        this.builder = builder;
    }

    public static InterconnectEvaluator standard() {
        return new InterconnectEvaluator(FabricBuilder.foldedClos());
    }

    public Evaluation evaluate(Scenario scenario) {
        Fabric fabric = builder.build(scenario.fabricRequest());
        return evaluate(scenario, fabric);
    }

    public Evaluation evaluate(Scenario scenario, Fabric fabric) {
        List<ArchitectureResult> out = new ArrayList<>();
        OpticsArchitecture baseline = scenario.baseline();
        ArchitectureResult base = null;
        for (OpticsArchitecture a : scenario.architectures()) {
            ArchitectureResult r = place(scenario, fabric, a, baseline, base);
            if (base == null) {
                base = r;
            }
            out.add(r);
        }
        return new Evaluation(scenario, fabric, out);
    }

    private static ArchitectureResult place(Scenario s, Fabric f, OpticsArchitecture a, OpticsArchitecture baseline,
                                            ArchitectureResult base) {
        double port = f.request().portGbps();
        OpticsArchitecture host = a.replacesHostSide() ? a : baseline;
        double[] p = new double[2 * DesignKernel.PARAMS];
        DesignKernel.params(a, p, 0);
        DesignKernel.params(host, p, DesignKernel.PARAMS);
        double[] o = new double[DesignKernel.OUTPUTS];
        long switchPorts = f.opticalSwitchEnds();
        long hostModules = f.opticalHostEnds();
        double base0 = s.switchSystem().basePowerW().value();
        DesignKernel.evaluate(port, f.tierCount(), f.linkLayers().get(0).optical(), switchPorts, hostModules,
                f.switchCount(), f.injectionGbps(), base0, p, 0, p, DesignKernel.PARAMS,
                base == null ? Double.NaN : base.networkPowerW(), s.cluster().wattsPerAccelerator(), o, 0);

        double switchW = o[DesignKernel.SWITCH_PORT_W];
        double hostW = o[DesignKernel.HOST_PORT_W];
        List<TierPower> tiers = new ArrayList<>();
        for (Tier t : f.tiers()) {
            long ports = f.opticalEndsOnTier(t.level());
            tiers.add(new TierPower(t.name(), ports, ports * switchW, t.switches() * base0));
        }
        tiers.add(new TierPower("host", hostModules, hostModules * hostW, 0));

        return new ArchitectureResult(a.id(), a.name(), a.kind(), a.hotSwappable(), switchPorts, hostModules,
                o[DesignKernel.SWITCH_OPTICS_W], o[DesignKernel.HOST_OPTICS_W], o[DesignKernel.SWITCH_BASE_W],
                o[DesignKernel.PJ_PER_BIT], o[DesignKernel.OPTICS_PJ_PER_BIT],
                (long) o[DesignKernel.LASERS], (long) o[DesignKernel.LASER_MODULES], o[DesignKernel.EDGE_MM],
                o[DesignKernel.LATENCY_NS], o[DesignKernel.CAPEX_USD], o[DesignKernel.SAVED_W],
                (long) o[DesignKernel.EXTRA_ACCELERATORS], tiers);
    }
}
