/**
 * A runnable scenario as one typed record: the interconnect to evaluate, the market, supply and
 * reliability settings resolved over the catalog, and the run defaults (seed, trials).
 */
package org.cpolens.model.scenario;
