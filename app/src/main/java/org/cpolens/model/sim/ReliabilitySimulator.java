package org.cpolens.model.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.units.Units;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;

/**
 * Discrete-event Monte Carlo of a training job on a fabric whose parts fail and get replaced.
 *
 * <p>Each trial draws, per component class, the number of failures over the horizon as a Poisson
 * count with mean devices x cumulative hazard (superposed independent processes; for a Weibull
 * shape other than 1 the hazard is that of the fleet's age, and a replacement is assumed not to fail
 * again within the horizon, which holds while devices x hazard per device is far below 1), then
 * places each failure in time. A failure interrupts the job with the probability of its level
 * (host/leaf or fabric); replacing a switch that still carries healthy links (a CPO engine or an
 * embedded laser failed) interrupts it again when the drain starts. The job's timeline is then
 * walked in time order: compute {@code tau}, write a checkpoint {@code C}, repeat; an interruption
 * loses the work since the last completed checkpoint plus the restart (and the repair, when the job
 * waits for it).
 *
 * <p>Trials run in fixed chunks, each with its own {@link Well19937c} seeded from (seed, chunk), and
 * every per-trial result lands in its own array slot, so the output does not depend on the number
 * of threads.
 */
public final class ReliabilitySimulator {
    public static final int MIN_TRIALS = 2;
    public static final int MAX_TRIALS = 100_000;
    public static final double MAX_DAYS = 3650;
    /** Trials per chunk; part of the output's definition, do not change casually. */
    static final int CHUNK = 16;

    /** The model's assumptions in words, listed beside every result. */
    public static final List<String> MODEL_NOTES = List.of(
            "Component counts come from the scenario's fabric: optical ends per tier, link layers, switches, "
                    + "host ports (one NIC per host port).",
            "Failures of each component class are independent and superposed (Poisson counts); a Weibull shape "
                    + "bends the fleet's hazard, and a replacement is assumed not to fail again within the horizon.",
            "A fault stops the job with the probability of its level: host links, NICs and leaf switches use "
                    + "interruptProbability, faults above the leaf use fabricInterruptProbability.",
            "A failed pluggable module or external laser source module is hot-swapped with the switch in service and "
                    + "touches only its already-dark links (hitless); a failed CPO engine or embedded laser means "
                    + "replacing the whole switch, and a failed near-packaged or on-board engine means opening the "
                    + "switch to replace its module: both drains take healthy links down and stop the job again "
                    + "(drainInterrupts).",
            "The optical-engine rate is per Gb/s of engine capacity, so an engine fails at the same rate whatever "
                    + "the port speed; where it comes from field data with no failure it is an upper bound, and the "
                    + "results are also given at fractions of it.",
            "Link flaps are their own event class: an optical end's link drops and retrains without a part failing; "
                    + "it stops the job with stopProbability times its level's chance, else the job stalls for the "
                    + "recovery time and loses no work. No part, no technician.",
            "An interruption costs the restart plus the work since the last completed checkpoint; goodput also "
                    + "pays the checkpoint writes; the interval is the input or Daly's optimum for the "
                    + "architecture's interruption rate.",
            "Lost GPU-hours = (1 - goodput) x horizon x accelerators; the costs give them per year with the "
                    + "technician hours, parts, spares and, where a part has a price, dollars.",
            "Spares per part: the Poisson quantile, at the service level, of the demand over one resupply time "
                    + "at the expected replacement rate.");

    private ReliabilitySimulator() {
    }

    /**
     * Every compared architecture, then, when the settings name rate factors and an architecture has
     * optical engines, the engine-rate sensitivity: the same seed and trials at each factor.
     */
    public static ReliabilityResult run(ReliabilityInputs in, long seed, int trials, double days) {
        validate(trials, days);
        return runAll(in, seed, trials, days, null);
    }

