/**
 * Design-space sweeps: a grid of cluster sizes, switches, tiers, oversubscription, host links,
 * architectures and catalog figures, evaluated design by design on primitive arrays with
 * {@link org.cpolens.model.eval.DesignKernel}, plus the tallies a summary needs (winners, Pareto
 * fronts, break-even figures) folded chunk by chunk so nothing holds every row.
 */
package org.cpolens.model.sweep;
