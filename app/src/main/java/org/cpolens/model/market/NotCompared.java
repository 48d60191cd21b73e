package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.catalog.Status;

/**
 * A published figure about the market that is not set against the bottom-up, with the reason (it
 * counts something else, or there is no forecast): kept so the report says why it is absent.
 */
public record NotCompared(String id, String name, String figure, String reason, String source, Status status) {
    public NotCompared {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
    }
}
