package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZhPunctuationTest {
    @Test
    void halfWidthMarksTouchingChineseBecomeFullWidth() {
        assertThat(Text.of("x", "光學功耗(pluggable-dsp-800g)").zhTw()).isEqualTo("光學功耗（pluggable-dsp-800g）");
        assertThat(Text.of("x", "各環節成熟度若不及預期,可能出現延遲。").zhTw()).isEqualTo("各環節成熟度若不及預期，可能出現延遲。");
        assertThat(Text.of("x", "網路:光學 ; 交換器?").zhTw()).isEqualTo("網路：光學；交換器？");
        assertThat(Text.of("x", "耗電 (kW)").zhTw()).isEqualTo("耗電（kW）");
        assertThat(Text.of("x", "（Bailly） 的").zhTw()).isEqualTo("（Bailly）的");
    }

    @Test
    void numbersUnitsAndLatinTextStayAsTheyAre() {
        assertThat(Text.of("x", "共 1,024 個端點").zhTw()).isEqualTo("共 1,024 個端點");
        assertThat(Text.of("x", "800G (OSFP, DR8) 模組").zhTw()).isEqualTo("800G (OSFP, DR8) 模組");
        assertThat(Text.of("x", "時間 12:30").zhTw()).isEqualTo("時間 12:30");
        assertThat(Text.of("x", "P10/P50/P90").zhTw()).isEqualTo("P10/P50/P90");
        // English is never touched
        assertThat(Text.of("a (b), c: d", "x").en()).isEqualTo("a (b), c: d");
    }
}
