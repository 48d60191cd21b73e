package org.cpolens.model.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Multi-plane (rail) fabrics: P identical planes, each built for endpoints / P. Seeded random
 * requests (seed = the test's name) check that a P-plane fabric is P times one plane in every count
 * and keeps the folded-Clos invariants on each plane.
 */
class FabricPlanesTest {
    private static final int[] RADIXES = {16, 32, 64, 128, 144};
    private static final int[] PLANES = {2, 3, 4, 8, 9, 16};
    private static final double[] OVERSUBSCRIPTION = {1.0, 1.0, 2.0};
    private static final FabricBuilder BUILDER = FabricBuilder.foldedClos();

    static Stream<Arguments> requests() {
        return LongStream.range(1, 201).mapToObj(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int k = RADIXES[r.nextInt(RADIXES.length)];
            int p = PLANES[r.nextInt(PLANES.length)];
            double o = OVERSUBSCRIPTION[r.nextInt(OVERSUBSCRIPTION.length)];
            long max = BUILDER.maxEndpoints(k, 3, o);
            long perPlane = Math.max(1, Math.min(max, (long) Math.exp(r.nextDouble() * Math.log(max))));
            HostLink link = r.nextInt(4) == 0 ? HostLink.COPPER : HostLink.OPTICAL;
            return Arguments.of(seed, new FabricRequest(perPlane * p, k, 800, 0, o, link, p));
        });
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("requests")
    void aPlaneFabricIsPlanesTimesOnePlane(long seed, FabricRequest req) {
        Fabric all = BUILDER.build(req);
        Fabric one = BUILDER.build(req.onePlane());
        long p = req.planes();
        assertThat(all.planes()).isEqualTo(req.planes());
        assertThat(all.tierCount()).isEqualTo(one.tierCount());
        assertThat(all.endpoints()).isEqualTo(p * one.endpoints());
        assertThat(all.switchCount()).isEqualTo(p * one.switchCount());
        assertThat(all.links()).isEqualTo(p * one.links());
        assertThat(all.unusedPorts()).isEqualTo(p * one.unusedPorts());
        assertThat(all.opticalSwitchEnds()).isEqualTo(p * one.opticalSwitchEnds());
        assertThat(all.opticalHostEnds()).isEqualTo(p * one.opticalHostEnds());
        assertThat(all.injectionGbps()).isEqualTo(p * one.injectionGbps());
        assertThat(all.maxEndpoints()).isEqualTo(p * one.maxEndpoints());
        for (int t = 0; t < one.tierCount(); t++) {
            assertThat(all.switchesPerTier().get(t)).isEqualTo(p * one.switchesPerTier().get(t));
            assertThat(all.switchesOnTier(t)).isEqualTo(p * one.switchesOnTier(t));
            assertThat(all.opticalEndsOnTier(t)).isEqualTo(p * one.opticalEndsOnTier(t));
        }
        for (int i = 0; i < one.linkLayers().size(); i++) {
            assertThat(all.linksOf(i)).isEqualTo(p * one.linksOf(i));
        }
        assertThat(all.planeSwitchCount()).isEqualTo(one.switchCount());
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("requests")
    void everyPlaneKeepsTheFoldedClosInvariants(long seed, FabricRequest req) {
        Fabric f = BUILDER.build(req);
        int k = req.radix();
        // every endpoint is connected once, on one plane
        assertThat(f.linksOf(0)).isEqualTo(req.endpoints());
        assertThat(f.linkLayers().get(0).links()).isEqualTo(req.endpointsPerPlane());
        long planeSwitchEnds = 0;
        for (LinkLayer l : f.linkLayers()) {
            planeSwitchEnds += l.switchEnds();
        }
        long used = 0;
        for (Tier t : f.tiers()) {
            assertThat(t.unusedPorts()).isNotNegative();
            assertThat(t.portsUsed() + t.unusedPorts()).isEqualTo(t.switches() * k);
            used += t.portsUsed();
        }
        assertThat(used).isEqualTo(planeSwitchEnds);
        // the fewest tiers that fit one plane
        if (f.tierCount() > 1) {
            assertThat(req.endpointsPerPlane()).isGreaterThan(BUILDER.maxEndpoints(k, f.tierCount() - 1,
                    req.oversubscription()));
        }
    }

    /** 8,192 endpoints cannot sit in two tiers of radix 64 (at most 2,048), but 8 planes of 1,024 can. */
    @Test
    void twoTierPlanesBuildWhereOneTwoTierFabricIsRefused() {
        assertThatThrownBy(() -> BUILDER.build(new FabricRequest(8192, 64, 800, 2, 1.0, HostLink.OPTICAL)))
                .isInstanceOf(InputException.class).hasMessageContaining("maximum is 2048");
        Fabric f = BUILDER.build(new FabricRequest(8192, 64, 800, 2, 1.0, HostLink.OPTICAL, 8));
        assertThat(f.tierCount()).isEqualTo(2);
        // a plane of 1,024 hosts: 32 leaves of 32 hosts and 32 uplinks, 16 spines (k^2/2 = 2,048 fits 1,024)
        assertThat(f.planeSwitchCount()).isEqualTo(48);
        assertThat(f.switchCount()).isEqualTo(8 * 48);
    }

    @Test
    void planesMustBePositiveAndDivideTheEndpoints() {
        assertThatThrownBy(() -> new FabricRequest(8192, 64, 800, 0, 1.0, HostLink.OPTICAL, 0))
                .isInstanceOf(InputException.class).hasMessageContaining("field 'planes' = '0'");
        assertThatThrownBy(() -> new FabricRequest(1000, 64, 800, 0, 1.0, HostLink.OPTICAL, 3))
                .isInstanceOf(InputException.class).hasMessageContaining("does not divide the 1000 endpoints");
    }
}
