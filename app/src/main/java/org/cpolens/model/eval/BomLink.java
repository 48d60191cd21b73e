package org.cpolens.model.eval;

/**
 * The cables of one link layer of the fabric.
 *
 * @param layer   host-leaf, leaf-spine or spine-core
 * @param links   cables (one fiber pair or one copper cable each)
 * @param optical fiber when true, copper otherwise
 */
public record BomLink(String layer, long links, boolean optical) {
}
