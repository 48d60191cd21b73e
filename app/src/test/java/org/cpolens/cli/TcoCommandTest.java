package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cpolens tco}: golden figures, payback, break-evens fed back, determinism and bad input. */
class TcoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * broadcom-32k with the CPO's price per port and the tco section given, against DSP pluggables
     * and NPO (LPO left out: its modules' longer life puts it out of CPO's reach at any price here).
     */
    static String scenario(double cpoPrice, double cpoWatts, String tcoSection) {
        return String.format(Locale.ROOT, """
                name: tco-case
                cluster:
                  endpoints: 8192
                  endpointGbps: 800
                  accelerators: 32768
                  wattsPerAccelerator: 1400
                fabric:
                  switch: tomahawk5-64x800g
                  tiers: 3
                architectures:
                  - id: pluggable-dsp-800g
                    overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93 }
                  - id: npo-800g
                  - id: cpo-bailly-800g
                    overrides: { switchPortWatts: %s, costPerPortUsd: %s }
                %s
                """, Double.toString(cpoWatts), Double.toString(cpoPrice), tcoSection);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("tco", "--format", "json"));
        a.addAll(List.of(args));
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode arch(JsonNode root, String id) {
        for (JsonNode a : root.get("architectures")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no architecture " + id);
    }

    private static JsonNode comparison(JsonNode root, String id, String against) {
        for (JsonNode c : root.get("comparisons")) {
            if (c.get("architecture").asText().equals(id) && c.get("against").asText().equals(against)) {
                return c;
            }
        }
        throw new AssertionError("no comparison " + id + " vs " + against);
    }

    /**
     * broadcom-32k with the catalog's defaults and reliability in closed form, computed by hand (an
     * independent script, not the Java model) for the baseline and the CPO:
     *
     * <pre>
     * fabric: 640 TH5 switches (256 leaf, 256 spine, 128 core, 51.2 Tb/s each), 8,192 links per layer
     *   (24,576 fibers), 40,960 switch-side ends, 8,192 host-side modules, 8,192 NICs, 32,768 GPUs.
     * lifetime 5 y at 8%: annuity A = (1 - 1.08^-5) / 0.08 = 3.992710037
     * energy = network kW x PUE 1.56 x US$0.0806/kWh x 8,766 h
     * expectations over 8,760 h (FIT x count x 8,760 / 1e9), per year x 8,766 / 8,760
     *
     * pluggable-dsp-800g: network W = 49,152 x 16.93 + 640 x 913 = 1,416,463.36 W -> US$1,561,228.43/yr
     *   optics = 49,152 x US$800 + 24,576 fibers x US$100 = 41,779,200
     *   failures: modules 1,333.33 FIT on 8,192 host-facing (p 1), 32,768 switch-to-switch (p 0.23),
     *   8,192 host-side (p 1); switches 5,000 FIT (256 leaf p 1, 384 above p 0.23); fibers 200 FIT
     *   (8,192 p 1, 16,384 p 0.23); NICs 330 FIT (8,192 p 1)
     *   -> lambda = 0.0387112 interruptions/h, Young/Daly tau = 0.2150347 h with C = 3.24 s;
     *   link flaps: 49,152 ends x 1.6667 FIT/(Gb/s) x 800 Gb/s, none stopping the job, 10 s stall each
     *   goodput = tau/(tau+C) (1 - lambda (10 min + (tau+C)/2)) - stall/8,760 h = 0.98506292
     *   -> lost = (1 - goodput) x 8,760 h x 32,768 x 8,766/8,760 = 4,290,590.65 GPU-h/yr x US$4.916
     *   technician hours 602.1358/yr x US$29.98; parts/yr: 574.4886 modules x US$800, 28.0512 switches
     *   x US$25,600, 43.0866 fibers x US$100, 23.6977 NICs x US$1,500 = US$1,217,556.73
     *   spares (Poisson 99% of the demand over resupply): 34 modules, 6 switches, 4 fibers, 4 NICs = US$187,200
     *   capex = 41,966,400; opex = 23,889,380.83/yr; TCO = capex + opex x A = US$137,349,770.61
     *   = US$1,049.8089 per accelerator-year
     *
     * cpo-bailly-800g at 5.55 W and US$480 per port: network W = 40,960 x 5.55 + 8,192 x 16.93 + 584,320
     *   optics = 40,960 x 480 + 8,192 x 800 + 5,120 laser modules x US$300 + 24,576 x 100 = 30,208,000;
     *   premium 640 x 51.2 x US$100 = 3,276,800
     *   engines: -ln(0.05) / (15e6 x 400) per Gb/s-hour = 0.4993 FIT per Gb/s x 6,400 Gb/s, 2,048 / 2,048 /
     *   1,024 per tier, each failure replaces (and drains) its switch; laser modules 100 + 8 x 50 FIT;
     *   CPO ends flap at -ln(0.05) / (1e6 x 400) x 1e9 = 7.49 FIT per Gb/s
     *   -> 171.4690 switch replacements/yr at US$25,600 + 5,120 + 30,720 (its optics): parts
     *   US$10,658,243.15/yr; spares US$1,366,780; lost 4,285,789.17 GPU-h/yr; technician 1,521.3287 h/yr
     *   -> TCO = US$165,893,349.57
     * </pre>
     */
    @Test
    void goldenBroadcom32k() throws IOException {
        JsonNode r = json("--scenario", "broadcom-32k", "--reliability", "analytic", "--trials", "200");
        JsonNode base = arch(r, "pluggable-dsp-800g");
        assertThat(r.get("annuityFactor").asDouble()).isCloseTo(3.992710037, within(1e-6));
        assertThat(base.get("tcoCapexUsd").asDouble()).isEqualTo(41_966_400.0);
        assertThat(base.get("tcoEnergyUsdPerYear").asDouble()).isCloseTo(1_561_228.431031, within(1e-5));
        assertThat(base.get("lostAcceleratorHoursPerYear").asDouble()).isCloseTo(4_290_590.650838, within(1e-4));
        assertThat(base.get("partsUsdPerYear").asDouble()).isCloseTo(1_217_556.72576, within(1e-4));
        assertThat(base.get("tcoUsd").asDouble()).isCloseTo(137_349_770.614554, within(1e-6 * 137_349_770.614554));
        assertThat(base.get("tcoUsdPerAcceleratorYear").asDouble()).isCloseTo(1_049.808856, within(1e-5));
        JsonNode cpo = arch(r, "cpo-bailly-800g");
        assertThat(cpo.get("switchPremiumUsd").asDouble()).isEqualTo(3_276_800.0);
        assertThat(cpo.get("sparesUsd").asDouble()).isEqualTo(1_366_780.0);
        assertThat(cpo.get("tcoUsd").asDouble()).isCloseTo(165_893_349.566778, within(1e-6 * 165_893_349.566778));
        assertThat(r.get("bestNonCpoArchitecture").asText()).isEqualTo("lpo-800g");
        assertThat(cpo.get("tcoNpvVsBaselineUsd").asDouble())
                .isCloseTo(137_349_770.614554 - 165_893_349.566778, within(1e-3));
    }

    /**
     * A CPO case that pays back: CPO at US$680 per port, replaced parts free (repairs under warranty,
     * {@code replacementCostShare: 0}), reliability in closed form. By hand (same script as above):
     * baseline year-0 spend 41,966,400 and 22,671,824.10 a year; CPO 43,325,180 and 22,162,013.85 a
     * year: US$1,358,780 more up front, US$509,810.25 a year less; simple payback
     * 1,358,780 / 509,810.25 = 2.665266 y; discounted t = -ln(1 - 1,358,780 x 0.08 / 509,810.25) / ln 1.08
     * = 3.115969 y, within the 5-year lifetime; NPV US$676,744.50.
     */
    @Test
    void paybackOfACpoCase() throws IOException {
        Path s = write("payback.yaml", scenario(680, 5.55, "tco: { replacementCostShare: 0, reliability: analytic }"));
        JsonNode r = json("--scenario", s.toString(), "--trials", "200");
        JsonNode c = comparison(r, "cpo-bailly-800g", "baseline");
        assertThat(c.get("extraCapexUsd").asDouble()).isEqualTo(1_358_780.0);
        assertThat(c.get("yearlySavingUsd").asDouble()).isCloseTo(509_810.250602, within(1e-4));
        assertThat(c.get("simplePaybackYears").asDouble()).isCloseTo(2.6652661, within(1e-6));
        assertThat(c.get("paybackYears").asDouble()).isCloseTo(3.1159695, within(1e-6));
        assertThat(c.get("npvUsd").asDouble()).isCloseTo(676_744.504583, within(1e-3));
        assertThat(c.get("paysBackWithinLifetime").asBoolean()).isTrue();
    }

    /**
     * The break-even price and watts per port, fed back into the scenario as the CPO's own figures,
     * give a TCO equal to the best non-CPO choice's within 1e-6 (relative), with the fault
     * simulation's reliability costs (the same seed, so the same simulation) and in closed form.
     */
    @ParameterizedTest
    @CsvSource({"480, 5.55, simulated", "480, 5.55, analytic", "100, 5.55, simulated", "20, 7, analytic"})
    void breakEvenFedBackTies(double price, double watts, String reliability) throws IOException {
        String section = "tco: { replacementCostShare: 0.2, reliability: " + reliability + " }";
        JsonNode r = json("--scenario", write("s.yaml", scenario(price, watts, section)).toString(), "--trials", "50");
        JsonNode be = r.get("breakEvens").get(0);
        double rival = be.get("rivalTcoUsd").asDouble();
        double p = be.get("priceUsdPerPort").asDouble();
        double w = be.get("wattsPerPort").asDouble();
        assertThat(p).as("a price that ties exists here").isPositive();
        JsonNode atPrice = json("--scenario", write("p.yaml", scenario(p, watts, section)).toString(), "--trials", "50");
        assertThat(arch(atPrice, "cpo-bailly-800g").get("tcoUsd").asDouble()).isCloseTo(rival, within(1e-6 * rival));
        assertThat(atPrice.get("bestNonCpoArchitecture").asText()).isEqualTo(be.get("rivalArchitecture").asText());
        if (w > 0) {
            JsonNode atWatts = json("--scenario", write("w.yaml", scenario(price, w, section)).toString(), "--trials", "50");
            assertThat(arch(atWatts, "cpo-bailly-800g").get("tcoUsd").asDouble()).isCloseTo(rival, within(1e-6 * rival));
        }
    }

    /** At least one case above must feed back the watts too, or the watts break-even goes untested. */
    @Test
    void aCheapCpoHasAPositiveWattsBreakEven() throws IOException {
        String section = "tco: { replacementCostShare: 0.2, reliability: analytic }";
        JsonNode r = json("--scenario", write("s.yaml", scenario(20, 7, section)).toString(), "--trials", "50");
        assertThat(r.get("breakEvens").get(0).get("wattsPerPort").asDouble()).isGreaterThan(7);
    }

    @Test
    void sameSeedSameBytesAndTheSeedIsPrinted() {
        CliRun a = CliRun.of("tco", "--format", "json", "--seed", "7", "--trials", "500");
        CliRun b = CliRun.of("tco", "--format", "json", "--seed", "7", "--trials", "500");
        CliRun c = CliRun.of("tco", "--format", "json", "--seed", "8", "--trials", "500");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.out()).contains("\"seed\" : 7");
        assertThat(c.out()).isNotEqualTo(a.out());
        CliRun t = CliRun.of("tco", "--seed", "7", "--trials", "500");
        assertThat(t.out()).contains("seed 7").contains("Monte Carlo, seed 7, 500 trials");
        CliRun csv = CliRun.of("tco", "--format", "csv", "--trials", "100");
        assertThat(csv.out()).startsWith("architecture,reliabilitySource,tcoUsdPerAcceleratorYear,");
        CliRun zh = CliRun.of("tco", "--lang", "zh-TW", "--trials", "100");
        assertThat(zh.out()).contains("總持有成本");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "electricityUsdPerKwh: -0.1|tco.electricityUsdPerKwh|must not be negative",
            "lifetimeYears: -5|tco.lifetimeYears|must be greater than zero",
            "lifetimeYears: 0|tco.lifetimeYears|must be greater than zero",
            "pue: 0.9|tco.pue|must be at least 1",
            "discountRate: 1|tco.discountRate|must be at least 0 and below 1",
            "discountRate: 1.5|tco.discountRate|must be at least 0 and below 1",
            "acceleratorHourUsd: -2|tco.acceleratorHourUsd|must not be negative",
            "reliability: simulatd|tco.reliability|maybe you meant 'simulated'",
            "pues: 1.2|tco.pues|maybe you meant 'pue'"})
    void badInputIsOneLineAndExitOne(String entry, String field, String problem) throws IOException {
        Path s = write("bad.yaml", scenario(480, 5.55, "tco:\n  " + entry));
        CliRun r = CliRun.of("tco", "--scenario", s.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("bad.yaml:").contains(field).contains(problem)
                .contains("hint");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pue=0.5|must be at least 1",
            "discountRate=1|must be at least 0 and below 1",
            "lifetimeYears=-1|must be greater than zero",
            "nicUsd=-3|must not be negative",
            "peu=1.2|maybe you meant 'pue'"})
    void badSetIsOneLineAndExitOne(String set, String problem) {
        CliRun r = CliRun.of("tco", "--set", set);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--set").contains(problem);
    }

    @Test
    void overridesAreLabelledAssumptions() throws IOException {
        JsonNode r = json("--set", "pue=1.2", "--trials", "100");
        for (JsonNode i : r.get("inputs")) {
            if (i.get("input").asText().equals("pue")) {
                assertThat(i.get("value").asDouble()).isEqualTo(1.2);
                assertThat(i.get("status").asText()).isEqualTo("assumption");
                assertThat(i.get("note").asText()).contains("1.56");
            }
        }
    }
}
