package org.cpolens.model.sim;

import java.util.Objects;
import org.cpolens.model.catalog.Status;

/**
 * What a peer simulator reported for the same case, to print beside CPO Lens: means and standard
 * deviations over its replications.
 *
 * @param source where the figures come from (the peer, its version and settings)
 */
public record PeerReference(String source, Status status, double trainingHoursMean, double trainingHoursSd,
                            double failuresMean, double failuresSd) {
    public PeerReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
