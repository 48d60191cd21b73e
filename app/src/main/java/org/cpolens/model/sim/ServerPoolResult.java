package org.cpolens.model.sim;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A server-pool run: the parameters, the seed (replication {@code i} used {@code seed + i}) and
 * one outcome per replication, in order.
 */
public record ServerPoolResult(ServerPoolParams params, long seed, List<ServerPoolRun> runs) {
    public ServerPoolResult {
        runs = List.copyOf(runs);
        if (runs.size() < ServerPoolSimulator.MIN_REPLICATIONS) {
            throw new IllegalArgumentException("need at least " + ServerPoolSimulator.MIN_REPLICATIONS + " replications");
        }
    }

    /**
     * Mean, sample standard deviation (n - 1), the Student-t 95% interval of the mean, minimum and
     * maximum over the replications.
     */
    public record Summary(double mean, double sd, double lo, double hi, double min, double max) {
        /** How many of {@code otherSd} the mean lies from {@code otherMean}. */
        public double sdsFrom(double otherMean, double otherSd) {
            return Math.abs(mean - otherMean) / otherSd;
        }
    }

    /** Summary of one per-replication figure, summed in replication order (thread-independent). */
    public Summary summary(ToDoubleFunction<ServerPoolRun> metric) {
        int n = runs.size();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ServerPoolRun r : runs) {
            double x = metric.applyAsDouble(r);
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / n;
        double ss = 0;
        for (ServerPoolRun r : runs) {
            double d = metric.applyAsDouble(r) - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Summary(mean, sd, mean - half, mean + half, min, max);
    }
}
