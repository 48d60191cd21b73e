package org.cpolens.model.eval;

/**
 * The cables of one link layer.
 *
 * @param layer   {@link OpticsLayer#SWITCH} for the scale-out fabric's layers (host-leaf first),
 *                {@link OpticsLayer#SCALE_UP} for the scale-up links
 * @param name    host-leaf, leaf-spine, spine-core, scale-up optical, scale-up copper
 * @param links   cables (one fiber pair or one copper cable each)
 * @param optical fiber when true, copper otherwise
 */
public record BomLink(OpticsLayer layer, String name, long links, boolean optical) {
}
