package org.cpolens.model.sim;

import java.util.List;
import java.util.Optional;

/** A reliability run: the seed and sizes that reproduce it, and one outcome per architecture, baseline first. */
public record ReliabilityResult(ReliabilityInputs inputs, long seed, int trials, double days,
                                List<ArchitectureReliability> architectures) {
    public ReliabilityResult {
        architectures = List.copyOf(architectures);
    }

    public Optional<ArchitectureReliability> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
