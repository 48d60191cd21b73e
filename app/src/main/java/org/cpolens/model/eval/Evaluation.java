package org.cpolens.model.eval;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cpolens.model.fabric.Fabric;

/**
 * A scenario's fabric with every architecture placed on it once.
 *
 * @param architectures the scenario's own, baseline first: what comparisons show
 * @param extras        architectures other models need on the same fabric that the scenario does
 *                      not list (the market's CPO, reliability's embedded-laser counterfactual)
 */
public record Evaluation(Interconnect interconnect, Fabric fabric, List<ArchitectureResult> architectures,
                         List<ArchitectureResult> extras) {
    public Evaluation {
        architectures = List.copyOf(architectures);
        extras = List.copyOf(extras);
    }

    public ArchitectureResult baseline() {
        return architectures.get(0);
    }

    /** A compared architecture by id. */
    public Optional<ArchitectureResult> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Any evaluated architecture by id, compared or extra. */
    public Optional<ArchitectureResult> result(String id) {
        return Stream.concat(architectures.stream(), extras.stream()).filter(a -> a.id().equals(id)).findFirst();
    }

    /** The compared architecture the scenario studies against its baseline (see {@link Interconnect#studied()}). */
    public ArchitectureResult studied() {
        return architecture(interconnect.studied().id()).orElseThrow();
    }
}
