package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/**
 * A published count of pluggable transceivers shipped in a year, for the hindcast: the fleet with
 * every optical end pluggable must give module demand of the same order, or the fleet is wrong.
 *
 * @param moduleClass "800G", "1.6T" or "800G+" (800G and faster)
 */
public record PublishedVolume(int year, String moduleClass, Figure units) {
    public static final java.util.List<String> CLASSES = java.util.List.of("800G", "1.6T", "800G+");

    public PublishedVolume {
        Objects.requireNonNull(moduleClass, "moduleClass");
        Objects.requireNonNull(units, "units");
        if (!CLASSES.contains(moduleClass)) {
            throw new IllegalArgumentException("module class " + moduleClass + " is not one of " + CLASSES);
        }
    }

    /** Whether a module of {@code gbps} counts in {@code moduleClass}. */
    public static boolean counts(String moduleClass, double gbps) {
        return switch (moduleClass) {
            case "800G" -> gbps == 800;
            case "1.6T" -> gbps == 1600;
            case "800G+" -> gbps >= 800;
            default -> false;
        };
    }
}
