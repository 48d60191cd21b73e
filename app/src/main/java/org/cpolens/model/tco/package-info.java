/**
 * Total cost of ownership: what each optics architecture costs over a cluster's lifetime, per
 * accelerator-year, with its payback and the CPO price and watts per port at which it ties the best
 * alternative. {@link org.cpolens.model.tco.TcoKernel} is the arithmetic on primitives that both the
 * scenario model ({@link org.cpolens.model.tco.TcoModel}) and the design sweep run, so a sweep row
 * and {@code cpolens tco} agree; {@link org.cpolens.model.tco.AnalyticReliability} gives the
 * reliability costs without a simulation, from the same rates, for the sweep and for a quick run.
 * Pure: no I/O, every random draw from an explicit seed.
 */
package org.cpolens.model.tco;
