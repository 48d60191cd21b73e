package org.cpolens.model.sim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reliability run: the seed and sizes that reproduce it, one outcome per architecture (baseline
 * first), and the headline results at fractions of the optical-engine rate when an architecture has
 * engines and the settings name factors.
 */
public record ReliabilityResult(ReliabilityInputs inputs, long seed, int trials, double days,
                                List<ArchitectureReliability> architectures,
                                Optional<EngineRateSensitivity> engineRateSensitivity) {
    public ReliabilityResult {
        architectures = List.copyOf(architectures);
        Objects.requireNonNull(engineRateSensitivity, "engineRateSensitivity");
    }

    public Optional<ArchitectureReliability> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
