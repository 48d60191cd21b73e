package org.cpolens.model.eval;

import java.util.List;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.ClusterSpec;
import org.cpolens.model.fabric.FabricRequest;

/**
 * What the evaluator places optics on: the interconnect part of a scenario, with catalog ids
 * resolved and overrides applied.
 *
 * @param architectures the scale-out switch-side alternatives; the first is the baseline every other
 *                      is compared with
 * @param nic           the NIC-side architecture of every compared design; empty: each architecture's
 *                      own when it replaces host-side modules, else the baseline's (CPO today)
 * @param scaleUp       the scale-up layer, the same for every compared design; empty: none modelled
 * @param faceplateWidthMm usable front-panel width of a rack unit, for bandwidth per rack unit
 */
public record Interconnect(String name, String description, ClusterSpec cluster, SwitchSystem switchSystem,
                           FabricRequest fabricRequest, List<OpticsArchitecture> architectures,
                           Optional<OpticsArchitecture> nic, Optional<ScaleUpSpec> scaleUp, Figure faceplateWidthMm) {
    public Interconnect {
        architectures = List.copyOf(architectures);
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one architecture");
        }
        java.util.Objects.requireNonNull(nic, "nic");
        java.util.Objects.requireNonNull(scaleUp, "scaleUp");
        java.util.Objects.requireNonNull(faceplateWidthMm, "faceplateWidthMm");
        scaleUp.ifPresent(s -> s.requireFits(cluster.accelerators()));
    }

    /** A scale-out interconnect alone: NIC side by the usual rule, no scale-up layer. */
    public Interconnect(String name, String description, ClusterSpec cluster, SwitchSystem switchSystem,
                        FabricRequest fabricRequest, List<OpticsArchitecture> architectures, Figure faceplateWidthMm) {
        this(name, description, cluster, switchSystem, fabricRequest, architectures, Optional.empty(), Optional.empty(),
                faceplateWidthMm);
    }

    /** The NIC-side architecture of a design whose switch side is {@code a}. */
    public OpticsArchitecture nicFor(OpticsArchitecture a) {
        return nic.orElse(a.replacesHostSide() ? a : baseline());
    }

    public OpticsArchitecture baseline() {
        return architectures.get(0);
    }

    /** The same scenario comparing other architectures (the first stays the baseline). */
    public Interconnect withArchitectures(List<OpticsArchitecture> archs) {
        return new Interconnect(name, description, cluster, switchSystem, fabricRequest, archs, nic, scaleUp,
                faceplateWidthMm);
    }

    /** The first CPO architecture after the baseline, if the scenario lists one. */
    public java.util.Optional<OpticsArchitecture> cpo() {
        return architectures.stream().skip(1).filter(a -> a.kind().isCpo()).findFirst();
    }

    /**
     * The one rule for "the architecture this scenario studies": its CPO (see {@link #cpo()}), else
     * the last one listed. The report's headline, the market and the supply chain all use it.
     */
    public OpticsArchitecture studied() {
        return cpo().orElse(architectures.get(architectures.size() - 1));
    }
}
