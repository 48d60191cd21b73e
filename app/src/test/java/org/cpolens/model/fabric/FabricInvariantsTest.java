package org.cpolens.model.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random fabrics (the seed is the test's name, so a failure is reproducible) checked for the
 * invariants every folded Clos must keep, whatever the size.
 */
class FabricInvariantsTest {
    private static final int[] RADIXES = {8, 16, 32, 48, 64, 128, 144};
    private static final double[] OVERSUBSCRIPTION = {1.0, 1.0, 1.5, 2.0, 3.0};

    static Stream<Arguments> requests() {
        return LongStream.range(1, 201).mapToObj(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int k = RADIXES[r.nextInt(RADIXES.length)];
            double o = OVERSUBSCRIPTION[r.nextInt(OVERSUBSCRIPTION.length)];
            long max = FabricBuilder.foldedClos().maxEndpoints(k, 3, o);
            // log-uniform sizes so small, medium and full fabrics all appear
            long n = Math.max(1, Math.min(max, (long) Math.exp(r.nextDouble() * Math.log(max))));
            HostLink link = r.nextInt(4) == 0 ? HostLink.COPPER : HostLink.OPTICAL;
            return Arguments.of(seed, new FabricRequest(n, k, 800, 0, o, link));
        });
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("requests")
    void invariantsHold(long seed, FabricRequest req) {
        Fabric f = FabricBuilder.foldedClos().build(req);
        int k = req.radix();
        // every endpoint is connected, once
        assertThat(f.linkLayers().get(0).links()).isEqualTo(req.endpoints());
        // port budgets are never exceeded and the books balance
        for (Tier t : f.tiers()) {
            assertThat(t.unusedPorts()).isNotNegative();
            assertThat(t.portsUsed() + t.unusedPorts()).isEqualTo(t.switches() * k);
        }
        long switchEnds = 0;
        for (LinkLayer l : f.linkLayers()) {
            switchEnds += l.switchEnds();
        }
        long used = f.tiers().stream().mapToLong(Tier::portsUsed).sum();
        assertThat(used).isEqualTo(switchEnds);
        // links per tier are consistent: non-blocking spines pass up what they take in
        if (f.tierCount() == 3) {
            assertThat(f.linkLayers().get(2).links()).isEqualTo(f.linkLayers().get(1).links());
        }
        if (f.tierCount() >= 2) {
            long leaves = f.switchesPerTier().get(0);
            assertThat(f.linkLayers().get(1).links()).isEqualTo(leaves * f.leafUplinks());
            // the oversubscription is kept at the leaf
            assertThat(f.leafUplinks() * req.oversubscription()).isGreaterThanOrEqualTo(f.hostsPerLeaf() - 1e-9);
            assertThat(f.hostsPerLeaf() + f.leafUplinks()).isLessThanOrEqualTo(k);
            // uniform striping: the spines (per pod) divide the leaf uplinks
            long spinesPerPod = f.switchesPerTier().get(1) / f.pods();
            assertThat(f.leafUplinks() % spinesPerPod).isZero();
        }
        // the fewest tiers that fit
        if (f.tierCount() > 1) {
            assertThat(req.endpoints()).isGreaterThan(FabricBuilder.foldedClos()
                    .maxEndpoints(k, f.tierCount() - 1, req.oversubscription()));
        }
    }

    /** One more endpoint never needs fewer switches (same radix and oversubscription). */
    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("requests")
    void switchCountIsMonotoneInEndpoints(long seed, FabricRequest req) {
        long n = req.endpoints();
        long max = FabricBuilder.foldedClos().maxEndpoints(req.radix(), 3, req.oversubscription());
        long previous = -1;
        for (long m = Math.max(1, n - 3); m <= Math.min(max, n + 3); m++) {
            Fabric f = FabricBuilder.foldedClos().build(new FabricRequest(m, req.radix(), 800, 0,
                    req.oversubscription(), req.hostLink()));
            assertThat(f.switchCount()).as("switches for %d endpoints", m).isGreaterThanOrEqualTo(previous);
            previous = f.switchCount();
        }
    }
}
