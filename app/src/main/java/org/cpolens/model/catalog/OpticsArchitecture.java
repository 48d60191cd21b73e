package org.cpolens.model.catalog;

import java.util.Objects;

/**
 * An optics architecture placed at the ends of fabric links.
 *
 * @param id                  stable catalog id, e.g. {@code cpo-bailly-800g}
 * @param name                display name
 * @param kind                family: pluggable, lpo, lro, obo, npo, cpo
 * @param portGbps            port speed the figures refer to; the evaluator rescales at equal pJ/bit
 * @param switchPortWatts     optics power per switch-side port (W)
 * @param hostPortWatts       optics power per host-side module (W), used when {@code replacesHostSide}
 * @param lasersPerPort       laser diodes per port (switch side)
 * @param portsPerLaserModule ports fed by one external laser source module; 0 = lasers are embedded
 * @param edgeDensityGbpsPerMm front-panel or package shoreline density (Gb/s per mm)
 * @param addedLatencyNs      latency the optics add per end (ns)
 * @param costPerPortUsd      price per switch-side port (USD)
 * @param hotSwappable        a failed switch-side port can be swapped without touching the switch
 * @param replacesHostSide    the architecture also replaces host/NIC-side modules; if false the host
 *                            side keeps the baseline architecture's modules (CPO today)
 */
public record OpticsArchitecture(
        String id,
        String name,
        String kind,
        double portGbps,
        Figure switchPortWatts,
        Figure hostPortWatts,
        Figure lasersPerPort,
        Figure portsPerLaserModule,
        Figure edgeDensityGbpsPerMm,
        Figure addedLatencyNs,
        Figure costPerPortUsd,
        boolean hotSwappable,
        boolean replacesHostSide,
        String source,
        Status status) {

    public OpticsArchitecture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(switchPortWatts, "switchPortWatts");
        Objects.requireNonNull(hostPortWatts, "hostPortWatts");
        Objects.requireNonNull(lasersPerPort, "lasersPerPort");
        Objects.requireNonNull(portsPerLaserModule, "portsPerLaserModule");
        Objects.requireNonNull(edgeDensityGbpsPerMm, "edgeDensityGbpsPerMm");
        Objects.requireNonNull(addedLatencyNs, "addedLatencyNs");
        Objects.requireNonNull(costPerPortUsd, "costPerPortUsd");
    }

    /** True when lasers sit in field-replaceable external laser source modules. */
    public boolean hasExternalLaserSource() {
        return portsPerLaserModule.value() > 0;
    }
}
