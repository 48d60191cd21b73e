package org.cpolens.model.supply;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.catalog.Status;

/**
 * A company makes a component.
 *
 * @param qualified shipping to (or stated as supplier of) a CPO program, not only developing
 * @param sole      a source states it is the only supplier (e.g. phase-1 FAU)
 * @param program   which product or program, "" when none is named
 * @param customers company ids it sells this component to, where stated
 */
public record Role(String component, boolean qualified, boolean sole, String program, List<String> customers,
                   String source, Status status, String note) {
    public Role {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        customers = List.copyOf(customers);
        program = program == null ? "" : program;
        note = note == null ? "" : note;
        if (sole && !qualified) {
            throw new IllegalArgumentException("a sole supplier must be qualified: " + component);
        }
    }
}
