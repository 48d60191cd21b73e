/**
 * The pure engine: records in, records out. Nothing here reads files, prints or takes the clock;
 * the layers above ({@code io}, {@code report}, {@code cli}, {@code web}) do that.
 */
package org.cpolens.model;
