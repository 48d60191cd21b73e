package org.cpolens.model.sim;

import java.util.List;

/**
 * One architecture's link flaps over the run.
 *
 * @param classes              what flaps, per line of the bill of materials
 * @param flapsPerDay          simulated flaps per day (all optical ends)
 * @param interruptionsPerDay  job interruptions per day caused by flaps (0 when flaps only degrade)
 * @param stallHoursPerYear    wall-clock hours a year the whole job stalls on flapped links that did not stop it
 * @param analyticFlapsPerDay  ends x rate
 * @param analyticInterruptionsPerDayIfAllStop flaps a day x the chance a fault at each one's level stops the
 *                             job: what flaps would cost at {@code stopProbability} = 1 (the ceiling)
 */
public record LinkFlaps(List<LinkFlapClass> classes, Estimate flapsPerDay, Estimate interruptionsPerDay,
                        Estimate stallHoursPerYear, double analyticFlapsPerDay,
                        double analyticInterruptionsPerDayIfAllStop) {
    public LinkFlaps {
        classes = List.copyOf(classes);
    }
}
