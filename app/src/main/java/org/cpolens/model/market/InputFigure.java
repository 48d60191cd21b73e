package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/** A named market input with its source and status, for the sources appendix. */
public record InputFigure(String name, Figure figure) {
    public InputFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figure, "figure");
    }
}
