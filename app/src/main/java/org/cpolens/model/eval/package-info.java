/**
 * Places each optics architecture on a built fabric: ports and modules, optics and switch power,
 * pJ/bit, lasers and laser modules, edge use, latency, capex, and savings against the baseline.
 */
package org.cpolens.model.eval;
