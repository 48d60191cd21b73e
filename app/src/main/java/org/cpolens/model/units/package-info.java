/** Units of the engine (Gb/s, W, kW, pJ/bit, USD) and every conversion between them, in one place. */
package org.cpolens.model.units;
