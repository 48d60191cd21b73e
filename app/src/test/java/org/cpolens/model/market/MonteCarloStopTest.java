package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Monte Carlo run asked to stop stops within a chunk of trials, on one thread or many; one never asked runs unchanged. */
class MonteCarloStopTest {
    private static final int TRIALS = 100_000; // 200 chunks of 500

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 0, 3})
    void stopsSoonAfterItIsAsked(int threads) {
        MarketInputs in = MarketFixtures.defaults();
        AtomicInteger asked = new AtomicInteger();
        // "stop" from the 5th chunk on: every chunk asks once before it runs
        assertThatThrownBy(() -> MonteCarlo.run(in, 7, TRIALS, threads, () -> asked.incrementAndGet() > 4))
                .isInstanceOf(CancellationException.class);
        if (threads == 1) {
            // in order on one thread: four chunks ran, the fifth asked and stopped, the other 195 never started
            assertThat(asked.get()).isEqualTo(5);
        }
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aRunNeverAskedToStopGivesTheSameBands(int threads) {
        MarketInputs in = MarketFixtures.defaults();
        MonteCarlo.Bands plain = MonteCarlo.run(in, 11, 2_000, threads);
        MonteCarlo.Bands asked = MonteCarlo.run(in, 11, 2_000, threads, () -> false);
        assertThat(asked.valueP()).isDeepEqualTo(plain.valueP());
        assertThat(asked.portsP()).isDeepEqualTo(plain.portsP());
        assertThat(MarketEngine.run(in, 11, 2_000, () -> false).years())
                .isEqualTo(MarketEngine.run(in, 11, 2_000).years());
    }
}
