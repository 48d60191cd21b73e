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
 * Seeded Monte Carlo over the uncertain market inputs (volumes, bandwidth mix, each layer's adoption
 * and launch, prices, the system margin, the platforms' conflicting readings and the seed's risks).
 * Trials are split into fixed chunks of {@link #CHUNK} trials; chunk i draws from its own Well19937c
 * seeded from (seed, i), so the set of trials, and with it every percentile, is the same whatever the
 * number of threads.
 */
public final class MonteCarlo {
    /** Trials per chunk: the unit of parallel work and of seeding. */
    public static final int CHUNK = 500;
    public static final int MIN_TRIALS = 1;
    public static final int MAX_TRIALS = 1_000_000;

    private MonteCarlo() {
    }

    /**
     * Value (per scope) and CPO ports percentiles per year.
     *
     * @param valueP [scope][p10, p50, p90][year]
     * @param portsP [p10, p50, p90][year]
     */
    public record Bands(double[][][] valueP, double[][] portsP) {
        /** [p10, p50, p90][year] of one scope. */
        public double[][] revenueP(ValueScope scope) {
            return valueP[scope.ordinal()];
        }
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
        FleetProjector projector = new FleetProjector(in);
        int years = projector.years();
        double[][][] value = new double[FleetProjector.SCOPES][years][trials];
        double[][] ports = new double[years][trials];
        Sampler sampler = new Sampler(in.uncertainty(), projector);
        int chunks = (trials + CHUNK - 1) / CHUNK;
        if (threads == 1 || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                runChunk(projector, sampler, seed, c, trials, value, ports, stop);
            }
        } else {
            Runnable all = () -> IntStream.range(0, chunks).parallel()
                    .forEach(c -> runChunk(projector, sampler, seed, c, trials, value, ports, stop));
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
        double[][][] valueP = new double[FleetProjector.SCOPES][][];
        for (int s = 0; s < FleetProjector.SCOPES; s++) {
            valueP[s] = percentiles(value[s], parallel);
        }
        return new Bands(valueP, percentiles(ports, parallel));
    }

    /** The generator of one chunk: Well19937c seeded from the run's seed and the chunk index. */
    static RandomGenerator generator(long seed, int chunk) {
        return new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, chunk, 0x43504f4c});
    }

    private static void runChunk(FleetProjector projector, Sampler sampler, long seed, int chunk, int trials,
                                 double[][][] value, double[][] ports, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("Monte Carlo stopped at chunk " + chunk);
        }
        RandomGenerator rng = generator(seed, chunk);
        int years = projector.years();
        FleetProjector.Out out = projector.out(false);
        int from = chunk * CHUNK;
        int to = Math.min(trials, from + CHUNK);
        for (int t = from; t < to; t++) {
            projector.project(sampler.draw(rng), out);
            for (int y = 0; y < years; y++) {
                for (int s = 0; s < FleetProjector.SCOPES; s++) {
                    value[s][y][t] = out.value[s][y];
                }
                ports[y][t] = out.ports[y];
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

    /**
     * The distributions of one run, built once; sampling is by inverse CDF of one uniform draw each,
     * in a fixed order per trial (volumes, bandwidth, price, learning, margin; per layer p, growth,
     * launch shift; per platform its reading; per risk whether it happens), and every input consumes
     * its draw even when constant, so one input's spread never shifts another's stream.
     */
    static final class Sampler {
        private final RealDistribution[] scalars;
        private final double[] scalarModes;
        private final RealDistribution[][] layer;
        private final double[][] layerModes;
        private final boolean readings;
        private final FleetProjector projector;
        final double[] riskProbability;
        final double[] riskDelay;

        Sampler(Uncertainty u, FleetProjector projector) {
            this.projector = projector;
            Spread[] s = {u.volumes(), u.bandwidth(), u.asp(), u.learningRate(), u.grossMargin()};
            scalars = new RealDistribution[s.length];
            scalarModes = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                scalars[i] = s[i].distribution();
                scalarModes[i] = s[i].mode();
            }
            layer = new RealDistribution[FleetProjector.LAYERS][3];
            layerModes = new double[FleetProjector.LAYERS][3];
            for (org.cpolens.model.eval.OpticsLayer l : org.cpolens.model.eval.OpticsLayer.values()) {
                LayerSpread ls = u.layer(l);
                layer[l.ordinal()][0] = ls.p().distribution();
                layer[l.ordinal()][1] = ls.growth().distribution();
                layer[l.ordinal()][2] = ls.launchShift().distribution();
                layerModes[l.ordinal()][0] = ls.p().mode();
                layerModes[l.ordinal()][1] = ls.growth().mode();
                layerModes[l.ordinal()][2] = ls.launchShift().mode();
            }
            readings = u.readings();
            List<Risk> risks = u.risks();
            riskProbability = new double[risks.size()];
            riskDelay = new double[risks.size()];
            for (int i = 0; i < risks.size(); i++) {
                riskProbability[i] = risks.get(i).probability().value();
                riskDelay[i] = risks.get(i).delayYears().value();
            }
        }

        private static double draw(RealDistribution d, double mode, RandomGenerator rng) {
            double u = rng.nextDouble();
            return d == null ? mode : d.inverseCumulativeProbability(u);
        }

        FleetProjector.Draw draw(RandomGenerator rng) {
            double[] x = new double[scalars.length];
            for (int i = 0; i < scalars.length; i++) {
                x[i] = draw(scalars[i], scalarModes[i], rng);
            }
            double[] p = new double[FleetProjector.LAYERS];
            double[] g = new double[FleetProjector.LAYERS];
            double[] sh = new double[FleetProjector.LAYERS];
            for (int l = 0; l < FleetProjector.LAYERS; l++) {
                p[l] = draw(layer[l][0], layerModes[l][0], rng);
                g[l] = draw(layer[l][1], layerModes[l][1], rng);
                sh[l] = draw(layer[l][2], layerModes[l][2], rng);
            }
            int[] r = new int[projector.platforms()];
            for (int k = 0; k < r.length; k++) {
                r[k] = projector.reading(k, rng.nextDouble());
            }
            double delay = 0;
            for (int k = 0; k < riskProbability.length; k++) {
                if (rng.nextDouble() < riskProbability[k]) {
                    delay += riskDelay[k];
                }
            }
            return new FleetProjector.Draw(x[0], x[1], x[2], x[3], x[4], p, g, sh, delay, readings ? r : null);
        }
    }
}
