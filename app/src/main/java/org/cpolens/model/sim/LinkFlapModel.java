package org.cpolens.model.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.units.Units;

/**
 * Link flaps and soft failures: a link drops and retrains by itself, no part fails and nobody is
 * dispatched. Their own event class beside the hard failures: a rate per optical end by architecture
 * family, a blast radius of one link, and a job effect. A flap stops the job with
 * {@code stopProbability} times the chance a fault at its level stops it (host links and leaves:
 * interruptProbability; above the leaf: fabricInterruptProbability); otherwise the job only degrades:
 * it stalls for {@code recoverySeconds} (retrain and route convergence) and loses no work.
 *
 * @param stopProbability share of flaps that outlast the collective's timeout and stop the job (at
 *                        the level's chance); 0 = flaps only degrade
 * @param recoverySeconds how long a flapped link is down before it carries traffic again
 * @param rates           one rate per architecture family; every family has one
 */
public record LinkFlapModel(Figure stopProbability, Figure recoverySeconds, Map<ArchitectureKind, FlapRate> rates) {
    /** A flap takes down the one link whose end flapped. */
    public static final int BLAST_RADIUS_LINKS = 1;

    public LinkFlapModel {
        Objects.requireNonNull(stopProbability, "stopProbability");
        Objects.requireNonNull(recoverySeconds, "recoverySeconds");
        if (!(stopProbability.value() >= 0 && stopProbability.value() <= 1)) {
            throw InputException.field("linkFlaps.stopProbability", stopProbability.value(), "must be between 0 and 1",
                    "0 = a flap only stalls the job, 1 = it stops it as a fault at its level would");
        }
        if (!(recoverySeconds.value() >= 0)) {
            throw InputException.field("linkFlaps.recoverySeconds", recoverySeconds.value(), "must not be negative",
                    "e.g. 10");
        }
        EnumMap<ArchitectureKind, FlapRate> copy = new EnumMap<>(ArchitectureKind.class);
        copy.putAll(rates);
        for (ArchitectureKind k : ArchitectureKind.values()) {
            if (!copy.containsKey(k)) {
                throw new IllegalArgumentException("no link flap rate for " + k.word());
            }
        }
        rates = Collections.unmodifiableMap(copy);
    }

    public FlapRate rate(ArchitectureKind family) {
        return rates.get(family);
    }

    public double recoveryHours() {
        return Units.hoursFromSeconds(recoverySeconds.value());
    }

    /** "degrades" when no flap stops the job, "stops" when every one would at its level, else "stops with p". */
    public String jobEffect() {
        double p = stopProbability.value();
        return p == 0 ? "degrades" : p == 1 ? "stops" : "stops with probability " + p;
    }

    public LinkFlapModel withStopProbability(double p) {
        return new LinkFlapModel(stopProbability.withValue(p), recoverySeconds, rates);
    }

    public LinkFlapModel with(FlapRate rate) {
        Map<ArchitectureKind, FlapRate> m = new EnumMap<>(rates);
        m.put(rate.family(), rate);
        return new LinkFlapModel(stopProbability, recoverySeconds, m);
    }
}
