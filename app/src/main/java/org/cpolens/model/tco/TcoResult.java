package org.cpolens.model.tco;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cost-of-ownership run of one scenario.
 *
 * @param baselineId     the scenario's first architecture
 * @param bestOtherId    the non-CPO architecture with the lowest TCO
 * @param targetId       the architecture the break-even, tornado and band are about: the scenario's
 *                       CPO, else its last architecture
 * @param rivalId        what the target is set against: the best non-CPO choice, or the baseline
 *                       when the target is not CPO
 * @param accelerators   accelerators of the cluster
 * @param switches       switches of the fabric
 * @param fibers         optical links of the fabric (one fiber cable each)
 * @param wattsPerAccelerator the cluster's, 0 when not given
 * @param annuity        present value of 1 a year over the lifetime at the discount rate
 * @param bySize         the target's break-evens at other cluster sizes (analytic reliability)
 * @param seed           the Monte Carlo's seed
 * @param trials         the Monte Carlo's trials
 */
public record TcoResult(String scenario, TcoSettings settings, String baselineId, String bestOtherId, String targetId,
                        String rivalId, double accelerators, double switches, double fibers, double wattsPerAccelerator, double annuity, List<ArchitectureTco> architectures,
                        List<Comparison> comparisons, List<BreakEven> breakEvens, List<SizeBreakEven> bySize,
                        List<TornadoRow> tornado, Band band, long seed, int trials) {
    public TcoResult {
        architectures = List.copyOf(architectures);
        comparisons = List.copyOf(comparisons);
        breakEvens = List.copyOf(breakEvens);
        bySize = List.copyOf(bySize);
        tornado = List.copyOf(tornado);
    }

    public Optional<ArchitectureTco> architecture(String id) {
        return architectures.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public ArchitectureTco target() {
        return architecture(targetId).orElseThrow();
    }

    public ArchitectureTco rival() {
        return architecture(rivalId).orElseThrow();
    }

    /** The target's break-even against its rival, when it has one. */
    public Optional<BreakEven> targetBreakEven() {
        return breakEvens.stream().filter(b -> b.id().equals(targetId)).findFirst();
    }

    /**
     * One architecture's cost of ownership.
     *
     * @param reliabilitySource where its reliability costs come from ("simulated" or "analytic")
     * @param reliability       its per-year reliability quantities ({@link AnalyticReliability} layout)
     * @param outputs           {@link TcoKernel} outputs
     * @param design            the design's {@code DesignKernel} outputs the costs were computed from
     */
    public record ArchitectureTco(String id, String name, String kind, boolean cpo, boolean hotSwappable,
                                  String reliabilitySource, double[] reliability, double[] outputs, double[] design) {
        public ArchitectureTco {
            reliability = reliability.clone();
            outputs = outputs.clone();
            design = design.clone();
        }

        public double design(int slot) {
            return design[slot];
        }

        @Override
        public double[] design() {
            return design.clone();
        }

        public double output(int slot) {
            return outputs[slot];
        }

        public double reliability(int slot) {
            return reliability[slot];
        }

        public double tcoUsd() {
            return outputs[TcoKernel.TCO_USD];
        }

        public double usdPerAcceleratorYear() {
            return outputs[TcoKernel.USD_PER_ACCELERATOR_YEAR];
        }

        @Override
        public double[] reliability() {
            return reliability.clone();
        }

        @Override
        public double[] outputs() {
            return outputs.clone();
        }
    }

    /**
     * One architecture set against another.
     *
     * @param against            "baseline" or "bestOther"
     * @param npvUsd             the other's TCO minus this one's (positive: this one saves)
     * @param extraCapexUsd      this one's year-0 spend minus the other's
     * @param yearlySavingUsd    the other's yearly cost minus this one's
     * @param paybackYears       discounted payback, NaN when it never pays back
     * @param simplePaybackYears undiscounted, NaN when it never pays back
     */
    public record Comparison(String id, String againstId, String against, double npvUsd, double extraCapexUsd,
                             double yearlySavingUsd, double paybackYears, double simplePaybackYears,
                             boolean withinLifetime) {
    }

    /**
     * The switch-side price and watts per port (at the architecture's own port speed) at which a CPO
     * architecture's TCO ties its rival's, and the TCO the model gives back when each is fed in.
     */
    public record BreakEven(String id, String rivalId, double priceUsdPerPort, double catalogPriceUsdPerPort,
                            double wattsPerPort, double catalogWattsPerPort, double rivalTcoUsd,
                            double tcoAtPriceBreakEvenUsd, double tcoAtWattsBreakEvenUsd) {
    }

    /** The target's break-evens at one cluster size, against the best non-CPO choice there. */
    public record SizeBreakEven(long endpoints, double accelerators, Integer tiers, String bestOtherId,
                                Double priceUsdPerPort, Double wattsPerPort, Double advantagePercent) {
    }

    /**
     * One uncertain input at its spread's low and high, the others at their base: the target's TCO
     * advantage over its rival in USD per accelerator-year at each.
     */
    public record TornadoRow(String key, String en, String zhTw, String unit, double base, double low, double high,
                             double atLow, double atHigh) {
        public double width() {
            return Math.abs(atHigh - atLow);
        }
    }

    /**
     * The Monte Carlo band: P10, P50, P90 of each architecture's TCO per accelerator-year and of the
     * target's advantage over its rival, and how often the target has the lowest TCO of all.
     *
     * @param perAcceleratorYear by architecture id: {p10, p50, p90}
     * @param advantage          {p10, p50, p90} of the target's advantage, USD per accelerator-year
     * @param targetWinsShare    share of trials in which the target's TCO is the lowest
     */
    public record Band(Map<String, double[]> perAcceleratorYear, double[] advantage, double targetWinsShare) {
        public Band {
            java.util.LinkedHashMap<String, double[]> m = new java.util.LinkedHashMap<>();
            perAcceleratorYear.forEach((k, v) -> m.put(k, v.clone()));
            perAcceleratorYear = java.util.Collections.unmodifiableMap(m);
            advantage = advantage.clone();
        }

        @Override
        public double[] advantage() {
            return advantage.clone();
        }
    }
}