    /** The same run on a pool of {@code threads} threads; the result must not change. */
    static ReliabilityResult run(ReliabilityInputs in, long seed, int trials, double days, int threads) {
        validate(trials, days);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return runAll(in, seed, trials, days, pool);
        } finally {
            pool.shutdown();
        }
    }

    private static ReliabilityResult runAll(ReliabilityInputs in, long seed, int trials, double days, ForkJoinPool pool) {
        List<ArchitectureReliability> out = new ArrayList<>();
        for (OpticsArchitecture a : in.architectures()) {
            out.add(simulate(in, a, seed, trials, days, pool));
        }
        return new ReliabilityResult(in, seed, trials, days, out, sensitivity(in, seed, trials, days, pool, out));
    }

    private static boolean hasEngines(ArchitectureReliability a) {
        return a.components().stream().anyMatch(c -> c.kind() == FaultKind.OPTICAL_ENGINE);
    }

    /** The headline results at each engine-rate factor; see {@link EngineRateSensitivity}. */
    private static Optional<EngineRateSensitivity> sensitivity(ReliabilityInputs in, long seed, int trials, double days,
                                                               ForkJoinPool pool, List<ArchitectureReliability> atOne) {
        List<Double> factors = in.settings().engineRateFactors();
        if (factors.isEmpty() || atOne.stream().noneMatch(ReliabilitySimulator::hasEngines)) {
            return Optional.empty();
        }
        double perYear = Units.HOURS_PER_YEAR / (days * Units.HOURS_PER_DAY);
        List<EngineRateSensitivity.Point> points = new ArrayList<>();
        for (double f : factors) {
            ReliabilityInputs scaled = f == 1 ? in : in.withEngineRateScaled(f);
            List<ArchitectureReliability> row = new ArrayList<>();
            for (int i = 0; i < atOne.size(); i++) {
                ArchitectureReliability one = atOne.get(i);
                row.add(f == 1 || !hasEngines(one) ? one
                        : simulate(scaled, in.architectures().get(i), seed, trials, days, pool));
            }
            double base = row.get(0).interruptionsPerDay().mean();
            for (ArchitectureReliability a : row) {
                Estimate switches = a.partsPerYear().getOrDefault(Part.SWITCH, new Estimate(0, 0, 0));
                points.add(new EngineRateSensitivity.Point(f, a.id(), a.interruptionsPerDay(), switches, a.goodput(),
                        a.lostGpuHours().scaled(perYear), a.analytic().interruptionsPerDay(),
                        base > 0 ? a.interruptionsPerDay().mean() / base : Double.NaN));
            }
        }
        // expected interruptions are linear in the engine rate: two analytic points (no trials) fix each line
        List<EngineRateSensitivity.BreakEven> breakEvens = new ArrayList<>();
        double[] one = new double[atOne.size()];
        double[] half = new double[atOne.size()];
        ReliabilityInputs halved = in.withEngineRateScaled(0.5);
        for (int i = 0; i < atOne.size(); i++) {
            OpticsArchitecture a = in.architectures().get(i);
            one[i] = analyticInterruptionsPerDay(in, a, days);
            half[i] = analyticInterruptionsPerDay(halved, a, days);
        }
        double baseSlope = 2 * (one[0] - half[0]);
        double baseZero = one[0] - baseSlope;
        for (int i = 1; i < atOne.size(); i++) {
            if (!hasEngines(atOne.get(i))) {
                continue;
            }
            double slope = 2 * (one[i] - half[i]);
            double zero = one[i] - slope;
            double f = slope == baseSlope ? Double.NaN : (baseZero - zero) / (slope - baseSlope);
            breakEvens.add(new EngineRateSensitivity.BreakEven(atOne.get(i).id(), f));
        }
        return Optional.of(new EngineRateSensitivity(in.mode(FaultKind.OPTICAL_ENGINE), factors, points, breakEvens));
    }

    /** Expected job interruptions per day of one architecture (no trials drawn). */
    static double analyticInterruptionsPerDay(ReliabilityInputs in, OpticsArchitecture a, double days) {
        Plan plan = new Plan(in, Fleet.of(in, a), Fleet.flaps(in, a), days);
        double n = 0;
        for (int i = 0; i < plan.n; i++) {
            n += plan.mean[i] * (plan.p[i] + (plan.drain[i] ? plan.pDrain[i] * plan.drainFraction(i) : 0));
        }
        for (int i = 0; i < plan.fn; i++) {
            n += plan.fMean[i] * plan.fStop[i];
        }
        return n / days;
    }

    public static void validate(int trials, double days) {
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw InputException.field("trials", trials, "must be between " + MIN_TRIALS + " and " + MAX_TRIALS,
                    "a few hundred trials give tight intervals");
        }
        if (!(days > 0) || days > MAX_DAYS || Double.isNaN(days)) {
            throw InputException.field("days", days, "must be above 0 and at most " + (long) MAX_DAYS,
                    "e.g. 54 for the Llama 3 run, 365 for a year");
        }
    }

    /** Per-class arrays for the hot loop, built once per architecture. */
    static final class Plan {
        final int n;
        final double horizon;
        final double[] mean;
        final double[] shape;
        final double[] eta;
        final double[] age;
        final double[] hAge;
        final double[] dH;
        final double[] p;
        final double[] pDrain;
        final double[] downtime;
        final double[] drainDelay;
        final boolean[] drain;
        final boolean[] nic;
        final int[] part;
        final double[] tech;
        final double otherMean;
        final double restart;
        final double tau;
        final double write;
        /** Flap classes: expected flaps over the horizon, chance one stops the job, and the level's chance. */
        final int fn;
        final double[] fMean;
        final double[] fStop;
        final double[] fLevel;
        final double stall;

        Plan(ReliabilityInputs in, List<ComponentClass> classes, List<LinkFlapClass> flaps, double days) {
            n = classes.size();
            horizon = days * Units.HOURS_PER_DAY;
            mean = new double[n];
            shape = new double[n];
            eta = new double[n];
            age = new double[n];
            hAge = new double[n];
            dH = new double[n];
            p = new double[n];
            pDrain = new double[n];
            downtime = new double[n];
            drainDelay = new double[n];
            drain = new boolean[n];
            nic = new boolean[n];
            part = new int[n];
            tech = new double[n];
            JobModel job = in.job();
            ServicePolicy svc = in.service();
            restart = job.restartHours().value();
            write = job.checkpointWriteHours().value();
            double fleetAge = svc.fleetAgeHours().value();
            double interruptsPerHour = 0;
            for (int i = 0; i < n; i++) {
                ComponentClass c = classes.get(i);
                RepairSpec r = in.repair(c.part());
                shape[i] = c.weibullShape();
                double meanLife = 1.0e9 / c.fit();
                eta[i] = shape[i] == 1.0 ? meanLife : meanLife / Gamma.gamma(1 + 1 / shape[i]);
                age[i] = shape[i] == 1.0 ? 0 : fleetAge;
                hAge[i] = Math.pow(age[i] / eta[i], shape[i]);
                dH[i] = Math.pow((age[i] + horizon) / eta[i], shape[i]) - hAge[i];
                mean[i] = c.count() * dH[i];
                p[i] = c.fabricLevel() ? job.fabricInterruptProbability().value() : job.interruptProbability().value();
                pDrain[i] = c.drainFabricLevel() ? job.fabricInterruptProbability().value()
                        : job.interruptProbability().value();
                double wait = svc.responseHours().value() + (svc.sparesOnSite() ? 0 : r.resupplyDays().value() * Units.HOURS_PER_DAY);
                downtime[i] = restart + (job.waitForRepair() ? wait + r.repairHours().value() : 0);
                drainDelay[i] = wait;
                drain[i] = c.drainOnRepair() && job.drainInterrupts() && !job.waitForRepair();
                nic[i] = c.isNic();
                part[i] = c.part().ordinal();
                tech[i] = r.technicianHours().value();
                interruptsPerHour += mean[i] * (p[i] + (drain[i] ? pDrain[i] * drainFraction(i) : 0)) / horizon;
            }
            otherMean = job.otherInterruptionsPerDay().value() * days;
            interruptsPerHour += otherMean / horizon;
            LinkFlapModel fm = in.flaps();
            fn = flaps.size();
            fMean = new double[fn];
            fStop = new double[fn];
            fLevel = new double[fn];
            for (int i = 0; i < fn; i++) {
                LinkFlapClass f = flaps.get(i);
                fMean[i] = f.flapsPerHour() * horizon;
                fLevel[i] = f.fabricLevel() ? job.fabricInterruptProbability().value() : job.interruptProbability().value();
                fStop[i] = fm.stopProbability().value() * fLevel[i];
                interruptsPerHour += fMean[i] * fStop[i] / horizon;
            }
            stall = fm.recoveryHours();
            tau = job.checkpointIntervalHours().isPresent() ? job.checkpointIntervalHours().get().value()
                    : JobModel.youngDalyHours(write, 1 / interruptsPerHour);
        }

        /** Share of a class's failures early enough for the drain to start within the horizon. */
        double drainFraction(int i) {
            double last = horizon - drainDelay[i];
            if (last <= 0) {
                return 0;
            }
            return (Math.pow((age[i] + last) / eta[i], shape[i]) - hAge[i]) / dH[i];
        }

        double sampleTime(int i, double u) {
            if (shape[i] == 1.0) {
                return u * horizon;
            }
            return eta[i] * Math.pow(hAge[i] + u * dH[i], 1 / shape[i]) - age[i];
        }
    }

    /** Per-trial outputs of one architecture, one slot per trial. */
    private static final class TrialData {
        final double[] interruptions;
        final double[] switchAndCable;
        final double[] nic;
        final double[] useful;
        final double[] tech;
        final double[][] parts;
        final double[] flaps;
        final double[] flapInterruptions;
        final double[] stallHours;

        TrialData(int trials) {
            flaps = new double[trials];
            flapInterruptions = new double[trials];
            stallHours = new double[trials];
            interruptions = new double[trials];
            switchAndCable = new double[trials];
            nic = new double[trials];
            useful = new double[trials];
            tech = new double[trials];
            parts = new double[Part.values().length][trials];
        }
    }

    private static ArchitectureReliability simulate(ReliabilityInputs in, OpticsArchitecture a, long seed, int trials,
                                                    double days, ForkJoinPool pool) {
        List<ComponentClass> classes = Fleet.of(in, a);
        List<LinkFlapClass> flaps = Fleet.flaps(in, a);
        Plan plan = new Plan(in, classes, flaps, days);
        TrialData data = new TrialData(trials);
        int chunks = (trials + CHUNK - 1) / CHUNK;
        Runnable all = () -> IntStream.range(0, chunks).parallel().forEach(k -> runChunk(plan, seed, k, trials, data));
        if (pool == null) {
            all.run();
        } else {
            try {
                pool.submit(all).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return summarize(in, a, classes, flaps, plan, data, trials, days);
    }

    /** A 64-bit mix (SplitMix64 finalizer) so neighbouring chunks get unrelated streams. */
    static long chunkSeed(long seed, int chunk) {
        long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void runChunk(Plan plan, long seed, int chunk, int trials, TrialData data) {
        Well19937c rng = new Well19937c(chunkSeed(seed, chunk));
        RandomDataGenerator rdg = RandomDataGenerator.of(rng);
        double[] times = new double[64];
        double[] downs = new double[64];
        long[] parts = new long[Part.values().length];
        int end = Math.min(trials, (chunk + 1) * CHUNK);
        for (int trial = chunk * CHUNK; trial < end; trial++) {
            int events = 0;
            long interruptions = 0;
            long switchAndCable = 0;
            long nic = 0;
            double tech = 0;
            java.util.Arrays.fill(parts, 0);
            for (int i = 0; i < plan.n; i++) {
                int m = plan.mean[i] > 0 ? rdg.nextPoisson(plan.mean[i]) : 0;
                parts[plan.part[i]] += m;
                tech += m * plan.tech[i];
                for (int j = 0; j < m; j++) {
                    double t = plan.sampleTime(i, rng.nextDouble());
                    if (rng.nextDouble() < plan.p[i]) {
                        if (events + 2 > times.length) {
                            times = java.util.Arrays.copyOf(times, times.length * 2);
                            downs = java.util.Arrays.copyOf(downs, downs.length * 2);
                        }
                        times[events] = t;
                        downs[events++] = plan.downtime[i];
                        interruptions++;
                        if (plan.nic[i]) {
                            nic++;
                        } else {
                            switchAndCable++;
                        }
                    }
                    if (plan.drain[i]) {
                        double td = t + plan.drainDelay[i];
                        if (td < plan.horizon && rng.nextDouble() < plan.pDrain[i]) {
                            if (events + 1 > times.length) {
                                times = java.util.Arrays.copyOf(times, times.length * 2);
                                downs = java.util.Arrays.copyOf(downs, downs.length * 2);
                            }
                            times[events] = td;
                            downs[events++] = plan.restart;
                            interruptions++;
                            switchAndCable++;
                        }
                    }
                }
            }
            int other = plan.otherMean > 0 ? rdg.nextPoisson(plan.otherMean) : 0;
            if (events + other > times.length) {
                int cap = Math.max(times.length * 2, events + other);
                times = java.util.Arrays.copyOf(times, cap);
                downs = java.util.Arrays.copyOf(downs, cap);
            }
            for (int j = 0; j < other; j++) {
                times[events] = rng.nextDouble() * plan.horizon;
                downs[events++] = plan.restart;
            }
            // flaps last, so the draws of the hard faults above do not depend on the flap model
            long flaps = 0;
            long flapStops = 0;
            long stalls = 0;
            for (int i = 0; i < plan.fn; i++) {
                int m = plan.fMean[i] > 0 ? rdg.nextPoisson(plan.fMean[i]) : 0;
                flaps += m;
                if (plan.fStop[i] <= 0) {
                    stalls += m;
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    double t = rng.nextDouble() * plan.horizon;
                    if (rng.nextDouble() < plan.fStop[i]) {
                        if (events + 1 > times.length) {
                            times = java.util.Arrays.copyOf(times, times.length * 2);
                            downs = java.util.Arrays.copyOf(downs, downs.length * 2);
                        }
                        times[events] = t;
                        downs[events++] = plan.restart;
                        interruptions++;
                        switchAndCable++;
                        flapStops++;
                    } else {
                        stalls++;
                    }
                }
            }
            sortByTime(times, downs, 0, events - 1);
            data.flaps[trial] = flaps;
            data.flapInterruptions[trial] = flapStops;
            data.stallHours[trial] = stalls * plan.stall;
            data.interruptions[trial] = interruptions;
            data.switchAndCable[trial] = switchAndCable;
            data.nic[trial] = nic;
            data.tech[trial] = tech;
            // a stall holds every rank for the recovery time without losing work: useful time shrinks by it
            data.useful[trial] = Math.max(0, usefulHours(times, downs, events, plan.horizon, plan.tau, plan.write)
                    - stalls * plan.stall);
            for (int k = 0; k < parts.length; k++) {
                data.parts[k][trial] = parts[k];
            }
        }
    }

    /**
     * Useful compute hours in {@code [0, horizon)}: the job computes {@code tau}, writes a checkpoint
     * for {@code write}, and so on; an interruption at {@code t} keeps only the work of completed
     * cycles and restarts the cycle after the downtime; the work in progress at the horizon counts.
     */
    static double usefulHours(double[] times, double[] downs, int events, double horizon, double tau, double write) {
        double start = 0;
        double useful = 0;
        double cycle = tau + write;
        boolean finite = !Double.isInfinite(tau);
        for (int e = 0; e < events; e++) {
            double t = times[e];
            if (t >= horizon) {
                break;
            }
            if (t < start) { // the job was down: the restart begins again
                start = Math.max(start, t + downs[e]);
                continue;
            }
            if (finite) {
                useful += Math.floor((t - start) / cycle) * tau;
            }
            start = t + downs[e];
        }
        if (horizon > start) {
            double run = horizon - start;
            if (finite) {
                double cycles = Math.floor(run / cycle);
                useful += cycles * tau + Math.min(run - cycles * cycle, tau);
            } else {
                useful += run;
            }
        }
        return useful;
    }

    /** In-place quicksort of two parallel arrays by the first; insertion sort for short runs. */
    static void sortByTime(double[] t, double[] d, int lo, int hi) {
        while (hi - lo > 16) {
            double pivot = t[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (t[i] < pivot) {
                    i++;
                }
                while (t[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double x = t[i];
                    t[i] = t[j];
                    t[j] = x;
                    x = d[i];
                    d[i] = d[j];
                    d[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sortByTime(t, d, lo, j);
                lo = i;
            } else {
                sortByTime(t, d, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = t[i];
            double y = d[i];
            int j = i - 1;
            while (j >= lo && t[j] > x) {
                t[j + 1] = t[j];
                d[j + 1] = d[j];
                j--;
            }
            t[j + 1] = x;
            d[j + 1] = y;
        }
    }

    private static ArchitectureReliability summarize(ReliabilityInputs in, OpticsArchitecture a,
                                                     List<ComponentClass> classes, List<LinkFlapClass> flapClasses,
                                                     Plan plan, TrialData data, int trials, double days) {
        double horizon = plan.horizon;
        double perYear = Units.HOURS_PER_YEAR / horizon;
        double gpus = in.accelerators();
        double tq = new TDistribution(trials - 1).inverseCumulativeProbability(0.975);

        double[] goodput = new double[trials];
        double[] lost = new double[trials];
        double[] perDay = new double[trials];
        double[] partsTotal = new double[trials];
        double[] techYear = new double[trials];
        for (int t = 0; t < trials; t++) {
            goodput[t] = data.useful[t] / horizon;
            lost[t] = (horizon - data.useful[t]) * gpus;
            perDay[t] = data.interruptions[t] / days;
            techYear[t] = data.tech[t] * perYear;
            double sum = 0;
            for (double[] p : data.parts) {
                sum += p[t];
            }
            partsTotal[t] = sum * perYear;
        }

        // analytic expectations
        double failures = 0;
        double interruptions = 0;
        double switchAndCable = 0;
        double nicInterruptions = 0;
        double tech = 0;
        double downtimeWeighted = 0;
        double[] partsExpected = new double[Part.values().length];
        for (int i = 0; i < plan.n; i++) {
            double m = plan.mean[i];
            failures += m;
            double direct = m * plan.p[i];
            double drains = plan.drain[i] ? m * plan.pDrain[i] * plan.drainFraction(i) : 0;
            interruptions += direct + drains;
            if (plan.nic[i]) {
                nicInterruptions += direct;
            } else {
                switchAndCable += direct + drains;
            }
            downtimeWeighted += direct * plan.downtime[i] + drains * plan.restart;
            partsExpected[plan.part[i]] += m;
            tech += m * plan.tech[i];
        }
        double flapsExpected = 0;
        double flapStops = 0;
        double flapStopsIfAll = 0;
        for (int i = 0; i < plan.fn; i++) {
            flapsExpected += plan.fMean[i];
            flapStops += plan.fMean[i] * plan.fStop[i];
            flapStopsIfAll += plan.fMean[i] * plan.fLevel[i];
        }
        double stallExpected = (flapsExpected - flapStops) * plan.stall;
        interruptions += flapStops;
        switchAndCable += flapStops;
        downtimeWeighted += flapStops * plan.restart;
        double allInterruptions = interruptions + plan.otherMean;
        downtimeWeighted += plan.otherMean * plan.restart;
        double lambda = allInterruptions / horizon;
        double meanDown = allInterruptions > 0 ? downtimeWeighted / allInterruptions : 0;
        double cycle = plan.tau + plan.write;
        double analyticGoodput = Double.isInfinite(plan.tau) ? 1.0 - stallExpected / horizon
                : Math.max(0, plan.tau / cycle * (1 - lambda * (meanDown + cycle / 2)) - stallExpected / horizon);

        Map<Part, Estimate> partsPerYear = new LinkedHashMap<>();
        Map<Part, Double> partsAnalytic = new EnumMap<>(Part.class);
        Map<Part, Integer> spares = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            double expected = partsExpected[p.ordinal()];
            if (expected <= 0) {
                continue;
            }
            double[] col = data.parts[p.ordinal()].clone();
            for (int t = 0; t < trials; t++) {
                col[t] *= perYear;
            }
            partsPerYear.put(p, estimate(col, tq));
            partsAnalytic.put(p, expected * perYear);
            double leadHours = in.repair(p).resupplyDays().value() * Units.HOURS_PER_DAY;
            double demand = expected / horizon * leadHours;
            spares.put(p, demand > 0
                    ? new PoissonDistribution(demand).inverseCumulativeProbability(in.service().serviceLevel().value()) : 0);
        }
        AnalyticExpectation analytic = new AnalyticExpectation(failures / days, interruptions / days, switchAndCable,
                nicInterruptions, analyticGoodput, (1 - analyticGoodput) * horizon * gpus,
                sum(partsExpected) * perYear, tech * perYear, partsAnalytic);

        double[] flapsPerDay = new double[trials];
        double[] flapStopsPerDay = new double[trials];
        double[] stallYear = new double[trials];
        for (int t = 0; t < trials; t++) {
            flapsPerDay[t] = data.flaps[t] / days;
            flapStopsPerDay[t] = data.flapInterruptions[t] / days;
            stallYear[t] = data.stallHours[t] * perYear;
        }
        LinkFlaps flaps = new LinkFlaps(flapClasses, estimate(flapsPerDay, tq), estimate(flapStopsPerDay, tq),
                estimate(stallYear, tq), flapsExpected / days, flapStopsIfAll / days);

        Estimate lostEstimate = estimate(lost, tq);
        Estimate techEstimate = estimate(techYear, tq);
        Map<Part, Double> partsMean = new EnumMap<>(Part.class);
        partsPerYear.forEach((p, e) -> partsMean.put(p, e.mean()));
        ReliabilityCosts costs = new ReliabilityCosts(lostEstimate.mean() * perYear, techEstimate.mean(), partsMean,
                spares, prices(classes, plan, partsPerYear.keySet()));

        return new ArchitectureReliability(a.id(), a.name(), a.kind(), a.hotSwappable(), a.hasExternalLaserSource(),
                classes, plan.tau, estimate(perDay, tq), estimate(data.switchAndCable, tq), estimate(data.nic, tq),
                estimate(goodput, tq), lostEstimate, estimate(partsTotal, tq), techEstimate,
                partsPerYear, spares, analytic, flaps, costs);
    }

    /**
     * One price per part with demand: the classes' prices weighted by their expected failures, when
     * every class of that part is priced; a part with an unpriced class stays unpriced rather than
     * priced on a part of its demand.
     */
    private static Map<Part, Figure> prices(List<ComponentClass> classes, Plan plan,
                                                                       Set<Part> parts) {
        Map<Part, Figure> out = new EnumMap<>(Part.class);
        for (Part p : parts) {
            double weight = 0;
            double usd = 0;
            boolean all = true;
            LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
            Status status = null;
            for (int i = 0; i < plan.n; i++) {
                ComponentClass c = classes.get(i);
                if (c.part() != p || plan.mean[i] <= 0) {
                    continue;
                }
                if (c.unitPrice().isEmpty()) {
                    all = false;
                    break;
                }
                Figure f = c.unitPrice().get();
                weight += plan.mean[i];
                usd += plan.mean[i] * f.value();
                sources.add(f.source());
                status = status == null || status == f.status() ? f.status() : Status.ASSUMPTION;
            }
            if (all && weight > 0) {
                Figure first = classes.stream().filter(c -> c.part() == p).findFirst().orElseThrow().unitPrice().get();
                boolean one = classes.stream().filter(c -> c.part() == p && c.unitPrice().isPresent())
                        .allMatch(c -> c.unitPrice().get().equals(first));
                out.put(p, one ? first : new Figure(usd / weight, "USD", String.join("; ", sources), status,
                        "per part, weighted by expected replacements"));
            }
        }
        return out;
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    /** Mean and Student-t 95% interval, summed in trial order so the result is thread-independent. */
    static Estimate estimate(double[] xs, double tq) {
        int n = xs.length;
        double mean = sum(xs) / n;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        return new Estimate(mean, mean - tq * se, mean + tq * se);
    }
}
