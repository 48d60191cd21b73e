/**
 * Catalog records: optics architectures and switch systems, each figure carrying its source and
 * status (stated / secondary / reconstructed / assumption / fitted / not-found).
 */
package org.cpolens.model.catalog;
