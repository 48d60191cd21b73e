/**
 * Folded-Clos (fat-tree) builder with 1, 2 or 3 tiers, uniform striping and partial fabrics.
 * {@link org.cpolens.model.fabric.FabricBuilder} is the algorithm; {@link org.cpolens.model.fabric.Fabric}
 * is the result the evaluator, market and reliability models read.
 */
package org.cpolens.model.fabric;
