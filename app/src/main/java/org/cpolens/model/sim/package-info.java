/**
 * Reliability and serviceability: a fault model per component (pluggable module, optical engine,
 * laser, external laser source, switch, cable, NIC), a repair model per optics architecture, and a
 * discrete-event Monte Carlo of a training job that spans the fabric, with the analytic expectation
 * beside every simulated mean. Pure: no I/O, every draw from an explicit seed.
 */
package org.cpolens.model.sim;
