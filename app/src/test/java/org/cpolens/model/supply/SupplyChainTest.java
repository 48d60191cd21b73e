package org.cpolens.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cpolens.io.CompanyCatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph queries on the bundled catalog (figures.md s7 and the seed). */
class SupplyChainTest {
    private static final SupplyChain CHAIN = CompanyCatalogLoader.bundled();

    /** Every company of figures.md s7 and the seed, with its ticker and Traditional Chinese name. */
    @ParameterizedTest
    @CsvSource({
            "broadcom, AVGO, 博通",
            "nvidia, NVDA, 輝達",
            "marvell, MRVL, 邁威爾",
            "cisco, CSCO, 思科",
            "intel, INTC, 英特爾",
            "tsmc, 2330, 台積電",
            "hon-hai, 2317, 鴻海",
            "foxconn-fii, 601138, 工業富聯",
            "fit, 6088, 鴻騰精密",
            "ezconn, 6442, 光聖",
            "landmark, 3081, 聯亞光電",
            "foci, 3363, 上詮",
            "allring, 6187, 萬潤",
            "ase, 3711, 日月光投控",
            "innolight, 300308, 中際旭創",
            "eoptolink, 300502, 新易盛",
            "coherent, COHR, 高意",
            "lumentum, LITE, 朗美通"})
    void catalogHoldsEveryCompanyOfTheSeedAndFiguresMd(String id, String ticker, String nameZh) {
        Company c = CHAIN.company(ticker).orElseThrow();
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.nameZh()).isEqualTo(nameZh);
        assertThat(CHAIN.company(id)).contains(c);
    }

    @Test
    void seedsInnoLightMixUpIsCorrected() {
        // the seed heads a paragraph "InnoLight(新易盛)": InnoLight is 中際旭創 300308, 新易盛 is Eoptolink 300502
        assertThat(CHAIN.company("300308").orElseThrow().nameEn()).isEqualTo("InnoLight");
        assertThat(CHAIN.company("300502").orElseThrow().nameEn()).isEqualTo("Eoptolink");
        assertThat(CHAIN.company("innolight").orElseThrow().note()).contains("新易盛").contains("300502");
    }

    @Test
    void taiwanMarketsAreLabelledAssumptionsBecauseNeitherSourceStatesThem() {
        for (String t : List.of("2330", "2317", "6442", "3081", "3363", "6187", "3711")) {
            assertThat(CHAIN.company(t).orElseThrow().listing().status().word()).as(t).isEqualTo("assumption");
        }
        assertThat(CHAIN.company("3081").orElseThrow().listing().market()).isEqualTo("TPEx");
    }

    @Test
    void lookupAcceptsTickersWithExchangeSuffixAndAnyCase() {
        assertThat(CHAIN.company("6088.HK").orElseThrow().id()).isEqualTo("fit");
        assertThat(CHAIN.company("601138.SS").orElseThrow().id()).isEqualTo("foxconn-fii");
        assertThat(CHAIN.company("avgo").orElseThrow().id()).isEqualTo("broadcom");
        assertThat(CHAIN.company("3801")).isEmpty();
    }

    @Test
    void suppliersOfAComponentInCatalogOrderWithQualification() {
        assertThat(CHAIN.suppliersOf("fau")).extracting(s -> s.company().id() + ":" + s.role().qualified())
                .containsExactly("ezconn:false", "foci:true", "corning:true", "browave:false");
        assertThat(CHAIN.suppliersOf("fau").get(1).role().sole()).isTrue();
        assertThat(CHAIN.suppliersOf("packaging")).extracting(s -> s.company().id() + ":" + s.role().qualified())
                .containsExactly("tsmc:true", "ase:false", "shunsin:false");
        // FIT makes the interface a laser module plugs into; the lasers come from laser makers
        assertThat(CHAIN.suppliersOf("external-laser-source")).extracting(s -> s.company().id())
                .doesNotContain("fit").contains("coherent", "lumentum", "luxnet");
        assertThat(CHAIN.suppliersOf("laser-source-interface")).extracting(s -> s.company().id()).containsExactly("fit");
        assertThat(CHAIN.suppliersOf("pluggable-module")).extracting(s -> s.company().id() + ":" + s.role().qualified())
                .containsExactly("zhongda:false", "innolight:true", "eoptolink:true");
        assertThatThrownBy(() -> CHAIN.suppliersOf("fua")).hasMessageContaining("unknown component 'fua'");
    }

    @Test
    void customersFollowSellsToEdges() {
        assertThat(CHAIN.customersOf("fit")).extracting(Company::id).containsExactly("broadcom");
        assertThat(CHAIN.customersOf("broadcom")).extracting(Company::id).containsExactly("meta");
        assertThat(CHAIN.customersOf("landmark")).isEmpty();
    }

    @Test
    void dependenciesWalkTheBillOfMaterialsNearestFirst() {
        Dependencies d = CHAIN.dependenciesOf("broadcom");
        // Broadcom makes the switch and the engine itself, so neither is a dependency
        assertThat(d.components()).extracting(x -> x.component().id())
                .doesNotContain("cpo-switch-system", "optical-engine", "switch-asic");
        Dependency fau = find(d, "fau");
        assertThat(fau.depth()).isEqualTo(1);
        assertThat(fau.neededFor()).containsExactly("optical-engine");
        // switch -> external laser source -> laser diode -> InP epi wafer, from 聯亞 or the laser makers' own fabs
        Dependency epi = find(d, "inp-epi-wafer");
        assertThat(epi.depth()).isEqualTo(3);
        assertThat(epi.neededFor()).containsExactly("laser-diode");
        assertThat(epi.suppliers()).extracting(s -> s.company().id()).containsExactly("landmark", "coherent", "lumentum");
        assertThat(d.directSuppliers()).extracting(s -> s.company().id() + "/" + s.role().component())
                .containsExactlyInAnyOrder("tsmc/siph-foundry", "tsmc/packaging", "fit/lga-socket",
                        "fit/laser-source-interface", "fit/fiber-connector", "corning/fau", "corning/fiber-connector");
    }

    @Test
    void singlePointsOfFailureAreComponentsWithOneQualifiedSupplier() {
        List<SinglePoint> spof = CHAIN.singlePointsOfFailure();
        // the laser-source interface has one qualified maker (FIT), and no source calls it the only one
        SinglePoint els = spof.stream().filter(p -> p.component().id().equals("laser-source-interface")).findFirst()
                .orElseThrow();
        assertThat(els.supplier().company().id()).isEqualTo("fit");
        assertThat(els.statedSole()).isFalse();
        assertThat(els.affectedComponents()).containsExactly("cpo-switch-system");
        assertThat(els.affectedCompanies()).contains("broadcom", "nvidia");
        SinglePoint packaging = spof.stream().filter(p -> p.component().id().equals("packaging")).findFirst().orElseThrow();
        assertThat(packaging.candidates()).extracting(Company::id).containsExactly("ase", "shunsin");
        // FAUs from FOCI and Corning, lasers from Coherent and Lumentum, InP epi from 聯亞 and the laser makers'
        // own fabs: none of them is a single point any more; nor are four switch-ASIC vendors or two module makers
        assertThat(spof).extracting(p -> p.component().id()).doesNotContain("fau", "external-laser-source",
                "inp-epi-wafer", "switch-asic", "pluggable-module", "laser-diode", "fiber-connector");
        assertThat(spof).filteredOn(SinglePoint::statedSole).isEmpty();
    }

    @Test
    void graphHasOneMadeByEdgePerRoleAndOneInputEdgePerBillOfMaterialsLine() {
        long roles = CHAIN.companies().stream().mapToLong(c -> c.roles().size()).sum();
        long inputs = CHAIN.components().stream().mapToLong(c -> c.inputs().size()).sum();
        List<SupplyEdge> edges = CHAIN.edges();
        assertThat(edges).filteredOn(e -> e.kind() == SupplyEdge.Kind.MADE_BY).hasSize((int) roles);
        assertThat(edges).filteredOn(e -> e.kind() == SupplyEdge.Kind.INPUT_TO).hasSize((int) inputs);
        assertThat(edges).filteredOn(e -> e.kind() == SupplyEdge.Kind.SELLS_TO)
                .extracting(e -> e.from() + "->" + e.to())
                .containsExactlyInAnyOrder("company:broadcom->company:meta", "company:tsmc->company:broadcom",
                        "company:fit->company:broadcom", "company:coherent->company:nvidia",
                        "company:lumentum->company:nvidia", "company:corning->company:broadcom",
                        "company:browave->company:nvidia");
        assertThat(CHAIN.graph().vertexSet()).hasSize(CHAIN.components().size() + CHAIN.companies().size());
        assertThatThrownBy(() -> CHAIN.graph().removeVertex(CHAIN.nodes().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Dependency find(Dependencies d, String component) {
        return d.components().stream().filter(x -> x.component().id().equals(component)).findFirst().orElseThrow();
    }
}
