/**
 * The supply chain: which companies make each CPO component, who sells to whom, where a component
 * hangs on a single qualified supplier, and what each company has at stake under a unit demand.
 * Pure model: records in, records out; the catalog is read by {@code io.CompanyCatalogLoader}.
 */
package org.cpolens.model.supply;
