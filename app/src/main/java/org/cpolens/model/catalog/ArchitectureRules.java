package org.cpolens.model.catalog;

import org.cpolens.model.units.Numbers;
import java.util.Optional;

/**
 * Rules that tie one architecture's figures together, checked wherever an architecture is made
 * from user input (catalog files, scenario overrides). The sweep and the sensitivity analysis move
 * figures freely on purpose and do not re-check them.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** A broken rule: the figure to blame, the problem and a hint. */
    public record Violation(ArchitectureFigure figure, String problem, String hint) {
    }

    public static Optional<Violation> check(OpticsArchitecture a) {
        double laser = a.value(ArchitectureFigure.LASER_WATTS_PER_PORT);
        double port = a.value(ArchitectureFigure.SWITCH_PORT_WATTS);
        if (laser > port) {
            return Optional.of(new Violation(ArchitectureFigure.LASER_WATTS_PER_PORT,
                    "is more than the port's whole optics power (switchPortWatts " + Numbers.plain(port) + " W)",
                    "laserWattsPerPort is the part of switchPortWatts spent in external laser sources"));
        }
        if (laser > 0 && !a.hasExternalLaserSource()) {
            return Optional.of(new Violation(ArchitectureFigure.LASER_WATTS_PER_PORT,
                    "is above 0 but the architecture has no external laser source (portsPerLaserModule 0)",
                    "set laserWattsPerPort to 0, or give portsPerLaserModule"));
        }
        return Optional.empty();
    }

}
