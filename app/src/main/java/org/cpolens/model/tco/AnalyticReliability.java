package org.cpolens.model.tco;

import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.sim.ComponentClass;
import org.cpolens.model.sim.Fleet;
import org.cpolens.model.sim.JobModel;
import org.cpolens.model.sim.LinkFlapClass;
import org.cpolens.model.sim.LinkFlapModel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.RepairSpec;
import org.cpolens.model.sim.ServicePolicy;
import org.cpolens.model.units.Units;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.special.Gamma;

/**
 * The reliability costs of one architecture without a simulation: the closed-form expectations the
 * fault simulation prints beside its means ({@code AnalyticExpectation}), over the reliability
 * model's own component and link-flap classes ({@link Fleet}: the same counts, rates, repair paths
 * and levels), for the design sweep (once per fabric) and for a run that asks for no simulation.
 *
 * <p>Each class gets its expected failures over one year; they become interruptions (at the
 * probability of their level, plus the drain of a repair that takes healthy links down), the
 * Young/Daly checkpoint interval, the first-order goodput (flap stalls included) and so the lost
 * accelerator-hours; parts and technician hours per year; and the spares for the service level (the
 * Poisson quantile of the demand over one resupply time). A test holds it to the simulator's
 * analytic expectation, so a change on either side shows.
 */
public final class AnalyticReliability {
    /** Accelerator-hours lost per year. */
    public static final int LOST_HOURS = 0;
    public static final int TECHNICIAN_HOURS = 1;
    /** Job interruptions per year (network-caused, flaps that stop the job included). */
    public static final int INTERRUPTIONS = 2;
    /** Parts replaced per year, one slot per {@link Part}. */
    public static final int PARTS = 3;
    /** Spares for the service level, one slot per {@link Part}. */
    public static final int SPARES = PARTS + Part.values().length;
    public static final int OUTPUTS = SPARES + Part.values().length;

    /** The horizon the expectations are taken over: the simulation's default year of 365 days. */
    public static final double DAYS = 365;

    private AnalyticReliability() {
    }

    /** Per-year quantities of {@code a} on the fabric {@code in}'s bills of materials describe. */
    public static double[] of(ReliabilityInputs in, OpticsArchitecture a) {
        List<ComponentClass> classes = Fleet.of(in, a);
        List<LinkFlapClass> flaps = Fleet.flaps(in, a);
        JobModel job = in.job();
        ServicePolicy svc = in.service();
        double horizon = DAYS * Units.HOURS_PER_DAY;
        double restart = job.restartHours().value();
        double write = job.checkpointWriteHours().value();
        double pHost = job.interruptProbability().value();
        double pFabric = job.fabricInterruptProbability().value();
        double interruptsPerHour = 0;
        double interruptions = 0;
        double downtimeWeighted = 0;
        double tech = 0;
        double[] parts = new double[Part.values().length];
        for (ComponentClass c : classes) {
            RepairSpec r = in.repair(c.part());
            double shape = c.weibullShape();
            double meanLife = 1.0e9 / c.fit();
            double eta = shape == 1.0 ? meanLife : meanLife / Gamma.gamma(1 + 1 / shape);
            double age = shape == 1.0 ? 0 : svc.fleetAgeHours().value();
            double hAge = Math.pow(age / eta, shape);
            double dH = Math.pow((age + horizon) / eta, shape) - hAge;
            double m = c.count() * dH;
            double p = c.fabricLevel() ? pFabric : pHost;
            double pDrain = c.drainFabricLevel() ? pFabric : pHost;
            double wait = svc.responseHours().value()
                    + (svc.sparesOnSite() ? 0 : r.resupplyDays().value() * Units.HOURS_PER_DAY);
            double downtime = restart + (job.waitForRepair() ? wait + r.repairHours().value() : 0);
            boolean drain = c.drainOnRepair() && job.drainInterrupts() && !job.waitForRepair();
            double last = horizon - wait;
            double drainFraction = last <= 0 ? 0 : (Math.pow((age + last) / eta, shape) - hAge) / dH;
            double direct = m * p;
            double drains = drain ? m * pDrain * drainFraction : 0;
            interruptsPerHour += (direct + drains) / horizon;
            interruptions += direct + drains;
            downtimeWeighted += direct * downtime + drains * restart;
            parts[c.part().ordinal()] += m;
            tech += m * r.technicianHours().value();
        }
        double other = job.otherInterruptionsPerDay().value() * DAYS;
        interruptsPerHour += other / horizon;
        LinkFlapModel fm = in.flaps();
        double flapsExpected = 0;
        double flapStops = 0;
        for (LinkFlapClass f : flaps) {
            double mean = f.flapsPerHour() * horizon;
            double stop = fm.stopProbability().value() * (f.fabricLevel() ? pFabric : pHost);
            flapsExpected += mean;
            flapStops += mean * stop;
            interruptsPerHour += mean * stop / horizon;
        }
        double tau = job.checkpointIntervalHours().isPresent() ? job.checkpointIntervalHours().get().value()
                : JobModel.youngDalyHours(write, 1 / interruptsPerHour);
        double stall = (flapsExpected - flapStops) * fm.recoveryHours();
        interruptions += flapStops;
        downtimeWeighted += flapStops * restart;
        double all = interruptions + other;
        downtimeWeighted += other * restart;
        double lambda = all / horizon;
        double meanDown = all > 0 ? downtimeWeighted / all : 0;
        double cycle = tau + write;
        double goodput = Double.isInfinite(tau) ? 1.0 - stall / horizon
                : Math.max(0, tau / cycle * (1 - lambda * (meanDown + cycle / 2)) - stall / horizon);

        double perYear = Units.HOURS_PER_YEAR / horizon;
        double[] out = new double[OUTPUTS];
        out[LOST_HOURS] = (1 - goodput) * horizon * in.accelerators() * perYear;
        out[TECHNICIAN_HOURS] = tech * perYear;
        out[INTERRUPTIONS] = interruptions * perYear;
        for (Part part : Part.values()) {
            int i = part.ordinal();
            out[PARTS + i] = parts[i] * perYear;
            double demand = parts[i] / horizon * in.repair(part).resupplyDays().value() * Units.HOURS_PER_DAY;
            out[SPARES + i] = parts[i] > 0 && demand > 0
                    ? new PoissonDistribution(demand).inverseCumulativeProbability(svc.serviceLevel().value()) : 0;
        }
        return out;
    }
}
