package org.cpolens.model.market;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.scenario.Scenario;

/**
 * The optics one accelerator pulls through the network, taken from the scenario's fabric with the
 * CPO architecture placed on it (not a typed constant): switch-side optical ports per accelerator and
 * the components behind each port.
 *
 * @param accelerators         accelerators in the scenario's cluster
 * @param switchSidePorts      optical switch-side ports of the built fabric
 * @param portGbps             the fabric's port speed
 * @param lasersPerPort        laser diodes per switch-side port, rescaled to the fabric's port speed
 * @param portsPerLaserModule  ports fed by one external laser source module (0: lasers are embedded)
 * @param laserModules         external laser source modules of the whole fabric (from the evaluator)
 * @param engineGbps           capacity of one optical engine
 * @param fausPerEngine        fiber array units per optical engine
 * @param lasersPerWafer       good CW laser dies per InP epi wafer
 */
public record FabricDemand(String scenarioName, String architectureId, long accelerators, long switchSidePorts,
                           double portGbps, double lasersPerPort, double portsPerLaserModule, long laserModules,
                           double engineGbps, double fausPerEngine, double lasersPerWafer) {

    public FabricDemand {
        if (accelerators < 1 || switchSidePorts < 1) {
            throw InputException.field("cluster", accelerators + " accelerators / " + switchSidePorts + " ports",
                    "the fabric has no optical switch-side ports to forecast", "use a fabric with optical links");
        }
        for (double v : new double[] {portGbps, engineGbps, fausPerEngine, lasersPerWafer}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw InputException.field("market.units", v, "must be greater than zero", null);
            }
        }
    }

    /**
     * Builds the scenario's fabric, places {@code cpo} on it with the evaluator and reads the counts.
     * When the scenario does not list {@code cpo}, it is evaluated next to the scenario's baseline.
     */
    public static FabricDemand of(Scenario scenario, OpticsArchitecture cpo, double engineGbps, double fausPerEngine,
                                  double lasersPerWafer) {
        Scenario withCpo = scenario;
        if (scenario.architectures().stream().noneMatch(a -> a.id().equals(cpo.id()))) {
            List<OpticsArchitecture> archs = new ArrayList<>(scenario.architectures());
            archs.add(cpo);
            withCpo = new Scenario(scenario.name(), scenario.description(), scenario.cluster(), scenario.switchSystem(),
                    scenario.fabricRequest(), archs);
        }
        Evaluation e = InterconnectEvaluator.standard().evaluate(withCpo);
        ArchitectureResult r = e.architecture(cpo.id()).orElseThrow();
        OpticsArchitecture placed = withCpo.architectures().stream().filter(a -> a.id().equals(cpo.id())).findFirst()
                .orElseThrow();
        double port = e.fabric().request().portGbps();
        double speed = port / placed.portGbps();
        double portsPerModule = placed.hasExternalLaserSource() ? placed.portsPerLaserModule().value() / speed : 0;
        return new FabricDemand(scenario.name(), placed.id(), scenario.cluster().accelerators(), r.switchSidePorts(),
                port, placed.lasersPerPort().value() * speed, portsPerModule, r.laserModules(), engineGbps,
                fausPerEngine, lasersPerWafer);
    }

    /** Switch-side optical ports per accelerator: 40,960 / 32,768 = 1.25 for broadcom-32k. */
    public double portsPerAccelerator() {
        return (double) switchSidePorts / accelerators;
    }

    public double enginesPerPort() {
        return portGbps / engineGbps;
    }

    public double engines(double ports) {
        return ports * enginesPerPort();
    }

    public double lasers(double ports) {
        return ports * lasersPerPort;
    }

    /** External laser source modules; 0 when lasers sit inside the engines. */
    public double laserSourceModules(double ports) {
        return portsPerLaserModule > 0 ? ports / portsPerLaserModule : 0;
    }

    public double faus(double ports) {
        return engines(ports) * fausPerEngine;
    }

    public double epiWafers(double ports) {
        return lasers(ports) / lasersPerWafer;
    }
}
