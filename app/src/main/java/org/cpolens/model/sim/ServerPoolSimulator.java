package org.cpolens.model.sim;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cpolens.model.InputException;
import org.hipparchus.random.Well19937c;

/**
 * Server-level discrete-event simulation of one training job, with the semantics of the AIReSim peer
 * (karthikp-ubc/airesim, arXiv 2603.07041) at its default policies (random host selection, repair
 * escalation with a fixed probability whatever the automated outcome, no retirement):
 * <ul>
 *   <li>All servers, working pool and spare pool together, are shuffled; the first
 *       {@code int(total x systematicFraction)} of them before the shuffle are bad.</li>
 *   <li>Host selection draws {@code jobSize + warmStandbys} servers uniformly from the working pool
 *       (all of it is idle: the job's own servers included); it needs at least {@code jobSize}, else
 *       servers move from the spare pool, one preemption wait each, until the pool holds
 *       {@code jobSize + warmStandbys}; with no spare left the job stalls until a repair returns one.
 *       Each host selection costs {@code hostSelectionMinutes}.</li>
 *   <li>Only the {@code jobSize} computing servers fail, good ones at the random rate, bad ones at
 *       {@code 1 + systematicMultiplier} times it: the time to the next failure is exponential with the
 *       summed rate, and the failed server is drawn in proportion to its rate. The job then pays
 *       {@code recoveryMinutes}, after which a warm standby takes the failed server's place (first in,
 *       first out), or, when none is left, a new host selection runs.</li>
 *   <li>A failed server leaves the working pool for automated repair (exponential time); with
 *       {@code probAutoToManual} it then goes on to manual repair (exponential time). A repair of a bad
 *       server cures it unless it fails silently ({@code autoRepairFailProb} / {@code manualRepairFailProb}).
 *       The repaired server returns to the working pool and, while the job holds fewer than
 *       {@code warmStandbys} standbys, joins them.</li>
 *   <li>The job ends when its compute reaches {@code jobDays}; training hours are the wall-clock time
 *       to get there.</li>
 * </ul>
 *
 * <p>Replication {@code i} draws from its own {@link Well19937c} seeded from {@code seed + i}, and each
 * lands in its own slot, so the output does not depend on the number of threads. The event loop keeps
 * the job's computing servers in two index sets (good, bad) so a failure costs O(1) plus a heap
 * operation for its repair; a host selection is a partial Fisher-Yates shuffle of the working pool.
 */
public final class ServerPoolSimulator {
    public static final int MIN_REPLICATIONS = 2;
    public static final int MAX_REPLICATIONS = 10_000;

    /** The model in words, printed beside the results (English; the views carry the Chinese). */
    public static final List<String> MODEL_NOTES = List.of(
            "Server-level mode with the AIReSim peer's semantics at its default policies: random host selection, "
                    + "escalation to manual repair with a fixed probability, no retirement.",
            "Only the job's computing servers fail: the next failure is exponential with the summed rate and hits "
                    + "a server in proportion to its rate (bad servers: 1 + multiplier times the random rate).",
            "Each failure costs the recovery time; a warm standby then replaces the failed server, else a new host "
                    + "selection runs (spares preempted from the spare pool when the working pool is short).",
            "Repairs run in the background; a successful repair cures a bad server, and a repaired server rejoins the "
                    + "working pool and the job's standbys while they are short.",
            "Training hours = wall-clock time until the job has computed its length; ETTR = compute / training hours.");

    private ServerPoolSimulator() {
    }

    public static void validate(int replications) {
        if (replications < MIN_REPLICATIONS || replications > MAX_REPLICATIONS) {
            throw InputException.field("replications", replications,
                    "must be between " + MIN_REPLICATIONS + " and " + MAX_REPLICATIONS, "the peer's case uses 12");
        }
    }

    /** {@code replications} runs; run {@code i} uses seed {@code seed + i}. */
    public static ServerPoolResult run(ServerPoolParams p, long seed, int replications) {
        validate(replications);
        ServerPoolRun[] runs = new ServerPoolRun[replications];
        IntStream.range(0, replications).parallel().forEach(i -> runs[i] = replicate(p, seed + i));
        return new ServerPoolResult(p, seed, List.of(runs));
    }

    /** The same on a pool of {@code threads} threads; the result must not change. */
    static ServerPoolResult run(ServerPoolParams p, long seed, int replications, int threads) {
        validate(replications);
        ServerPoolRun[] runs = new ServerPoolRun[replications];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, replications).parallel().forEach(i -> runs[i] = replicate(p, seed + i)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new ServerPoolResult(p, seed, List.of(runs));
    }

