package org.cpolens.model.market;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import org.hipparchus.stat.descriptive.rank.Percentile;
import java.util.stream.IntStream;
import org.cpolens.model.InputException;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Seeded Monte Carlo over the uncertain market inputs. Trials are split into fixed chunks of
 * {@link #CHUNK} trials; chunk i draws from its own Well19937c seeded from (seed, i), so the set of
 * trials, and with it every percentile, is the same whatever the number of threads.
 */
public final class MonteCarlo {
    /** Trials per chunk: the unit of parallel work and of seeding. */
    public static final int CHUNK = 500;
    public static final int MIN_TRIALS = 1;
    public static final int MAX_TRIALS = 1_000_000;

    private MonteCarlo() {
    }

    /**
     * Revenue and ports percentiles per year.
     *
     * @param revenueP rows p10, p50, p90; columns years
     * @param portsP   rows p10, p50, p90; columns years
     */
    public record Bands(double[][] revenueP, double[][] portsP) {
    }

    public static void checkTrials(long trials) {
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw InputException.field("--trials", trials, "must be between " + MIN_TRIALS + " and " + MAX_TRIALS,
                    "10,000 trials give stable P10/P90 bands");
        }
    }

    /** Runs on the common fork-join pool. */
    public static Bands run(MarketInputs in, long seed, int trials) {
        return run(in, seed, trials, 0);
    }

    /**
     * @param threads 1 runs on the calling thread, 0 uses the common pool, more uses a pool of that size;
     *                the result is the same in every case
     */
    public static Bands run(MarketInputs in, long seed, int trials, int threads) {
        return run(in, seed, trials, threads, () -> false);
    }

    /**
     * As {@link #run(MarketInputs, long, int, int)}; each chunk first asks {@code stop} and, when it
     * answers true, the run ends with a {@link CancellationException}: a request nobody waits for
     * any more stops within one chunk of trials instead of running to the end.
     */
    public static Bands run(MarketInputs in, long seed, int trials, int threads, BooleanSupplier stop) {
        checkTrials(trials);
        Projector projector = new Projector(in);
        int years = projector.years();
        double[][] revenue = new double[years][trials];
        double[][] ports = new double[years][trials];
        Sampler sampler = new Sampler(in.uncertainty());
        int chunks = (trials + CHUNK - 1) / CHUNK;
        if (threads == 1 || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                runChunk(projector, sampler, seed, c, trials, revenue, ports, stop);
            }
        } else {
            Runnable all = () -> IntStream.range(0, chunks).parallel()
                    .forEach(c -> runChunk(projector, sampler, seed, c, trials, revenue, ports, stop));
            if (threads <= 0) {
                all.run();
            } else {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    pool.submit(all).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Monte Carlo interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException c) {
                        throw c;
                    }
                    throw new IllegalStateException("Monte Carlo failed: " + e.getCause(), e.getCause());
                } finally {
                    pool.shutdown();
                }
            }
        }
        boolean parallel = threads != 1;
        return new Bands(percentiles(revenue, parallel), percentiles(ports, parallel));
    }

    /** The generator of one chunk: Well19937c seeded from the run's seed and the chunk index. */
    static RandomGenerator generator(long seed, int chunk) {
        return new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, chunk, 0x43504f4c});
    }

    private static void runChunk(Projector projector, Sampler sampler, long seed, int chunk, int trials,
                                 double[][] revenue, double[][] ports, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("Monte Carlo stopped at chunk " + chunk);
        }
        RandomGenerator rng = generator(seed, chunk);
        int years = projector.years();
        double[] rev = new double[years];
        double[] prt = new double[years];
        int from = chunk * CHUNK;
        int to = Math.min(trials, from + CHUNK);
        for (int t = from; t < to; t++) {
            // a fixed draw order per trial keeps each trial's inputs independent of the others' branches
            double pF = sampler.draw(Sampler.P, rng);
            double qF = sampler.draw(Sampler.Q, rng);
            double aspF = sampler.draw(Sampler.ASP, rng);
            double rateF = sampler.draw(Sampler.RATE, rng);
            double depF = sampler.draw(Sampler.DEPLOY, rng);
            double delay = 0;
            for (int r = 0; r < sampler.riskProbability.length; r++) {
                if (rng.nextDouble() < sampler.riskProbability[r]) {
                    delay += sampler.riskDelay[r];
                }
            }
            projector.project(pF, qF, aspF, rateF, depF, delay, null, prt, null, rev);
            for (int y = 0; y < years; y++) {
                revenue[y][t] = rev[y];
                ports[y][t] = prt[y];
            }
        }
    }

    /**
     * P10, P50, P90 of each row, by linear interpolation between order statistics (type 7), with
     * Hipparchus's selection-based percentile (no full sort) and the rows in parallel: sorting every
     * year's trials serially used to cost as much as the trials themselves.
     */
    static double[][] percentiles(double[][] rows, boolean parallel) {
        double[][] out = new double[3][rows.length];
        IntStream ys = IntStream.range(0, rows.length);
        (parallel ? ys.parallel() : ys).forEach(y -> {
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(rows[y]);
            out[0][y] = p.evaluate(10);
            out[1][y] = p.evaluate(50);
            out[2][y] = p.evaluate(90);
        });
        return out;
    }

    /** The distributions of one run, built once; sampling is by inverse CDF of one uniform draw each. */
    static final class Sampler {
        static final int P = 0;
        static final int Q = 1;
        static final int ASP = 2;
        static final int RATE = 3;
        static final int DEPLOY = 4;
        private final RealDistribution[] distributions;
        private final double[] constants;
        final double[] riskProbability;
        final double[] riskDelay;

        Sampler(Uncertainty u) {
            Spread[] spreads = {u.adoptionP(), u.adoptionQ(), u.asp(), u.learningRate(), u.deployments()};
            distributions = new RealDistribution[spreads.length];
            constants = new double[spreads.length];
            for (int i = 0; i < spreads.length; i++) {
                distributions[i] = spreads[i].distribution();
                constants[i] = spreads[i].mode();
            }
            List<Risk> risks = u.risks();
            riskProbability = new double[risks.size()];
            riskDelay = new double[risks.size()];
            for (int i = 0; i < risks.size(); i++) {
                riskProbability[i] = risks.get(i).probability().value();
                riskDelay[i] = risks.get(i).delayYears().value();
            }
        }

        /** Always consumes one uniform draw, so a constant input does not shift the others' streams. */
        double draw(int input, RandomGenerator rng) {
            double u = rng.nextDouble();
            RealDistribution d = distributions[input];
            return d == null ? constants[input] : d.inverseCumulativeProbability(u);
        }
    }
}
