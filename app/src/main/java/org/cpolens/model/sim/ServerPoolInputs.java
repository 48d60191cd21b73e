package org.cpolens.model.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;

/**
 * A server-pool scenario resolved: its parameters, every one of them as a figure with source and
 * status (keyed by its scenario field, in file order), the default number of replications and the
 * peer's figures when the scenario gives them.
 */
public record ServerPoolInputs(String scenarioName, String description, ServerPoolParams params,
                               Map<String, Figure> figures, int defaultReplications, Optional<PeerReference> peer,
                               List<String> notes) {
    public ServerPoolInputs {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
    }

    public ServerPoolInputs withParams(ServerPoolParams p) {
        return new ServerPoolInputs(scenarioName, description, p, figures, defaultReplications, peer, notes);
    }
}
