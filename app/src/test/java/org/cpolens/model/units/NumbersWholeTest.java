package org.cpolens.model.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Numbers#whole}: a count stays a long while exact and becomes its double beyond, never Long.MAX_VALUE. */
class NumbersWholeTest {
    @Test
    void countsAreLongsWhileExactAndDoublesBeyond() {
        assertThat(Numbers.whole(827_996.6)).isEqualTo(827_997L);
        assertThat(Numbers.whole(9_007_199_254_740_991d)).isEqualTo(9_007_199_254_740_991L);
        assertThat(Numbers.whole(9_007_199_254_740_992d)).isEqualTo(9_007_199_254_740_992d);
        assertThat(Numbers.whole(1e20)).isEqualTo(1e20);
        assertThat(Numbers.whole(-1e20)).isEqualTo(-1e20);
        assertThat(Numbers.whole(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
