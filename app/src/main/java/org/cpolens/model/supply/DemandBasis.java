package org.cpolens.model.supply;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which count of the fabric model a component's unit demand follows. */
public enum DemandBasis {
    SWITCHES("switches"),
    SWITCH_PORTS("switchPorts"),
    HOST_MODULES("hostModules"),
    LASERS("lasers"),
    LASER_MODULES("laserModules"),
    ENGINES("engines"),
    /** No unit-demand model (capital equipment). */
    NONE("none");

    private final String word;

    DemandBasis(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<DemandBasis> fromWord(String w) {
        return Arrays.stream(values()).filter(b -> b.word.equals(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DemandBasis::word).toList();
    }
}
