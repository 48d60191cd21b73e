package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every catalog file can be overridden from a --catalog folder, and a bad folder is refused the same way. */
class CatalogsTest {
    @TempDir
    Path dir;

    private static String bundled(String file) throws IOException {
        try (InputStream in = Catalogs.class.getResourceAsStream("/catalog/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aUsersMarketDefaultsReplaceTheBundledOnes() throws IOException {
        String text = bundled(Catalogs.MARKET_DEFAULTS);
        assertThat(text).contains("endYear: 2030");
        Files.writeString(dir.resolve(Catalogs.MARKET_DEFAULTS), text.replace("endYear: 2030", "endYear: 2029"));
        var mine = ScenarioLoader.load("broadcom-32k", Catalogs.load(dir)).market();
        var theirs = ScenarioLoader.load("broadcom-32k", Catalogs.bundled()).market();
        assertThat(theirs.endYear()).isEqualTo(2030);
        assertThat(mine.endYear()).isEqualTo(2029);
    }

    @Test
    void aUsersRisksAddToTheBundledOnes() throws IOException {
        Files.writeString(dir.resolve(RiskLoader.FILE), """
                risks:
                  - id: supply-shock
                    title: { en: Laser supply shock, zhTw: 雷射供應衝擊 }
                    claim: { en: InP capacity runs short, zhTw: 磷化銦產能不足 }
                    source: "a user's own note"
                    status: assumption
                    moves: { input: { en: laser price, zhTw: 雷射價格 }, path: "architectures[cpo].overrides.costPerPortUsd", section: market }
                """);
        var risks = Catalogs.load(dir).risks();
        assertThat(risks).extracting(Risk::id).contains("yield", "supply-shock");
        assertThat(risks).hasSize(Catalogs.bundled().risks().size() + 1);
    }

    @Test
    void aUsersMarketSourceIsAddedById() throws IOException {
        Files.writeString(dir.resolve(Catalogs.MARKET_SOURCES), """
                sources:
                  - id: my-house-view
                    name: My house view
                    metric: revenueUsd
                    scope: CPO market
                    source: "a user's own model"
                    status: assumption
                    points: { 2030: { value: 1.0e10, source: "a user's own model", status: assumption } }
                """);
        var sources = ScenarioLoader.load("broadcom-32k", Catalogs.load(dir)).market().sources();
        assertThat(sources).extracting(s -> s.id()).contains("my-house-view", "morgan-stanley-base");
    }

    @Test
    void aFolderWithNoCatalogFileOrNoFolderIsRefused() {
        assertThatThrownBy(() -> Catalogs.load(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds none of the catalog files");
        assertThatThrownBy(() -> Catalogs.load(dir.resolve("missing"))).isInstanceOf(InputException.class)
                .hasMessageContaining("not a directory");
    }
}
