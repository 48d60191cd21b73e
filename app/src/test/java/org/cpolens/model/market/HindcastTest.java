package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.cpolens.model.eval.OpticsLayer;
import org.junit.jupiter.api.Test;

/**
 * The hindcast: the bundled fleet with every optical end pluggable, as 800G and 1.6T modules, beside
 * the published 2025-26 unit volumes. A check of the fleet, not a fit (nothing is tuned to it); the
 * ratios are printed and pinned here as non-regression values, so a change to the fleet or its
 * scenarios that moves them shows up.
 */
class HindcastTest {
    private static final List<HindcastRow> ROWS = MarketEngine.run(MarketFixtures.defaults(), 1L, 10).hindcast();

    /**
     * 2025, 800G modules, by hand (packages x modules per package):
     * <pre>
     * switch side, one module per 800G switch port (2-tier planes: 3 switch ends per endpoint)
     *   Hopper 2.26 M x 1.5 + GB200 2.0 x 1.5 + GB300 1.0 x 3 + TPU 2.74 x 1.5 + Trainium 1.0 x 0.75
     *   + MI300 0.5 x 1.5 + other ASICs 0.5 x 0.75                                        = 15.375 M
     * NIC side, at the NIC's own speed: only GB300's ConnectX-8 is 800G (1.0 M x 1)        =  1.000 M
     *   (400G ConnectX-7 and 200G NICs are not 800G modules)
     * scale-up: TPU's optical ICI, 1.5 x 800G per chip (2.74 M x 1.5)                      =  4.110 M
     * total 20.485 M against ~20 M published: ratio 1.02425
     * </pre>
     * 2026: 28.7625 + 6.67 + 5.55 = 40.9825 M 800G modules against 35-40 M (midpoint 37.5 M): 1.0929.
     * No 1.6T module in 2026: every representative fabric shipping in 2026 runs 800G ports (Vera Rubin's
     * ConnectX-9 as 2 x 800G on Tomahawk 6 as 128 x 800G), so against the ~15 M published the ratio is 0:
     * the published 1.6T volume goes to 1.6T-port fabrics (twin-port modules, 64 x 1.6T switches) that
     * the fleet's 2026 scenarios do not use. That is a finding about the scenarios, shown as such.
     */
    @Test
    void ratiosArePrintedAndPinned() {
        for (HindcastRow h : ROWS) {
            System.out.println(String.format(Locale.ROOT,
                    "hindcast %d %-5s fleet %,.0f (switch %,.0f, NIC %,.0f, scale-up %,.0f) / published %,.0f = %.6f",
                    h.year(), h.moduleClass(), h.modelUnits(), h.byLayer().get(OpticsLayer.SWITCH),
                    h.byLayer().get(OpticsLayer.NIC), h.byLayer().get(OpticsLayer.SCALE_UP), h.published().value(),
                    h.ratio()));
        }
        pin(2025, "800G", 20_485_000, 1.024250);
        pin(2026, "800G", 40_982_500, 1.092867);
        pin(2026, "1.6T", 0, 0);
        pin(2025, "800G+", 20_485_000, 0.853542);
        pin(2026, "800G+", 40_982_500, 0.650516);
        HindcastRow y2025 = row(2025, "800G");
        assertThat(y2025.byLayer().get(OpticsLayer.SWITCH)).isCloseTo(15_375_000, within(1e-3));
        assertThat(y2025.byLayer().get(OpticsLayer.NIC)).isCloseTo(1_000_000, within(1e-3));
        assertThat(y2025.byLayer().get(OpticsLayer.SCALE_UP)).isCloseTo(4_110_000, within(1e-3));
    }

    private static void pin(int year, String cls, double units, double ratio) {
        HindcastRow h = row(year, cls);
        assertThat(h.modelUnits()).isCloseTo(units, within(1e-3));
        assertThat(h.ratio()).isCloseTo(ratio, within(1e-6));
    }

    private static HindcastRow row(int year, String cls) {
        return ROWS.stream().filter(h -> h.year() == year && h.moduleClass().equals(cls)).findFirst().orElseThrow();
    }
}
