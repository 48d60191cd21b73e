package org.cpolens.model.eval;

import java.util.List;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.scenario.Scenario;

/** A scenario's fabric with every architecture placed on it, baseline first. */
public record Evaluation(Scenario scenario, Fabric fabric, List<ArchitectureResult> architectures) {
    public Evaluation {
        architectures = List.copyOf(architectures);
    }

    public ArchitectureResult baseline() {
        return architectures.get(0);
    }

    public java.util.Optional<ArchitectureResult> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
