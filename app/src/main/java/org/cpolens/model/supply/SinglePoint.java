package org.cpolens.model.supply;

import java.util.List;

/**
 * A component with exactly one qualified supplier in the catalog.
 *
 * @param statedSole         a source says the supplier is the sole one; otherwise the catalog
 *                           simply lists no second qualified supplier
 * @param candidates         companies developing it, not yet qualified
 * @param affectedComponents components downstream of it in the bill of materials
 * @param affectedCompanies  companies making those, by id
 */
public record SinglePoint(Component component, Supplier supplier, boolean statedSole, List<Company> candidates,
                          List<String> affectedComponents, List<String> affectedCompanies) {
    public SinglePoint {
        candidates = List.copyOf(candidates);
        affectedComponents = List.copyOf(affectedComponents);
        affectedCompanies = List.copyOf(affectedCompanies);
    }
}