    /** One replication drawn from {@code seed}. */
    public static ServerPoolRun replicate(ServerPoolParams p, long seed) {
        return new Replication(p, seed).run();
    }

    /** SplitMix64 finalizer, so neighbouring seeds give unrelated generator states. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The mutable state of one replication; times in minutes. */
    private static final class Replication {
        private final ServerPoolParams p;
        private final long seed;
        private final Well19937c rng;
        private final double goodRate;
        private final double badRate;
        private final double systematicShare;
        private final boolean[] bad;
        // working pool: an unordered set with positions
        private final int[] pool;
        private final int[] poolPos;
        private int poolSize;
        // spare pool: first in, first out
        private final int[] spares;
        private int spareHead;
        // the job's computing servers, split by badness (badness only changes in repair)
        private final int[] actGood;
        private final int[] actBad;
        private final int[] actPos;
        private int nGood;
        private int nBad;
        // warm standbys: a ring, first in, first out
        private final int[] standby;
        private int standbyHead;
        private int standbySize;
        // repairs in progress: a binary min-heap on completion time
        private double[] heapTime = new double[256];
        private int[] heapServer = new int[256];
        private boolean[] heapCures = new boolean[256];
        private int heapSize;
        private final int[] scratch;

        private long failures;
        private long systematic;
        private long manual;
        private long cured;
        private long hostSelections;
        private long preemptions;
        private long stalls;
        private double recovery;
        private double hostSelection;
        private double waiting;

