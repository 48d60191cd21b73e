package org.cpolens.model.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An optics architecture placed at the ends of fabric links.
 *
 * @param id               stable catalog id, e.g. {@code cpo-bailly-800g}
 * @param name             display name
 * @param kind             family
 * @param portGbps         port speed the figures refer to; the evaluator rescales them (see
 *                         {@link ArchitectureFigure#atPortSpeed})
 * @param figures          one figure per {@link ArchitectureFigure}, with source and status
 * @param hotSwappable     a failed switch-side port can be swapped without touching the switch
 * @param replacesHostSide the architecture also replaces host/NIC-side modules; if false the host
 *                         side keeps the baseline architecture's modules (CPO today)
 */
public record OpticsArchitecture(
        String id,
        String name,
        ArchitectureKind kind,
        double portGbps,
        Map<ArchitectureFigure, Figure> figures,
        boolean hotSwappable,
        boolean replacesHostSide,
        String source,
        Status status) {

    public OpticsArchitecture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        EnumMap<ArchitectureFigure, Figure> copy = new EnumMap<>(ArchitectureFigure.class);
        copy.putAll(figures);
        for (ArchitectureFigure f : ArchitectureFigure.values()) {
            if (copy.get(f) == null) {
                throw new IllegalArgumentException("architecture " + id + " has no figure " + f.key());
            }
        }
        figures = Collections.unmodifiableMap(copy);
    }

    public Figure figure(ArchitectureFigure f) {
        return figures.get(f);
    }

    public double value(ArchitectureFigure f) {
        return figures.get(f).value();
    }

    /** The figure at the speed of a fabric port: see {@link ArchitectureFigure#atPortSpeed}. */
    public double valueAtPort(ArchitectureFigure f, double fabricPortGbps) {
        return f.atPortSpeed(value(f), portGbps, fabricPortGbps);
    }

    /** The same architecture with one figure replaced. */
    public OpticsArchitecture with(ArchitectureFigure f, Figure figure) {
        EnumMap<ArchitectureFigure, Figure> m = new EnumMap<>(figures);
        m.put(f, figure);
        return new OpticsArchitecture(id, name, kind, portGbps, m, hotSwappable, replacesHostSide, source, status);
    }

    /** True when lasers sit in field-replaceable external laser source modules. */
    public boolean hasExternalLaserSource() {
        return value(ArchitectureFigure.PORTS_PER_LASER_MODULE) > 0;
    }
}
