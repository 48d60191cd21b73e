package org.cpolens.model.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fabric counts checked against formulas one can derive by hand. */
class FoldedClosBuilderTest {
    private final FabricBuilder builder = FabricBuilder.foldedClos();

    private Fabric build(long n, int k) {
        return builder.build(FabricRequest.nonBlocking(n, k, 800));
    }

    /** A full non-blocking 2-tier fabric: k leaves of k/2 hosts, k/2 spines; k^2/2 hosts on 3k/2 switches. */
    @ParameterizedTest
    @CsvSource({"64", "144", "128", "16"})
    void fullTwoTierIsTheTextbookFatTree(int k) {
        Fabric f = build((long) k * k / 2, k);
        assertThat(f.tierCount()).isEqualTo(2);
        assertThat(f.switchesPerTier()).containsExactly((long) k, (long) k / 2);
        assertThat(f.links()).isEqualTo((long) k * k / 2 * 2);
        assertThat(f.unusedPorts()).isZero();
        assertThat(f.maxEndpoints()).isEqualTo((long) k * k / 2);
    }

    /** A full 3-tier fabric: k pods of k/2 leaves and k/2 spines, (k/2)^2 cores; k^3/4 hosts on 5k^2/4 switches. */
    @ParameterizedTest
    @CsvSource({"64", "144", "16"})
    void fullThreeTierIsTheTextbookFatTree(int k) {
        long n = (long) k * k * k / 4;
        Fabric f = build(n, k);
        assertThat(f.tierCount()).isEqualTo(3);
        assertThat(f.switchesPerTier()).containsExactly((long) k * k / 2, (long) k * k / 2, (long) k * k / 4);
        assertThat(f.switchCount()).isEqualTo(5L * k * k / 4);
        assertThat(f.links()).isEqualTo(3 * n);
        assertThat(f.unusedPorts()).isZero();
        assertThat(f.pods()).isEqualTo(k);
    }

    /**
     * The golden Broadcom fabric (the seed article's 32k-GPU case): 8,192 x 800G hosts on TH5 64-port switches need 3 tiers
     * (2 tiers hold 64^2/2 = 2,048). 8,192 / 32 = 256 leaves in 8 pods of 32; 256 spines; the spines' 8,192
     * uplinks land on 8,192 / 64 = 128 cores: 640 switches, 40,960 ports, none idle.
     */
    @Test
    void broadcomClusterFabric() {
        Fabric f = builder.build(new FabricRequest(8192, 64, 800, 3, 1.0, HostLink.OPTICAL));
        assertThat(f.switchesPerTier()).containsExactly(256L, 256L, 128L);
        assertThat(f.switchCount()).isEqualTo(640);
        assertThat(f.opticalSwitchEnds()).isEqualTo(40_960);
        assertThat(f.opticalHostEnds()).isEqualTo(8_192);
        assertThat(f.unusedPorts()).isZero();
    }

    /** Radix 144 (Quantum-X Photonics): 2 tiers hold 144 x 72 = 10,368 hosts; 10,000 need ceil(10,000/72) = 139 leaves. */
    @Test
    void partialTwoTierRadix144() {
        Fabric f = build(10_000, 144);
        assertThat(f.tierCount()).isEqualTo(2);
        assertThat(f.switchesPerTier().get(0)).isEqualTo(139);
        // 139 leaves x 72 uplinks = 10,008 spine ports: at least ceil(10,008/144) = 70 spines, and the
        // spine count must divide 72: 72 spines.
        assertThat(f.switchesPerTier().get(1)).isEqualTo(72);
        assertThat(f.leafUplinks()).isEqualTo(72);
    }

    /** Fewer hosts than one switch's ports: one switch, the rest of its ports idle. */
    @Test
    void smallClusterIsOneSwitch() {
        Fabric f = build(40, 64);
        assertThat(f.tierCount()).isEqualTo(1);
        assertThat(f.switchCount()).isEqualTo(1);
        assertThat(f.unusedPorts()).isEqualTo(24);
        assertThat(f.opticalSwitchEnds()).isEqualTo(40);
    }

