package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository ships its own list of sources: every source the catalog cites is in docs/sources.md. */
class CatalogSourcesTest {
    private static final List<CatalogSources.Citation> BUNDLED = CatalogSources.collect(Catalogs.bundled());

    @Test
    void docsSourcesListsEverySourceOfTheBundledCatalog() throws IOException {
        Path doc = Path.of("..", "docs", "sources.md");
        assertThat(doc).as("run ./cpolens catalog sources --format markdown > docs/sources.md").exists();
        String text = Files.readString(doc);
        for (CatalogSources.Citation c : BUNDLED) {
            assertThat(text).as("docs/sources.md is stale: regenerate it with "
                    + "./cpolens catalog sources --format markdown > docs/sources.md").contains(c.source().replace("\n", " "));
        }
    }

    @Test
    void everyCatalogFileIsWalkedAndEveryCitationHasAStatus() {
        assertThat(BUNDLED).isNotEmpty();
        assertThat(BUNDLED.stream().flatMap(c -> c.usedBy().stream()).map(u -> u.substring(0, u.indexOf(".yaml") + 5))
                .distinct()).contains(CatalogLoader.ARCHITECTURES, CatalogLoader.SWITCHES, Catalogs.MARKET_DEFAULTS,
                Catalogs.MARKET_SOURCES, ReliabilityInputsParser.FILE, CompanyCatalogLoader.FILE, RiskLoader.FILE);
        assertThat(BUNDLED).allSatisfy(c -> assertThat(c.statuses()).doesNotContain("unstated"));
    }

    /** The catalog cites original publications, never the project's own reference notes. */
    @Test
    void noSourceCitesAFileUsersDoNotHave() {
        assertThat(BUNDLED).noneSatisfy(c -> assertThat(c.source()).containsAnyOf("figures.md", "DESIGN.md"));
    }
}
