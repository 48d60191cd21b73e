/**
 * Reliability and serviceability: a fault model per component (pluggable module, optical engine,
 * laser, external laser source, switch, cable, NIC) read line by line from each architecture's bill
 * of materials, a repair path per part (hot swap, switch replacement, board repair), link flaps as an
 * event class of their own, and a discrete-event Monte Carlo of a training job that spans the fabric,
 * with the analytic expectation beside every simulated mean. Rates from field data with no failure
 * are upper bounds ({@link org.cpolens.model.sim.ZeroFailureBound}); the results are also given at
 * fractions of the engine bound ({@link org.cpolens.model.sim.EngineRateSensitivity}), and each
 * architecture's yearly costs ({@link org.cpolens.model.sim.ReliabilityCosts}) are there for the TCO.
 * Pure: no I/O, every draw from an explicit seed.
 */
package org.cpolens.model.sim;
