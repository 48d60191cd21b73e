package org.cpolens.model.eval;

import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.ClusterSpec;
import org.cpolens.model.fabric.FabricRequest;

/**
 * What the evaluator places optics on: the interconnect part of a scenario, with catalog ids
 * resolved and overrides applied.
 *
 * @param architectures the first is the baseline every other is compared with
 */
public record Interconnect(String name, String description, ClusterSpec cluster, SwitchSystem switchSystem,
                       FabricRequest fabricRequest, List<OpticsArchitecture> architectures) {
    public Interconnect {
        architectures = List.copyOf(architectures);
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one architecture");
        }
    }

    public OpticsArchitecture baseline() {
        return architectures.get(0);
    }

    /** The same scenario comparing other architectures (the first stays the baseline). */
    public Interconnect withArchitectures(List<OpticsArchitecture> archs) {
        return new Interconnect(name, description, cluster, switchSystem, fabricRequest, archs);
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
