package org.cpolens.model.sim;

import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;

/**
 * How the site is run.
 *
 * @param sparesOnSite  a spare of every part is on the shelf; if not, each repair waits the part's resupply time
 * @param responseHours time from a fault until a technician starts the replacement
 * @param serviceLevel  the probability that the spares shelf covers demand over one resupply time
 * @param fleetAgeHours age of the installed fleet at the start; matters only for Weibull shapes other than 1
 */
public record ServicePolicy(boolean sparesOnSite, Figure responseHours, Figure serviceLevel, Figure fleetAgeHours) {
    public ServicePolicy {
        if (responseHours.value() < 0) {
            throw InputException.field("responseHours", responseHours.value(), "must not be negative", null);
        }
        if (!(serviceLevel.value() > 0 && serviceLevel.value() < 1)) {
            throw InputException.field("serviceLevel", serviceLevel.value(), "must be above 0 and below 1",
                    "e.g. 0.99 for 99% of resupply periods covered");
        }
        if (fleetAgeHours.value() < 0) {
            throw InputException.field("fleetAgeHours", fleetAgeHours.value(), "must not be negative", null);
        }
    }
}
