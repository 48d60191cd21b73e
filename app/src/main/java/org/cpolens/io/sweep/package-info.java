/**
 * Design sweeps on disk: grid YAML in (with file:line errors), rows out as CSV, JSON or JSON lines
 * (streamed in order from parallel workers, valid even when cut short), and the runner that ties
 * the engine, the writer and the tally together.
 */
package org.cpolens.io.sweep;
