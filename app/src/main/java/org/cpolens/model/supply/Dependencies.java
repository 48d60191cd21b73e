package org.cpolens.model.supply;

import java.util.List;

/**
 * What a company depends on: the inputs of what it makes (bill of materials, walked down the
 * graph) and the companies stated to sell to it.
 */
public record Dependencies(Company company, List<Dependency> components, List<Supplier> directSuppliers) {
    public Dependencies {
        components = List.copyOf(components);
        directSuppliers = List.copyOf(directSuppliers);
    }
}
