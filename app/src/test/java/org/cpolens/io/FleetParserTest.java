package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.market.AcceleratorFleet;
import org.cpolens.model.market.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FleetParserTest {
    @TempDir
    Path dir;

    @Test
    void theBundledFleetHasEveryGenerationWithSourcedShipments() {
        AcceleratorFleet f = Catalogs.bundled().fleet();
        assertThat(f.platforms()).extracting(Platform::id).containsExactly("hopper", "gb200", "gb300", "vera-rubin",
                "rubin-ultra", "feynman", "tpu", "trainium", "amd-mi300", "amd-mi450", "other-asics");
        for (Platform p : f.platforms()) {
            p.shipments().forEach((y, fig) -> {
                assertThat(fig.source()).as(p.id() + " " + y).isNotBlank();
                assertThat(fig.status()).as(p.id() + " " + y).isNotEqualTo(Status.NOT_FOUND);
            });
        }
        // the two readings of the Kyber rack are both there, neither picked
        Platform kyber = f.platform("rubin-ultra").orElseThrow();
        assertThat(kyber.readings()).extracting(r -> r.scenario()).containsExactly("rubin-ultra-copper", "rubin-ultra-cpo");
        assertThat(kyber.readings().get(0).interconnect().scaleUp().orElseThrow().opticalShare()).isZero();
        assertThat(kyber.readings().get(1).interconnect().scaleUp().orElseThrow().opticalShare()).isEqualTo(0.5);
        // TPU 2026-2028 are the published figures (J.P. Morgan, Morgan Stanley)
        Platform tpu = f.platform("tpu").orElseThrow();
        assertThat(tpu.shipmentsIn(2026)).isEqualTo(3.7e6);
        assertThat(tpu.shipmentsIn(2027)).isEqualTo(5.0e6);
        assertThat(tpu.shipmentsIn(2028)).isEqualTo(7.0e6);
        assertThat(f.platform("hopper").orElseThrow().shipmentsIn(2029)).isZero(); // a year not listed ships none
    }

    /** A user's fleet.yaml adds or replaces platforms by id; its scenarios may sit beside it. */
    @Test
    void aUserFleetReplacesAPlatformByIdAndAddsOne() throws IOException {
        Path cat = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(cat.resolve("my-asic.yaml"), Files.readString(Path.of("../scenarios/asic-200g.yaml"))
                .replace("name: asic-200g", "name: my-asic"));
        Files.writeString(cat.resolve("fleet.yaml"), """
                platforms:
                  - id: tpu
                    name: Google TPU (my view)
                    scenario: tpu-ironwood
                    shipments:
                      2026: { value: 1000000, source: "my view", status: assumption }
                  - id: my-asic
                    scenario: my-asic.yaml
                    shipments:
                      2027: { value: 5, source: "my view", status: assumption }
                """);
        AcceleratorFleet f = Catalogs.load(cat).fleet();
        assertThat(f.platform("tpu").orElseThrow().shipmentsIn(2026)).isEqualTo(1e6);
        assertThat(f.platform("tpu").orElseThrow().shipmentsIn(2027)).isZero();
        assertThat(f.platform("my-asic").orElseThrow().readings().get(0).interconnect().name()).isEqualTo("my-asic");
        assertThat(f.platforms()).hasSize(12);
    }

    /** Bad input in a user's fleet.yaml: one line naming file:line, the field, the value and a hint. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative shipments | 'shipments: { 2027: { value: -5, source: s, status: assumption } }'           | 'fleet.yaml:5: field ''platforms[0].shipments.2027.value'' = ''-5'': shipments must not be negative'
            no scenario        | 'shipments: { 2027: { value: 5, source: s, status: assumption } }'            | 'the platform has no scenario'
            unknown scenario   | 'scenario: tpu-ironwod\n    shipments: { 2027: { value: 5, source: s, status: assumption } }' | 'no such scenario'
            weights            | 'readings: [{id: a, scenario: rubin-ultra-cpo, weight: {value: 0.5, source: s, status: assumption}}]\n    shipments: { 2027: { value: 5, source: s, status: assumption } }' | 'the weights add up to 0.5, not 1'
            year key           | 'scenario: hgx-400g\n    shipments: { twenty: { value: 5, source: s, status: assumption } }' | 'not a year'
            """)
    void badFleetIsOneClearLine(String what, String body, String expected) throws IOException {
        Path cat = Files.createDirectories(dir.resolve("bad"));
        String indented = body.replace("\\n", "\n");
        Files.writeString(cat.resolve("fleet.yaml"), "platforms:\n  - id: x\n    name: X\n    "
                + (indented.startsWith("shipments") && what.equals("negative shipments") ? "scenario: hgx-400g\n    " : "")
                + indented + "\n");
        assertThatThrownBy(() -> Catalogs.load(cat).fleet()).isInstanceOf(InputException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("fleet.yaml:"));
    }
}
