package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.sweep.SweepGrid;
import org.junit.jupiter.api.Test;

class GridLoaderTest {
    private static final Catalog CATALOG = CatalogLoader.load(null);

    private static SweepGrid grid(String yaml) {
        return GridLoader.parse(YamlDoc.parse("g.yaml", yaml), CATALOG);
    }

    @Test
    void leftOutAxesTakeTheirDefaults() {
        SweepGrid g = grid("""
                endpoints: 8192
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g]
                """);
        assertThat(g.name()).isEqualTo("g");
        assertThat(g.tiers()).containsExactly(0);
        assertThat(g.oversubscription()).containsExactly(1.0);
        assertThat(g.hostLinks()).containsExactly(HostLink.OPTICAL);
        assertThat(g.endpointGbps()).isEmpty();
        assertThat(g.figures()).isEmpty();
        assertThat(g.designCount()).isEqualTo(1);
        assertThat(g.rangeBounds()).containsExactly(1000, 10000);
    }

    @Test
    void stepRangesGiveCleanDecimalsAndIncludeTheEnd() {
        SweepGrid g = grid("""
                endpoints: 8192
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.switchPortWatts: { from: 4, to: 9, step: 0.1 }
                  cpo-bailly-800g.costPerPortUsd: { from: 320, to: 960, count: 5 }
                """);
        double[] watts = g.figures().get(0).values();
        assertThat(watts).hasSize(51);
        assertThat(watts[1]).isEqualTo(4.1);
        assertThat(watts[33]).isEqualTo(7.3);
        assertThat(watts[50]).isEqualTo(9.0);
        assertThat(g.figures().get(1).values()).containsExactly(320, 480, 640, 800, 960);
        assertThat(g.figureCombinations()).isEqualTo(51 * 5);
        assertThat(g.designCount()).isEqualTo(51 * 5 * 2);
    }

    @Test
    void logEndpointRangesRoundToWholePortsAndDropRepeats() {
        SweepGrid g = grid("""
                endpoints: { from: 1, to: 16, count: 9, scale: log }
                switch: tomahawk5-64x800g
                tiers: [auto, 2]
                architectures: [pluggable-dsp-800g]
                """);
        // 16^(i/8): 1, 1.41, 2, 2.83, 4, 5.66, 8, 11.3, 16
        assertThat(g.endpoints()).containsExactly(1, 2, 3, 4, 6, 8, 11, 16);
        assertThat(g.tiers()).containsExactly(0, 2);
    }

    @Test
    void rangesAreHalfOpenButTheLastHoldsItsTop() {
        SweepGrid g = grid("""
                endpoints: [1000, 9999, 10000, 100000]
                switch: spectrum-x-photonics-512x800g
                architectures: [pluggable-dsp-800g]
                ranges: [1000, 10000, 100000]
                """);
        assertThat(g.rangeCount()).isEqualTo(2);
        assertThat(g.rangeOf(999)).isEqualTo(-1);
        assertThat(g.rangeOf(1000)).isZero();
        assertThat(g.rangeOf(9999)).isZero();
        assertThat(g.rangeOf(10000)).isEqualTo(1);
        assertThat(g.rangeOf(100000)).isEqualTo(1);
        assertThat(g.rangeOf(100001)).isEqualTo(-1);
    }

    @Test
    void aSwitchFigureNeedsTheSwitchInTheGrid() {
        assertThatThrownBy(() -> grid("""
                endpoints: 8192
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g]
                figures:
                  tomahawk6-128x800g.basePowerW: [1000, 2000]
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("g.yaml:5")
                .hasMessageContaining("'tomahawk6-128x800g' is not an architecture or switch of this grid")
                .hasMessageContaining("maybe you meant 'tomahawk5-64x800g'");
    }

    @Test
    void theBaselineMustCoverTheHostSide() {
        assertThatThrownBy(() -> grid("""
                endpoints: 8192
                switch: tomahawk5-64x800g
                architectures: [cpo-bailly-800g, pluggable-dsp-800g]
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("g.yaml:3")
                .hasMessageContaining("baseline");
    }
}
