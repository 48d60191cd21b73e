package org.cpolens.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.market.AcceleratorFleet;
import org.cpolens.model.supply.SupplyChain;

/**
 * Every catalog file, bundled in the jar or overridden by the same-named file of a user's
 * {@code --catalog DIR}: each loader reads the bundled file and then the user's on top of it (list
 * entries add or replace by id; default files replace key by key). Loaded once per run, lazily.
 */
public final class Catalogs {
    public static final String MARKET_DEFAULTS = "market-defaults.yaml";
    public static final String MARKET_SOURCES = "market-sources.yaml";

    /** The files a {@code --catalog DIR} may hold. */
    public static final List<String> FILES = List.of(CatalogLoader.ARCHITECTURES, CatalogLoader.SWITCHES,
            CompanyCatalogLoader.FILE, ReliabilityInputsParser.FILE, MARKET_DEFAULTS, MARKET_SOURCES, FleetParser.FILE,
            RiskLoader.FILE, "events.yaml", "watchlists.yaml", TcoSettingsParser.FILE);

    private final Path userDir;
    private final Catalog interconnect;
    private SupplyChain supplyChain;
    private List<Risk> risks;
    private AcceleratorFleet fleet;

    private Catalogs(Path userDir) {
        this.userDir = userDir;
        this.interconnect = CatalogLoader.load(userDir);
    }

    public static Catalogs bundled() {
        return new Catalogs(null);
    }

    /** The bundled catalog with {@code userDir}'s files on top; null means the bundled one alone. */
    public static Catalogs load(Path userDir) {
        if (userDir != null) {
            check(userDir);
        }
        return new Catalogs(userDir);
    }

    /** A {@code --catalog} folder must exist and hold at least one catalog file. */
    static void check(Path userDir) {
        if (!Files.isDirectory(userDir)) {
            throw new InputException(userDir.toString(), "--catalog", userDir, "not a directory",
                    "give a folder holding any of " + String.join(", ", FILES));
        }
        if (FILES.stream().noneMatch(f -> Files.exists(userDir.resolve(f)))) {
            throw new InputException(userDir.toString(), "--catalog", userDir,
                    "holds none of the catalog files " + String.join(", ", FILES),
                    "copy one from app/src/main/resources/catalog/ and edit it");
        }
    }

    public Optional<Path> userDir() {
        return Optional.ofNullable(userDir);
    }

    /** Optics architectures and switch systems. */
    public Catalog interconnect() {
        return interconnect;
    }

    public synchronized SupplyChain supplyChain() {
        if (supplyChain == null) {
            supplyChain = CompanyCatalogLoader.load(userDir);
        }
        return supplyChain;
    }

    /** The accelerator fleet the market counts, its scenarios parsed (not built). */
    public synchronized AcceleratorFleet fleet() {
        if (fleet == null) {
            fleet = FleetParser.load(this);
        }
        return fleet;
    }

    public synchronized List<Risk> risks() {
        if (risks == null) {
            risks = RiskLoader.load(userDir);
        }
        return risks;
    }

    /**
     * SHA-256 (hex) of the catalog files a run reads: for each file of {@link #FILES}, in order, its
     * name, the bundled bytes and, when {@code --catalog DIR} holds one, the user's bytes. Two runs
     * with the same digest read the same figures; the report prints it beside the tool version.
     */
    public String digest() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                sha.update((f + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (java.io.InputStream in = Catalogs.class.getResourceAsStream("/catalog/" + f)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
                if (userDir != null && Files.isRegularFile(userDir.resolve(f))) {
                    sha.update(("user:" + f + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(userDir.resolve(f)));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bundled version of a catalog file. */
    public YamlDoc bundled(String file) {
        return CatalogLoader.bundledDoc(file);
    }

    /** The user's version of a catalog file, when the {@code --catalog} folder holds one. */
    public Optional<YamlDoc> user(String file) {
        if (userDir == null || !Files.exists(userDir.resolve(file))) {
            return Optional.empty();
        }
        return Optional.of(YamlDoc.read(userDir.resolve(file)));
    }
}
