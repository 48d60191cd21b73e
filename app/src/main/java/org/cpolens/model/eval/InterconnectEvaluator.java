package org.cpolens.model.eval;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.Tier;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.units.Units;

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
        double speed = port / a.portGbps();
        double hostSpeed = port / host.portGbps();

        double switchW = Units.scaleWattsToSpeed(a.switchPortWatts().value(), a.portGbps(), port);
        double hostW = Units.scaleWattsToSpeed(host.hostPortWatts().value(), host.portGbps(), port);
        double lasersPerSwitchPort = a.lasersPerPort().value() * speed;
        double lasersPerHostModule = host.lasersPerPort().value() * hostSpeed;
        double switchCost = a.costPerPortUsd().value() * speed;
        double hostCost = host.costPerPortUsd().value() * hostSpeed;

        long switchPorts = f.opticalSwitchEnds();
        long hostModules = f.opticalHostEnds();
        double base0 = s.switchSystem().basePowerW().value();

        List<TierPower> tiers = new ArrayList<>();
        for (Tier t : f.tiers()) {
            long ports = f.opticalEndsOnTier(t.level());
            tiers.add(new TierPower(t.name(), ports, ports * switchW, t.switches() * base0));
        }
        tiers.add(new TierPower("host", hostModules, hostModules * hostW, 0));

        double switchOpticsW = switchPorts * switchW;
        double hostOpticsW = hostModules * hostW;
        double switchBaseW = f.switchCount() * base0;
        double networkW = switchOpticsW + hostOpticsW + switchBaseW;
        double injection = f.injectionGbps();

        long switchLasers = Math.round(switchPorts * lasersPerSwitchPort);
        long lasers = switchLasers + Math.round(hostModules * lasersPerHostModule);
        long laserModules = 0;
        if (a.hasExternalLaserSource()) {
            double portsPerModule = a.portsPerLaserModule().value() / speed;
            laserModules = (long) Math.ceil(switchPorts / portsPerModule - 1e-9);
        }
        double edgeMm = switchPorts * port / a.edgeDensityGbpsPerMm().value();
        // A host-to-host path through every tier crosses two host links (one host end, one switch
        // end each) and 2 x (tiers - 1) switch links (two switch ends each).
        double hostLinkLatency = f.linkLayers().get(0).optical()
                ? a.addedLatencyNs().value() + host.addedLatencyNs().value() : 0;
        double latency = 2 * hostLinkLatency + 2.0 * (f.tierCount() - 1) * 2 * a.addedLatencyNs().value();
        double capex = switchPorts * switchCost + hostModules * hostCost;

        double saved = base == null ? 0 : base.networkPowerW() - networkW;
        long extra = -1;
        if (s.cluster().hasAcceleratorPower()) {
            extra = saved <= 0 ? 0 : (long) Math.floor(saved / s.cluster().wattsPerAccelerator());
        }
        return new ArchitectureResult(a.id(), a.name(), a.kind(), a.hotSwappable(), switchPorts, hostModules,
                switchOpticsW, hostOpticsW, switchBaseW,
                Units.picojoulesPerBit(networkW, injection), Units.picojoulesPerBit(switchOpticsW + hostOpticsW, injection),
                lasers, laserModules, edgeMm, latency, capex, saved, extra, tiers);
    }
}
