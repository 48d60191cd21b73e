package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Bass fallback in MarketSettings repeats the catalog's default p and q; this keeps them one story. */
class BassFallbackTest {
    @Test
    void fallbackEqualsTheCatalogDefaults() {
        AdoptionCurve.Bass catalog = (AdoptionCurve.Bass) MarketFixtures.defaults().adoption();
        assertThat(MarketSettings.DEFAULT_P).isEqualTo(catalog.p());
        assertThat(MarketSettings.DEFAULT_Q).isEqualTo(catalog.q());
    }
}
