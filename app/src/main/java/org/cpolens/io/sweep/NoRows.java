package org.cpolens.io.sweep;

/** The sink of a sweep that only tallies ({@code --summary-only}): it formats and writes nothing. */
enum NoRows implements RowSink {
    INSTANCE;

    @Override
    public void prepare(Chunk chunk) {
        // nothing to format: the worker's tally is the whole result
    }

    @Override
    public void begin() {
        // no file
    }

    @Override
    public void write(Chunk chunk) {
        // no rows
    }

    @Override
    public void finish() {
        // nothing to close
    }

    @Override
    public void abort() {
        // nothing to close
    }
}
