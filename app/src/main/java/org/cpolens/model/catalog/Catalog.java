package org.cpolens.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Everything the engine knows from sourced data files. Other layers (market, supply, reliability)
 * keep their own catalog records next to their models; this one holds the interconnect figures.
 *
 * @param faceplateWidthMm usable width of a rack unit's front panel, for bandwidth per rack unit
 */
public record Catalog(List<OpticsArchitecture> architectures, List<SwitchSystem> switches, Figure faceplateWidthMm) {
    public Catalog {
        architectures = List.copyOf(architectures);
        switches = List.copyOf(switches);
        java.util.Objects.requireNonNull(faceplateWidthMm, "faceplateWidthMm");
    }

    public Optional<OpticsArchitecture> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<SwitchSystem> switchSystem(String id) {
        return switches.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> architectureIds() {
        return architectures.stream().map(OpticsArchitecture::id).toList();
    }

    public List<String> switchIds() {
        return switches.stream().map(SwitchSystem::id).toList();
    }
}