        Replication(ServerPoolParams p, long seed) {
            this.p = p;
            this.seed = seed;
            this.rng = new Well19937c(mix(seed));
            goodRate = p.randomFailuresPerDay() / (24 * 60);
            badRate = goodRate * (1 + p.systematicMultiplier());
            systematicShare = p.systematicMultiplier() / (1 + p.systematicMultiplier());
            int n = p.workingPool() + p.sparePool();
            bad = new boolean[n];
            int[] order = new int[n];
            int numBad = p.badServers();
            for (int i = 0; i < n; i++) {
                order[i] = i;
                bad[i] = i < numBad;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            pool = new int[n];
            poolPos = new int[n];
            Arrays.fill(poolPos, -1);
            for (int i = 0; i < p.workingPool(); i++) {
                addToPool(order[i]);
            }
            spares = Arrays.copyOfRange(order, p.workingPool(), n);
            actGood = new int[p.jobSize()];
            actBad = new int[p.jobSize()];
            actPos = new int[n];
            Arrays.fill(actPos, -1);
            standby = new int[Math.max(1, p.warmStandbys())];
            scratch = new int[n];
        }

        ServerPoolRun run() {
            double t = 0;
            double remaining = p.jobDays() * 24 * 60;
            int needed = p.serversNeeded();
            while (remaining > 0) {
                completeRepairs(t);
                if (poolSize < p.jobSize()) {
                    while (poolSize < needed) {
                        if (spareHead < spares.length) {
                            t += p.preemptionMinutes();
                            waiting += p.preemptionMinutes();
                            completeRepairs(t);
                            addToPool(spares[spareHead++]);
                            preemptions++;
                        } else {
                            if (heapSize == 0) {
                                throw new IllegalStateException("no server left to wait for: " + poolSize + " of "
                                        + needed + " in the working pool and none in repair");
                            }
                            stalls++;
                            double next = Math.max(t, heapTime[0]);
                            waiting += next - t;
                            t = next;
                            completeRepairs(t);
                        }
                    }
                }
                selectHosts();
                t += p.hostSelectionMinutes();
                hostSelection += p.hostSelectionMinutes();
                while (remaining > 0) {
                    double total = nGood * goodRate + nBad * badRate;
                    double dt = -Math.log(1 - rng.nextDouble()) / total;
                    if (dt >= remaining) {
                        t += remaining;
                        remaining = 0;
                        break;
                    }
                    t += dt;
                    remaining -= dt;
                    failures++;
                    int failed = pickFailed(total);
                    if (bad[failed] && rng.nextDouble() < systematicShare) {
                        systematic++;
                    }
                    removeActive(failed);
                    removeFromPool(failed);
                    submitRepair(failed, t);
                    t += p.recoveryMinutes();
                    recovery += p.recoveryMinutes();
                    completeRepairs(t);
                    if (standbySize == 0) {
                        break; // out of warm standbys: a new host selection
                    }
                    addActive(standby[standbyHead]);
                    standbyHead = (standbyHead + 1) % standby.length;
                    standbySize--;
                }
            }
            double compute = p.jobDays() * 24;
            return new ServerPoolRun(seed, t / 60, compute, recovery / 60, hostSelection / 60, waiting / 60, failures,
                    systematic, manual, cured, hostSelections, preemptions, stalls);
        }

        /** Uniform sample of min(needed, pool) servers: the first jobSize compute, the rest stand by. */
        private void selectHosts() {
            int k = Math.min(p.serversNeeded(), poolSize);
            System.arraycopy(pool, 0, scratch, 0, poolSize);
            for (int i = 0; i < k; i++) {
                int j = i + rng.nextInt(poolSize - i);
                int x = scratch[i];
                scratch[i] = scratch[j];
                scratch[j] = x;
            }
            for (int i = 0; i < nGood; i++) {
                actPos[actGood[i]] = -1;
            }
            for (int i = 0; i < nBad; i++) {
                actPos[actBad[i]] = -1;
            }
            nGood = 0;
            nBad = 0;
            for (int i = 0; i < p.jobSize(); i++) {
                addActive(scratch[i]);
            }
            standbyHead = 0;
            standbySize = 0;
            for (int i = p.jobSize(); i < k; i++) {
                standby[standbySize++] = scratch[i];
            }
            hostSelections++;
        }

        /** One uniform draw picks the class in proportion to its summed rate, then a server within it. */
        private int pickFailed(double total) {
            double u = rng.nextDouble() * total;
            double badTotal = nBad * badRate;
            if (u < badTotal) {
                return actBad[Math.min(nBad - 1, (int) (u / badRate))];
            }
            return actGood[Math.min(nGood - 1, (int) ((u - badTotal) / goodRate))];
        }

        private void submitRepair(int server, double t) {
            double done = t - p.autoRepairMinutes() * Math.log(1 - rng.nextDouble());
            boolean fixed;
            if (rng.nextDouble() < p.probAutoToManual()) {
                manual++;
                done -= p.manualRepairMinutes() * Math.log(1 - rng.nextDouble());
                fixed = rng.nextDouble() >= p.manualRepairFailProb();
            } else {
                fixed = rng.nextDouble() >= p.autoRepairFailProb();
            }
            push(done, server, fixed && bad[server]);
        }

        private void completeRepairs(double t) {
            while (heapSize > 0 && heapTime[0] <= t) {
                int s = heapServer[0];
                if (heapCures[0]) {
                    bad[s] = false;
                    cured++;
                }
                pop();
                addToPool(s);
                if (standbySize < p.warmStandbys()) {
                    standby[(standbyHead + standbySize) % standby.length] = s;
                    standbySize++;
                }
            }
        }

        private void addToPool(int s) {
            poolPos[s] = poolSize;
            pool[poolSize++] = s;
        }

        private void removeFromPool(int s) {
            int i = poolPos[s];
            int last = pool[--poolSize];
            pool[i] = last;
            poolPos[last] = i;
            poolPos[s] = -1;
        }

        private void addActive(int s) {
            if (bad[s]) {
                actPos[s] = nBad;
                actBad[nBad++] = s;
            } else {
                actPos[s] = nGood;
                actGood[nGood++] = s;
            }
        }

        private void removeActive(int s) {
            int i = actPos[s];
            if (bad[s]) {
                int last = actBad[--nBad];
                actBad[i] = last;
                actPos[last] = i;
            } else {
                int last = actGood[--nGood];
                actGood[i] = last;
                actPos[last] = i;
            }
            actPos[s] = -1;
        }

        private void push(double time, int server, boolean cures) {
            if (heapSize == heapTime.length) {
                heapTime = Arrays.copyOf(heapTime, heapSize * 2);
                heapServer = Arrays.copyOf(heapServer, heapSize * 2);
                heapCures = Arrays.copyOf(heapCures, heapSize * 2);
            }
            int i = heapSize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heapTime[parent] <= time) {
                    break;
                }
                heapTime[i] = heapTime[parent];
                heapServer[i] = heapServer[parent];
                heapCures[i] = heapCures[parent];
                i = parent;
            }
            heapTime[i] = time;
            heapServer[i] = server;
            heapCures[i] = cures;
        }

        private void pop() {
            int n = --heapSize;
            if (n == 0) {
                return;
            }
            double time = heapTime[n];
            int server = heapServer[n];
            boolean cures = heapCures[n];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) {
                    break;
                }
                if (c + 1 < n && heapTime[c + 1] < heapTime[c]) {
                    c++;
                }
                if (heapTime[c] >= time) {
                    break;
                }
                heapTime[i] = heapTime[c];
                heapServer[i] = heapServer[c];
                heapCures[i] = heapCures[c];
                i = c;
            }
            heapTime[i] = time;
            heapServer[i] = server;
            heapCures[i] = cures;
        }
    }
}
