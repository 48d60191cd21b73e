package org.cpolens.model.supply;

import java.util.List;

/**
 * A component a company's products need, directly (depth 1) or through other components.
 *
 * @param neededFor the company's components (or intermediate components) that take this one as input
 * @param suppliers every catalog company making it, qualified or not
 */
public record Dependency(Component component, int depth, List<String> neededFor, List<Supplier> suppliers) {
    public Dependency {
        neededFor = List.copyOf(neededFor);
        suppliers = List.copyOf(suppliers);
    }

    public long qualifiedSuppliers() {
        return suppliers.stream().filter(s -> s.role().qualified()).count();
    }
}
