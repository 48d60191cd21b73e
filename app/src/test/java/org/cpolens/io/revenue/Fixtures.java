package org.cpolens.io.revenue;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the format-exact, invented fixtures under src/test/resources/fixtures. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
