package org.cpolens.model.supply;

/** A company with its role for one component. */
public record Supplier(Company company, Role role) {
}
