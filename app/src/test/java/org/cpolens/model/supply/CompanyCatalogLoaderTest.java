package org.cpolens.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's errors name file:line, the field, the bad value and a hint. */
class CompanyCatalogLoaderTest {
    /** A small complete catalog; line numbers matter to the assertions below. */
    static final String VALID = """
            fx:
              twdPerUsd: { value: 32, source: "test", status: assumption }
            defaultDemand:
              scenario: broadcom-32k
              # the architecture is the scenario's CPO,
              year: { value: 2027, source: "test", status: stated }
              clustersPerYear: { value: 1, source: "test", status: assumption }
              # and its engines come from its bill of materials
            components:
              - id: fau
                nameEn: FAU
                nameZh: 光纖陣列單元
                layer: midstream
                unit: FAUs
                inputs: []
                source: "test"
                status: stated
                demand:
                  basis: engines
                  perBasis: { value: 1, source: "test", status: assumption }
                priceUsd: { value: 100, source: "test", status: assumption }
              - id: optical-engine
                nameEn: Optical engine
                nameZh: 光引擎
                layer: midstream
                unit: engines
                inputs: [fau]
                source: "test"
                status: assumption
                demand:
                  basis: engines
                  perBasis: { value: 1, source: "test", status: stated }
                priceUsd: { value: 3840, source: "test", status: reconstructed }
            companies:
              - id: foci
                ticker: "3363"
                market: { value: TPEx, source: "test", status: assumption }
                nameEn: FOCI
                nameZh: 上詮
                layer: midstream
                roles:
                  - component: fau
                    qualified: true
                    sole: true
                    customers: [broadcom]
                    source: "seed"
                    status: stated
              - id: broadcom
                ticker: AVGO
                market: { value: NASDAQ, source: "test", status: assumption }
                nameEn: Broadcom
                nameZh: 博通
                layer: midstream
                roles:
                  - component: optical-engine
                    qualified: true
                    source: "figures.md"
                    status: stated
            """;

    private static SupplyChain parse(String text) {
        return CompanyCatalogLoader.parse(YamlDoc.parse("companies-test.yaml", text));
    }

