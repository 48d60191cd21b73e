package org.cpolens.io.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.cpolens.model.sweep.SweepEngine;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.sweep.SweepTally;

/**
 * Runs a sweep: workers evaluate, tally and format fixed chunks of groups in parallel; this thread
 * writes them strictly in order, so the output and the tally are the same at any thread count. At
 * most a few chunks are in flight, so memory stays flat however many rows the sweep has.
 */
public final class SweepRunner {
    /** Rows per chunk: big enough to amortise the hand-off, small enough to keep memory flat. */
    public static final int ROWS_PER_CHUNK = 4096;

    /**
     * @param rowsWritten rows in the output
     * @param rowsPlanned rows the plan has
     * @param tally       summary of the rows written
     */
    public record Outcome(long rowsWritten, long rowsPlanned, SweepTally tally) {
        public boolean complete() {
            return rowsWritten == rowsPlanned;
        }
    }

    private SweepRunner() {
    }

    /**
     * Writes every row of {@code plan} to {@code file} (format from its extension). Rows go to a
     * hidden file beside it, moved into place at the end; when {@code cancelled} turns true the rows
     * written so far are closed off as a valid file and moved into place all the same.
     */
    public static Outcome toFile(SweepPlan plan, Path file, int threads, BooleanSupplier cancelled,
                                 LongConsumer progress) throws IOException {
        RowFormat format = RowFormat.of(file);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = dir.resolve("." + file.getFileName() + ".part");
        Outcome outcome;
        try {
            outcome = format == RowFormat.PARQUET
                    ? run(plan, new ParquetSink(plan, part), threads, cancelled, progress)
                    : toStream(plan, format, Files.newOutputStream(part), threads, cancelled, progress);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // also when the move fails (the target became a folder, the disk filled): no hidden .part is left
            Files.deleteIfExists(part);
            throw e;
        }
        return outcome;
    }

    /** Writes text rows to a stream, which is closed at the end. */
    public static Outcome toStream(SweepPlan plan, RowFormat format, OutputStream out, int threads,
                                   BooleanSupplier cancelled, LongConsumer progress) throws IOException {
        if (format == RowFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file: use toFile");
        }
        return run(plan, new TextSink(plan, format, out), threads, cancelled, progress);
    }

    /** Groups per chunk, at least one. */
    public static int chunkGroups(SweepPlan plan) {
        return Math.max(1, ROWS_PER_CHUNK / plan.architectureCount());
    }

    private static Outcome run(SweepPlan plan, RowSink sink, int threads, BooleanSupplier cancelled,
                               LongConsumer progress) throws IOException {
        int workers = Math.max(1, threads);
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "cpolens-sweep-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int window = 2 * workers + 1;
        int perChunk = chunkGroups(plan);
        long groups = plan.groups();
        SweepTally total = new SweepTally(plan);
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        ArrayDeque<Chunk> free = new ArrayDeque<>();
        long next = 0;
        long written = 0;
        try {
            sink.begin();
            while (true) {
                while (!cancelled.getAsBoolean() && inFlight.size() < window && next < groups) {
                    Chunk chunk = free.isEmpty() ? new Chunk(plan, perChunk) : free.poll();
                    long first = next;
                    int count = (int) Math.min(perChunk, groups - first);
                    next += count;
                    inFlight.add(pool.submit(() -> {
                        SweepEngine.evaluate(plan, first, count, chunk.block);
                        chunk.tally = new SweepTally(plan);
                        chunk.tally.add(plan, chunk.block);
                        sink.prepare(chunk);
                        return chunk;
                    }));
                }
                if (inFlight.isEmpty() || cancelled.getAsBoolean()) {
                    break;
                }
                Chunk done = inFlight.poll().get();
                sink.write(done);
                total.merge(done.tally);
                written += done.block.rows();
                if (progress != null) {
                    progress.accept(written);
                }
                free.add(done);
            }
            for (Future<Chunk> f : inFlight) {
                f.cancel(true);
            }
            sink.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.abort();
            throw new IOException("interrupted while writing sweep rows", e);
        } catch (ExecutionException e) {
            sink.abort();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IOException | RuntimeException e) {
            sink.abort();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(written, plan.rows(), total);
    }
}
