/**
 * Reading the outside world: YAML catalog and scenario files with line-accurate errors, revenue
 * files, the embedded database. Converts units and calendars at this boundary, never later.
 */
package org.cpolens.io;
