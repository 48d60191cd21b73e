package org.cpolens.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {
    /** pJ/bit = W / (Gb/s) x 1000: Broadcom's 5.5 W per 800G Bailly port is 6.875 pJ/bit. */
    @Test
    void energyPerBit() {
        assertThat(Units.picojoulesPerBit(5.5, 800)).isCloseTo(6.875, within(1e-12));
        assertThat(Units.picojoulesPerBit(30, 1600)).isCloseTo(18.75, within(1e-12));
        assertThat(Units.wattsAt(Units.picojoulesPerBit(16.93, 800), 800)).isCloseTo(16.93, within(1e-12));
        assertThatThrownBy(() -> Units.picojoulesPerBit(1, 0)).hasMessageContaining("0.0 Gb/s");
    }

    @Test
    void speedScalingKeepsEnergyPerBit() {
        // NVIDIA's ~9 W per 1.6T port is 4.5 W per 800G at the same pJ/bit
        assertThat(Units.scaleWattsToSpeed(9, 1600, 800)).isCloseTo(4.5, within(1e-12));
    }

    @Test
    void reliabilityAndCalendarConversions() {
        assertThat(Units.mtbfHoursToFit(2.6e6)).isCloseTo(384.615, within(1e-3));
        assertThat(Units.fitToPerHour(1e9)).isEqualTo(1.0);
        assertThat(Units.gregorianYearFromRoc(113)).isEqualTo(2024);
        assertThat(Units.ntdFromThousands(2_800_000)).isEqualTo(2_800_000_000L);
        assertThat(Units.kilowatts(832_143.36)).isCloseTo(832.14336, within(1e-9));
    }
}
