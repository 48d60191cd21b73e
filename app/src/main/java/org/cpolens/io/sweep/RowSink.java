package org.cpolens.io.sweep;

import java.io.IOException;

/** Where sweep rows go. {@link #prepare} runs on worker threads, the rest on the writing thread, in row order. */
interface RowSink {
    /** Turns an evaluated chunk into what {@link #write} needs; called concurrently for different chunks. */
    void prepare(Chunk chunk);

    void begin() throws IOException;

    void write(Chunk chunk) throws IOException;

    /** Ends the output so it is valid however many rows it holds, and closes it. */
    void finish() throws IOException;

    /** Closes without finishing, after a failure; the caller deletes the file. */
    void abort();
}
