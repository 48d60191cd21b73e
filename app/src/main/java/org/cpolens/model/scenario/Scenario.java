package org.cpolens.model.scenario;

import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.FabricRequest;

/**
 * The interconnect part of a scenario, with catalog ids resolved and overrides applied. Other
 * models (market, reliability) read their own sections through the io layer.
 *
 * @param architectures the first is the baseline every other is compared with
 */
public record Scenario(String name, String description, ClusterSpec cluster, SwitchSystem switchSystem,
                       FabricRequest fabricRequest, List<OpticsArchitecture> architectures) {
    public Scenario {
        architectures = List.copyOf(architectures);
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one architecture");
        }
    }

    public OpticsArchitecture baseline() {
        return architectures.get(0);
    }
}
