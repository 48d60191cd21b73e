package org.cpolens.model.sim;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/**
 * How one part is replaced.
 *
 * @param part            the part
 * @param repairHours     hands-on time the unit is out of service once a technician and a spare are there
 * @param technicianHours technician time per replacement, travel and verification included
 * @param resupplyDays    lead time of a new spare from the supplier; a repair waits this long when no
 *                        spare is on site, and the spares count covers demand over this time
 */
public record RepairSpec(Part part, Figure repairHours, Figure technicianHours, Figure resupplyDays) {
    public RepairSpec {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(repairHours, "repairHours");
        Objects.requireNonNull(technicianHours, "technicianHours");
        Objects.requireNonNull(resupplyDays, "resupplyDays");
    }
}
