package org.cpolens.io;

import java.util.Optional;
import org.cpolens.model.scenario.Scenario;

/** A scenario with the document it came from, so other sections can be read with file:line errors. */
public record LoadedScenario(Scenario scenario, YamlDoc doc) {
    /** A top-level section such as {@code market} or {@code reliability}, when the file has one. */
    public Optional<Node> section(String key) {
        return doc.root().optional(key);
    }
}
