package org.cpolens.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Admission for expensive requests: a few worker threads, a short waiting line, and a memory
 * budget. A request is admitted only while a place in the line is free and its estimated working
 * memory fits beside that of every request already admitted; otherwise it is refused at once
 * with {@link Busy} (HTTP 503), so a burst cannot pile up work or exhaust the heap. While it waits
 * or runs, the request's connection is probed; when the client has gone, a waiting request is
 * dropped and a running one interrupted (the market model stops within one chunk of trials).
 */
final class RequestGate implements AutoCloseable {
    /** How often a waiting request looks at its client's connection. */
    static final long PROBE_MILLIS = 50;

    private final ServerLimits limits;
    private final ThreadPoolExecutor pool;
    private final Object lock = new Object();
    private int admitted;
    private long reserved;
    private int peakAdmitted;
    private long peakReserved;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong refusedBusy = new AtomicLong();
    private final AtomicLong refusedTooLarge = new AtomicLong();
    private final AtomicLong cancelledWaiting = new AtomicLong();
    private final AtomicLong cancelledRunning = new AtomicLong();
    /** Moving mean of the seconds a request runs, for Retry-After. */
    private volatile double meanSeconds = 1.0;

    RequestGate(ServerLimits limits) {
        this.limits = limits;
        AtomicInteger names = new AtomicInteger();
        // unbounded queue: admission above bounds it to heavyWaiting entries
        this.pool = new ThreadPoolExecutor(limits.heavyWorkers(), limits.heavyWorkers(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "cpolens-heavy-" + names.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    ServerLimits limits() {
        return limits;
    }

    /** The server is full: the line is taken or the memory is promised to admitted requests. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int retryAfterSeconds;

        Busy(String message, int retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** One request needs more working memory than the whole budget: it could never be admitted. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long costBytes;
        final long budgetBytes;

        TooLarge(long costBytes, long budgetBytes) {
            super("needs " + costBytes + " bytes, budget " + budgetBytes);
            this.costBytes = costBytes;
            this.budgetBytes = budgetBytes;
        }
    }

    /** The client closed its connection: the work was dropped or stopped; there is no one to answer. */
    static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone() {
            super("the client closed the connection");
        }
    }

    /** An Error (such as OutOfMemoryError) in admitted work, carried to the exception mapper as a 500. */
    static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * What the gate has done so far; the tests read it.
     *
     * @param running          requests computing now
     * @param waiting          admitted requests waiting for a worker
     * @param reservedBytes    estimated working memory of the admitted requests
     * @param peakAdmitted     most requests admitted at once
     * @param peakReservedBytes most working memory promised at once (never above the budget)
     */
    record Stats(int running, int waiting, long reservedBytes, int peakAdmitted, long peakReservedBytes, long started,
                 long completed, long refusedBusy, long refusedTooLarge, long cancelledWaiting, long cancelledRunning) {
    }

    Stats stats() {
        synchronized (lock) {
            int r = running.get();
            return new Stats(r, Math.max(0, admitted - r), reserved, peakAdmitted, peakReserved, started.get(),
                    completed.get(), refusedBusy.get(), refusedTooLarge.get(), cancelledWaiting.get(),
                    cancelledRunning.get());
        }
    }

    /**
     * A stop signal for the model, bound to the worker thread that calls this: it turns true when
     * the gate interrupts that worker (its client went away). Model code runs parallel parts on
     * other threads, so it must ask this, not its own thread.
     */
    static BooleanSupplier stopSignal() {
        Thread worker = Thread.currentThread();
        return worker::isInterrupted;
    }

    /**
     * Runs {@code work} on a worker when admitted, and waits for it.
     *
     * @param costBytes  the request's estimated working memory
     * @param clientGone true once the client has closed its connection
     * @throws TooLarge   when {@code costBytes} alone is above the budget
     * @throws Busy       when the line is full or the memory is promised
     * @throws ClientGone when the client left before the answer
     */
    <T> T run(long costBytes, Callable<T> work, BooleanSupplier clientGone) throws InterruptedException {
        if (costBytes > limits.memoryBudgetBytes()) {
            refusedTooLarge.incrementAndGet();
            throw new TooLarge(costBytes, limits.memoryBudgetBytes());
        }
        Ticket ticket = admit(costBytes);
        FutureTask<T> task = new FutureTask<>(() -> {
            if (!ticket.start()) {
                return null; // dropped while waiting; its place was given back then
            }
            running.incrementAndGet();
            started.incrementAndGet();
            long t0 = System.nanoTime();
            try {
                return work.call();
            } finally {
                running.decrementAndGet();
                meanSeconds = 0.8 * meanSeconds + 0.2 * ((System.nanoTime() - t0) / 1e9);
                release(ticket);
            }
        });
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            release(ticket);
            throw new Busy("the server is stopping", 1);
        }
        try {
            while (true) {
                try {
                    T result = task.get(PROBE_MILLIS, TimeUnit.MILLISECONDS);
                    completed.incrementAndGet();
                    return result;
                } catch (TimeoutException e) {
                    if (clientGone.getAsBoolean()) {
                        drop(task, ticket);
                        throw new ClientGone();
                    }
                }
            }
        } catch (InterruptedException e) {
            drop(task, ticket);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new WorkFailed(cause);
        }
    }

    private Ticket admit(long costBytes) {
        synchronized (lock) {
            int places = limits.heavyWorkers() + limits.heavyWaiting();
            if (admitted >= places || reserved + costBytes > limits.memoryBudgetBytes()) {
                refusedBusy.incrementAndGet();
                boolean full = admitted >= places;
                throw new Busy(full
                        ? "busy: " + admitted + " expensive requests are running or waiting, the most this server takes at once"
                        : "busy: the expensive requests admitted already use the working memory this request needs",
                        retryAfterSeconds(admitted));
            }
            admitted++;
            reserved += costBytes;
            peakAdmitted = Math.max(peakAdmitted, admitted);
            peakReserved = Math.max(peakReserved, reserved);
            return new Ticket(costBytes);
        }
    }

    /** Seconds until a place is likely free: the requests ahead, run on the workers at their mean time. */
    private int retryAfterSeconds(int ahead) {
        double s = meanSeconds * Math.max(1, ahead) / limits.heavyWorkers();
        return (int) Math.max(1, Math.min(60, Math.ceil(s)));
    }

    private void drop(FutureTask<?> task, Ticket ticket) {
        if (ticket.cancelWaiting()) {
            pool.remove(task);
            release(ticket);
            cancelledWaiting.incrementAndGet();
        } else if (task.cancel(true)) {
            // the worker is interrupted; the task's finally gives its place back when it stops
            cancelledRunning.incrementAndGet();
        }
    }

    private void release(Ticket ticket) {
        if (ticket.released.compareAndSet(false, true)) {
            synchronized (lock) {
                admitted--;
                reserved -= ticket.costBytes;
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One admitted request: waiting, then running, or dropped while waiting; released once. */
    private static final class Ticket {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DROPPED = 2;
        final long costBytes;
        final AtomicInteger state = new AtomicInteger(WAITING);
        final AtomicBoolean released = new AtomicBoolean();

        Ticket(long costBytes) {
            this.costBytes = costBytes;
        }

        boolean start() {
            return state.compareAndSet(WAITING, RUNNING);
        }

        boolean cancelWaiting() {
            return state.compareAndSet(WAITING, DROPPED);
        }
    }
}
