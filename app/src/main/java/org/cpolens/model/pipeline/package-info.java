/**
 * The one run pipeline, fabric -> evaluation -> market -> supply -> signals -> reliability, that
 * {@code analyze}, {@code market}, {@code reliability}, {@code compare} and the dashboard call.
 */
package org.cpolens.model.pipeline;