    /**
     * A small 2-tier fabric takes the fewest switches the striping rules allow: 100 hosts on radix 64 need
     * ceil(100/32) = 4 leaves of 25 hosts; 25 uplinks would need 5 spines (25 has no divisor in 2..4), while
     * 26 uplinks (still within 64 - 25 ports) stripe over 2 spines of 52 ports: 6 switches.
     */
    @Test
    void partialTwoTierUsesFewestSwitchesThatStripe() {
        Fabric f = build(100, 64);
        assertThat(f.switchesPerTier()).containsExactly(4L, 2L);
        assertThat(f.leafUplinks()).isEqualTo(26);
        assertThat(f.leafUplinks() % f.switchesPerTier().get(1)).isZero();
    }

    /** 2:1 at the leaf: 42 hosts and 21 uplinks per 64-port leaf, so 2 tiers hold 64 x 42 = 2,688 hosts. */
    @Test
    void oversubscriptionReducesUplinks() {
        Fabric f = builder.build(new FabricRequest(2688, 64, 800, 0, 2.0, HostLink.OPTICAL));
        assertThat(f.tierCount()).isEqualTo(2);
        assertThat(f.hostsPerLeaf()).isEqualTo(42);
        assertThat(f.leafUplinks()).isEqualTo(21);
        assertThat(f.switchesPerTier()).containsExactly(64L, 21L);
        assertThat(f.maxEndpoints()).isEqualTo(2688);
    }

    @Test
    void copperHostLinksCarryNoOptics() {
        Fabric f = builder.build(new FabricRequest(2048, 64, 800, 0, 1.0, HostLink.COPPER));
        assertThat(f.opticalHostEnds()).isZero();
        assertThat(f.opticalSwitchEnds()).isEqualTo(2 * 2048);
        assertThat(f.linkLayers().get(0).media()).isEqualTo(HostLink.COPPER);
    }

    @Test
    void tooManyEndpointsNamesTheMaximumAndAHint() {
        assertThatThrownBy(() -> build(65_537, 64))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("65537")
                .hasMessageContaining("maximum is 65536 (k^3/4)")
                .hasMessageContaining("bigger radix")
                .hasMessageContaining("more planes");
    }

    @Test
    void fixedTiersThatCannotHoldTheClusterIsAnError() {
        assertThatThrownBy(() -> builder.build(new FabricRequest(3000, 64, 800, 2, 1.0, HostLink.OPTICAL)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("maximum is 2048 (k^2/2)")
                .hasMessageContaining("allow more tiers");
    }

    @Test
    void fixedThreeTiersForASmallClusterStillStripes() {
        Fabric f = builder.build(new FabricRequest(100, 64, 800, 3, 1.0, HostLink.OPTICAL));
        assertThat(f.tierCount()).isEqualTo(3);
        assertThat(f.linkLayers().get(1).links()).isEqualTo(f.linkLayers().get(2).links());
        assertThat(f.tiers()).allSatisfy(t -> assertThat(t.unusedPorts()).isNotNegative());
    }

    @Test
    void requestValidationNamesTheField() {
        assertThatThrownBy(() -> new FabricRequest(0, 64, 800, 0, 1.0, HostLink.OPTICAL))
                .hasMessageContaining("field 'endpoints' = '0'");
        assertThatThrownBy(() -> new FabricRequest(10, 64, 800, 4, 1.0, HostLink.OPTICAL))
                .hasMessageContaining("field 'tiers' = '4'");
        assertThatThrownBy(() -> new FabricRequest(10, 64, 800, 0, 0.5, HostLink.OPTICAL))
                .hasMessageContaining("field 'oversubscription' = '0.5'");
        assertThat(List.of(1, 2, 3)).contains(build(10, 64).tierCount());
    }
}
