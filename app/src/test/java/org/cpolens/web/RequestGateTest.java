package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link RequestGate}: admission by places and by memory, refusal of what could never fit, a
 * waiting request dropped and a running one interrupted when its client leaves, Errors carried
 * out as exceptions. The waits below only guard against hangs; nothing is timed.
 */
@Timeout(60)
class RequestGateTest {
    private static final long MB = 1024 * 1024;
    private static final BooleanSupplier STAYS = () -> false;

    private final ExecutorService clients = Executors.newCachedThreadPool();
    private RequestGate gate;

    @AfterEach
    void stop() {
        clients.shutdownNow();
        if (gate != null) {
            gate.close();
        }
    }

    private static void await(RequestGate gate, Predicate<RequestGate.Stats> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.test(gate.stats())) {
            assertThat(System.nanoTime()).as("gate never reached the state; stats %s", gate.stats()).isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    /** Occupies a worker until {@code release} opens. */
    private Future<String> block(long cost, CountDownLatch release) {
        return clients.submit(() -> gate.run(cost, () -> {
            release.await();
            return "blocked";
        }, STAYS));
    }

    @Test
    void placesBeyondWorkersAndLineAreRefusedAtOnce() throws Exception {
        gate = new RequestGate(new ServerLimits(1, 2, 1000 * MB));
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> admitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            admitted.add(block(MB, release));
            int n = i + 1;
            await(gate, s -> s.running() + s.waiting() == n);
        }
        assertThatThrownBy(() -> gate.run(MB, () -> "never", STAYS)).isInstanceOf(RequestGate.Busy.class)
                .hasMessageContaining("3 expensive requests are running or waiting");
        release.countDown();
        for (Future<String> f : admitted) {
            assertThat(f.get()).isEqualTo("blocked");
        }
        RequestGate.Stats s = gate.stats();
        assertThat(s.refusedBusy()).isEqualTo(1);
        assertThat(s.completed()).isEqualTo(3);
        assertThat(s.peakAdmitted()).isEqualTo(3);
        assertThat(s.running() + s.waiting()).isZero();
        assertThat(s.reservedBytes()).isZero();
        assertThat(gate.run(MB, () -> "free again", STAYS)).isEqualTo("free again");
    }

    @Test
    void memoryPromisedToAdmittedRequestsIsNotPromisedAgain() throws Exception {
        gate = new RequestGate(new ServerLimits(4, 4, 100 * MB));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> big = block(70 * MB, release);
        await(gate, s -> s.running() == 1);
        assertThatThrownBy(() -> gate.run(40 * MB, () -> "never", STAYS)).isInstanceOf(RequestGate.Busy.class)
                .hasMessageContaining("working memory");
        assertThat(gate.run(30 * MB, () -> "fits beside it", STAYS)).isEqualTo("fits beside it");
        release.countDown();
        big.get();
        assertThat(gate.stats().peakReservedBytes()).isEqualTo(100 * MB);
    }

    @Test
    void oneRequestAboveTheWholeBudgetIsTooLargeNotBusy() {
        gate = new RequestGate(new ServerLimits(1, 1, 100 * MB));
        assertThatThrownBy(() -> gate.run(101 * MB, () -> "never", STAYS)).isInstanceOfSatisfying(RequestGate.TooLarge.class,
                e -> {
                    assertThat(e.costBytes).isEqualTo(101 * MB);
                    assertThat(e.budgetBytes).isEqualTo(100 * MB);
                });
        assertThat(gate.stats().started()).isZero();
    }

    @Test
    void aWaitingRequestWhoseClientLeftIsDroppedAndNeverRuns() throws Exception {
        gate = new RequestGate(new ServerLimits(1, 1, 100 * MB));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = block(MB, release);
        await(gate, s -> s.running() == 1);
        AtomicBoolean gone = new AtomicBoolean();
        AtomicBoolean ran = new AtomicBoolean();
        Future<String> second = clients.submit(() -> gate.run(10 * MB, () -> {
            ran.set(true);
            return "should not run";
        }, gone::get));
        await(gate, s -> s.waiting() == 1);
        gone.set(true);
        assertThatThrownBy(second::get).hasCauseInstanceOf(RequestGate.ClientGone.class);
        assertThat(gate.stats().cancelledWaiting()).isEqualTo(1);
        assertThat(gate.stats().reservedBytes()).as("its memory given back at once").isEqualTo(MB);
        release.countDown();
        first.get();
        await(gate, s -> s.running() == 0);
        assertThat(ran).isFalse();
        assertThat(gate.stats().started()).isEqualTo(1);
    }

    @Test
    void aRunningRequestWhoseClientLeftIsInterruptedAndItsPlaceGivenBack() throws Exception {
        gate = new RequestGate(new ServerLimits(1, 0, 100 * MB));
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean sawStop = new AtomicBoolean();
        Future<String> f = clients.submit(() -> gate.run(10 * MB, () -> {
            BooleanSupplier stop = RequestGate.stopSignal();
            started.set(true);
            while (!stop.getAsBoolean()) {
                Thread.onSpinWait();
            }
            sawStop.set(true);
            throw new CancellationException("stopped");
        }, started::get)); // the client "leaves" as soon as the work has started
        assertThatThrownBy(f::get).hasCauseInstanceOf(RequestGate.ClientGone.class);
        await(gate, s -> s.running() == 0 && s.reservedBytes() == 0);
        assertThat(sawStop).isTrue();
        assertThat(gate.stats().cancelledRunning()).isEqualTo(1);
        assertThat(gate.stats().completed()).isZero();
        // the worker is usable again, its interrupt cleared
        assertThat(gate.run(MB, () -> Thread.currentThread().isInterrupted() ? "interrupted" : "clean", STAYS)).isEqualTo("clean");
    }

    @Test
    void anErrorInTheWorkComesOutAsAnExceptionAndFreesThePlace() throws Exception {
        gate = new RequestGate(new ServerLimits(1, 0, 100 * MB));
        assertThatThrownBy(() -> gate.run(MB, () -> {
            throw new OutOfMemoryError("Java heap space");
        }, STAYS)).isInstanceOf(RequestGate.WorkFailed.class).hasMessageContaining("OutOfMemoryError: Java heap space");
        assertThatThrownBy(() -> gate.run(MB, () -> {
            throw new IllegalArgumentException("bad");
        }, STAYS)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
        assertThat(gate.stats().reservedBytes()).isZero();
        assertThat(gate.run(MB, () -> "next", STAYS)).isEqualTo("next");
    }
}