    private static InputException error(String text) {
        try {
            parse(text);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException");
    }

    @Test
    void theValidCatalogLoadsAndBuildsTheGraph() {
        SupplyChain c = parse(VALID);
        assertThat(c.companies()).extracting(Company::id).containsExactly("foci", "broadcom");
        assertThat(c.customersOf("foci")).extracting(Company::id).containsExactly("broadcom");
        assertThat(c.singlePointsOfFailure()).extracting(p -> p.component().id()).containsExactly("fau", "optical-engine");
    }

    @Test
    void theBundledCatalogLoads() {
        SupplyChain c = CompanyCatalogLoader.bundled();
        assertThat(c.components()).extracting(Component::id).containsExactlyElementsOf(Component.VOCABULARY);
        assertThat(c.companies()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void unknownKeyNamesLineAndSuggests() {
        InputException e = error(VALID.replace("    ticker: \"3363\"", "    tickr: \"3363\""));
        assertThat(e.getMessage()).isEqualTo(
                "companies-test.yaml:36: field 'companies[0].tickr': unknown key (hint: maybe you meant 'ticker'?)");
    }

    @Test
    void missingSourceOnARole() {
        InputException e = error(VALID.replace("        source: \"seed\"\n", ""));
        assertThat(e.getMessage()).startsWith("companies-test.yaml:42: field 'companies[0].roles[0].source': "
                + "missing: every figure needs a source");
    }

    @Test
    void unknownComponentWordSuggestsTheNearest() {
        InputException e = error(VALID.replace("      - component: fau", "      - component: fua"));
        assertThat(e.getMessage()).isEqualTo("companies-test.yaml:42: field 'companies[0].roles[0].component' = 'fua': "
                + "not a known value (hint: maybe you meant 'fau'?)");
    }

    @Test
    void badStatusWord() {
        InputException e = error(VALID.replace("    status: stated\n  - id: broadcom",
                "    status: confirmed\n  - id: broadcom"));
        assertThat(e.getMessage()).startsWith("companies-test.yaml:47: field 'companies[0].roles[0].status' = 'confirmed': "
                + "not a status word");
    }

    @Test
    void badStatusInsideAFigure() {
        InputException e = error(VALID.replace("{ value: 100, source: \"test\", status: assumption }",
                "{ value: 100, source: \"test\", status: guess }"));
        assertThat(e.getMessage()).startsWith("companies-test.yaml:21: field 'components[0].priceUsd.status' = 'guess': "
                + "not a status word");
    }

    @Test
    void unknownCustomerIdIsCaughtAfterAllCompaniesAreRead() {
        InputException e = error(VALID.replace("customers: [broadcom]", "customers: [braodcom]"));
        assertThat(e.getMessage()).isEqualTo("companies-test.yaml:45: field 'companies[0].roles[0].customers[0]' = "
                + "'braodcom': no such company id in the catalog (hint: maybe you meant 'broadcom'?)");
    }

    @Test
    void unknownInputComponent() {
        InputException e = error(VALID.replace("inputs: [fau]", "inputs: [fau, lazer-diode]"));
        assertThat(e.getMessage()).contains("companies-test.yaml:27").contains("'lazer-diode'")
                .contains("maybe you meant 'laser-diode'?");
    }

    @Test
    void soleSupplierMustBeQualified() {
        InputException e = error(VALID.replace("        qualified: true\n        sole: true",
                "        qualified: false\n        sole: true"));
        assertThat(e.getMessage()).isEqualTo("companies-test.yaml:44: field 'companies[0].roles[0].sole' = 'true': "
                + "a sole supplier must be qualified (hint: set qualified: true, or drop sole)");
    }

    @Test
    void unknownMarketAndLayer() {
        assertThat(error(VALID.replace("value: TPEx", "value: TPEX")).getMessage())
                .contains("companies-test.yaml:37").contains("'TPEX'").contains("maybe you meant 'TPEx'");
        assertThat(error(VALID.replace("    layer: midstream\n    roles:\n      - component: fau",
                "    layer: middle\n    roles:\n      - component: fau")).getMessage())
                .contains("field 'companies[0].layer' = 'middle'").contains("expected one of 'downstream', 'midstream', 'upstream'");
    }

    @Test
    void shareAboveOneIsRejected() {
        String withExposure = VALID.replace("""
                        source: "figures.md"
                        status: stated
                """, """
                        source: "figures.md"
                        status: stated
                    exposure:
                      - year: 2025
                        segment: siph
                        shareOfRevenue: { value: 81, source: "seed", status: stated }
                """);
        InputException e = error(withExposure);
        assertThat(e.getMessage()).isEqualTo("companies-test.yaml:62: field 'companies[1].exposure[0].shareOfRevenue.value' = "
                + "'81': must be between 0 and 1");
    }

    @Test
    void aRoleForAComponentNotDescribedIsRejected() {
        InputException e = error(VALID.replace("- component: optical-engine", "- component: lga-socket"));
        assertThat(e.getMessage()).contains("companies-test.yaml:55").contains("not described under 'components:'");
    }

    @Test
    void aUserCatalogAddsASecondFauSupplierAndTheSinglePointDisappears(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("companies.yaml"), """
                companies:
                  - id: second-fau
                    ticker: "9999"
                    market: { value: TWSE, source: "user", status: assumption }
                    nameEn: Second FAU maker
                    nameZh: 第二家
                    layer: midstream
                    roles:
                      - component: fau
                        qualified: true
                        source: "user's own channel check"
                        status: assumption
                """);
        SupplyChain c = CompanyCatalogLoader.load(dir);
        assertThat(c.suppliersOf("fau")).extracting(s -> s.company().id()).endsWith("second-fau");
        assertThat(c.singlePointsOfFailure()).extracting(p -> p.component().id()).doesNotContain("fau");
    }

    @Test
    void aUserCatalogErrorNamesTheUserFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("companies.yaml");
        Files.writeString(f, """
                companies:
                  - id: x
                    ticker: "9999"
                    market: { value: TWSE, source: "user", status: assumption }
                    nameEn: X
                    nameZh: X
                    layer: midstream
                    roles:
                      - component: fau
                        qualified: true
                        customers: [nvdia]
                        source: "user"
                        status: assumption
                """);
        assertThatThrownBy(() -> CompanyCatalogLoader.load(dir)).isInstanceOf(InputException.class)
                .hasMessage(f + ":11: field 'companies[0].roles[0].customers[0]' = 'nvdia': no such company id in the "
                        + "catalog (hint: maybe you meant 'nvidia'?)");
    }
}
