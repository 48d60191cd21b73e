package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Bass fallback in MarketInputs repeats the catalog's default p and q; this keeps them one story. */
class BassFallbackTest {
    @Test
    void fallbackEqualsTheCatalogDefaults() {
        AdoptionCurve.Bass catalog = (AdoptionCurve.Bass) MarketFixtures.defaults().adoption();
        assertThat(MarketInputs.DEFAULT_P).isEqualTo(catalog.p());
        assertThat(MarketInputs.DEFAULT_Q).isEqualTo(catalog.q());
    }
}
