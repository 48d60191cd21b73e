package org.cpolens.model.fabric;

import java.util.List;
import org.cpolens.model.InputException;

/**
 * Folded Clos / fat-tree with uniform striping.
 *
 * <p>Rules: a leaf gives {@code d} ports to hosts and at least {@code ceil(hosts/oversubscription)}
 * to uplinks; every leaf has the same number of links to every spine of its pod (so the spine count
 * divides the leaf's uplinks); spines are non-blocking ({@code k/2} down, as many up); in a 3-tier
 * fabric, spine {@code j} of every pod joins core plane {@code j}, and every spine has the same
 * number of links to every core of its plane. Among the shapes that keep these rules the builder
 * takes the fewest switches, then the fewest links, then the fewest pods; it may give leaves fewer
 * hosts than they could take when that stripes onto fewer spines, which keeps the switch count
 * monotone in endpoints. A full fabric of radix
 * {@code k} comes out as the textbook one: {@code k^2/2} endpoints on {@code 3k/2} switches in two
 * tiers, {@code k^3/4} endpoints on {@code 5k^2/4} switches in three.
 */
final class FoldedClosBuilder implements FabricBuilder {
    static final FoldedClosBuilder INSTANCE = new FoldedClosBuilder();

    private FoldedClosBuilder() {
    }

    /** Host ports per leaf. */
    static int hostPortsPerLeaf(int radix, double oversubscription) {
        return (int) Math.floor(radix * oversubscription / (1.0 + oversubscription) + 1e-9);
    }

    @Override
    public long maxEndpoints(int radix, int tiers, double oversubscription) {
        long d = hostPortsPerLeaf(radix, oversubscription);
        return switch (tiers) {
            case 1 -> radix;
            case 2 -> (long) radix * d;
            case 3 -> (long) radix * (radix / 2) * d;
            default -> throw new IllegalArgumentException("tiers must be 1..3, got " + tiers);
        };
    }

    /** Builds one plane and counts it {@code planes} times: planes are identical by definition. */
    @Override
    public Fabric build(FabricRequest r) {
        FabricRequest plane = r.onePlane();
        Fabric f = build(plane, tiersFor(plane, r));
        if (r.planes() == 1) {
            return f;
        }
        return new Fabric(r, f.tierCount(), f.tiers(), f.linkLayers(), f.maxEndpoints() * r.planes(), f.pods(),
                f.leafUplinks(), f.hostsPerLeaf());
    }

    @Override
    public void requireFits(FabricRequest r) {
        tiersFor(r.onePlane(), r);
    }

    /** The tiers the fabric gets: the request's, or the fewest that fit; a one-line error when none do. */
    private int tiersFor(FabricRequest r, FabricRequest total) {
        int k = r.radix();
        long n = r.endpoints();
        if (r.tiers() == 0) {
            for (int t = 1; t <= 3; t++) {
                if (n <= maxEndpoints(k, t, r.oversubscription())) {
                    return t;
                }
            }
            throw tooMany(r, 3, total);
        }
        if (n > maxEndpoints(k, r.tiers(), r.oversubscription())) {
            throw tooMany(r, r.tiers(), total);
        }
        return r.tiers();
    }

    private InputException tooMany(FabricRequest r, int tiers, FabricRequest total) {
        long max = maxEndpoints(r.radix(), tiers, r.oversubscription());
        String formula = switch (tiers) {
            case 1 -> "k";
            case 2 -> r.oversubscription() == 1.0 ? "k^2/2" : "k x hostPortsPerLeaf";
            default -> r.oversubscription() == 1.0 ? "k^3/4" : "k x k/2 x hostPortsPerLeaf";
        };
        String hint = tiers < 3
                ? "allow more tiers (leave 'tiers' out), use a bigger radix, oversubscribe the leaf, or spread the "
                        + "endpoints over more planes"
                : "use a bigger radix, oversubscribe the leaf (e.g. oversubscription: 2.0), or spread the cluster over "
                        + "more planes (fabric.planes)";
        String where = total.planes() > 1 ? " per plane (" + total.endpoints() + " endpoints over " + total.planes()
                + " planes = " + r.endpoints() + " each)" : "";
        return InputException.field("endpoints", total.endpoints(),
                "more than " + tiers + " tier(s) of radix " + r.radix() + " can hold: maximum is " + max
                        + " (" + formula + ")" + where,
                hint);
    }

    private Fabric build(FabricRequest r, int tiers) {
        return switch (tiers) {
            case 1 -> oneTier(r);
            case 2 -> twoTier(r);
            default -> threeTier(r);
        };
    }

    private Fabric oneTier(FabricRequest r) {
        long n = r.endpoints();
        List<Tier> t = List.of(new Tier(0, "leaf", 1, n, r.radix() - n));
        List<LinkLayer> l = List.of(new LinkLayer("host-leaf", n, n, n, r.hostLink()));
        return new Fabric(r, 1, t, l, maxEndpoints(r.radix(), 1, r.oversubscription()), 1, 0, n);
    }

    private Fabric twoTier(FabricRequest r) {
        int k = r.radix();
        long n = r.endpoints();
        int d = hostPortsPerLeaf(k, r.oversubscription());
        long bestTotal = Long.MAX_VALUE;
        long bestLinks = Long.MAX_VALUE;
        long bestLeaves = -1;
        long bestU = -1;
        long bestS = -1;
        // More leaves than the minimum can stripe onto fewer spines; searching them keeps the switch
        // count monotone in endpoints. A spine reaches every leaf, so at most k leaves.
        for (long leaves = ceilDiv(n, d); leaves <= k && leaves < bestTotal; leaves++) {
            long h = ceilDiv(n, leaves);
            long uMin = (long) Math.ceil(h / r.oversubscription() - 1e-9);
            for (long u = Math.max(1, uMin); u <= k - h; u++) {
                // Spines >= leaves x u / k grows with u: once that bound passes the best, stop.
                if (leaves + ceilDiv(leaves * u, k) > bestTotal) {
                    break;
                }
                long s = smallestDivisorAtLeast(u, ceilDiv(leaves * u, k));
                if (s < 0) {
                    continue;
                }
                long total = leaves + s;
                long links = leaves * u;
                if (total < bestTotal || (total == bestTotal && links < bestLinks)) {
                    bestTotal = total;
                    bestLinks = links;
                    bestLeaves = leaves;
                    bestU = u;
                    bestS = s;
                }
            }
        }
        if (bestU < 0) {
            throw InputException.field("endpoints", n, "no 2-tier striping fits radix " + k,
                    "leave 'tiers' out or use a bigger radix");
        }
        long leaves = bestLeaves;
        long h = ceilDiv(n, leaves);
        long leafSpineLinks = leaves * bestU;
        List<Tier> t = List.of(
                new Tier(0, "leaf", leaves, n + leafSpineLinks, leaves * k - n - leafSpineLinks),
                new Tier(1, "spine", bestS, leafSpineLinks, bestS * k - leafSpineLinks));
        List<LinkLayer> l = List.of(
                new LinkLayer("host-leaf", n, n, n, r.hostLink()),
                new LinkLayer("leaf-spine", leafSpineLinks, 2 * leafSpineLinks, 0, HostLink.OPTICAL));
        return new Fabric(r, 2, t, l, maxEndpoints(k, 2, r.oversubscription()), 1, bestU, h);
    }

    private Fabric threeTier(FabricRequest r) {
        int k = r.radix();
        int half = k / 2;
        long n = r.endpoints();
        int d = hostPortsPerLeaf(k, r.oversubscription());
        long minLeaves = ceilDiv(n, d);
        long best = Long.MAX_VALUE;
        long bestLinks = Long.MAX_VALUE;
        long[] shape = null; // pods, leavesPerPod, u, spinesPerPod, coresPerPlane, hostsPerLeaf
        long firstPods = Math.max(1, ceilDiv(minLeaves, half));
        for (long pods = firstPods; pods <= k && pods * ceilDiv(minLeaves, pods) < best; pods++) {
            // As in two tiers, pods may hold more leaves than the minimum when that stripes better.
            for (long lp = ceilDiv(minLeaves, pods); lp <= half && pods * lp < best; lp++) {
                long leaves = pods * lp;
                long h = ceilDiv(n, leaves);
                long uMin = (long) Math.ceil(h / r.oversubscription() - 1e-9);
                for (long u = Math.max(1, uMin); u <= k - h; u++) {
                    // Spines >= pods x lp x u / (k/2) and cores >= leaves x u / k both grow with u:
                    // once their sum passes the best, no larger u can win (ties need fewer links).
                    if (leaves + pods * ceilDiv(lp * u, half) + ceilDiv(leaves * u, k) > best) {
                        break;
                    }
                    long sp = smallestDivisorAtLeast(u, ceilDiv(lp * u, half));
                    if (sp < 0) {
                        continue;
                    }
                    long x = lp * u / sp; // uplinks per spine = its downlinks (non-blocking spine)
                    long cp = smallestDivisorAtLeast(x, ceilDiv(pods * x, k));
                    if (cp < 0) {
                        continue;
                    }
                    long total = leaves + pods * sp + sp * cp;
                    long links = n + 2 * leaves * u;
                    if (total < best || (total == best && links < bestLinks)) {
                        best = total;
                        bestLinks = links;
                        shape = new long[] {pods, lp, u, sp, cp, h};
                    }
                }
            }
        }
        if (shape == null) {
            throw InputException.field("endpoints", n, "no 3-tier striping fits radix " + k,
                    "use a bigger radix or oversubscribe the leaf");
        }
        long pods = shape[0];
        long leaves = pods * shape[1];
        long u = shape[2];
        long spines = pods * shape[3];
        long cores = shape[3] * shape[4];
        long leafSpine = leaves * u;
        long spineCore = leafSpine;
        List<Tier> t = List.of(
                new Tier(0, "leaf", leaves, n + leafSpine, leaves * k - n - leafSpine),
                new Tier(1, "spine", spines, leafSpine + spineCore, spines * k - leafSpine - spineCore),
                new Tier(2, "core", cores, spineCore, cores * k - spineCore));
        List<LinkLayer> l = List.of(
                new LinkLayer("host-leaf", n, n, n, r.hostLink()),
                new LinkLayer("leaf-spine", leafSpine, 2 * leafSpine, 0, HostLink.OPTICAL),
                new LinkLayer("spine-core", spineCore, 2 * spineCore, 0, HostLink.OPTICAL));
        return new Fabric(r, 3, t, l, maxEndpoints(k, 3, r.oversubscription()), pods, u, shape[5]);
    }

    /** Smallest divisor of {@code n} that is at least {@code atLeast}, or -1 when none is. */
    static long smallestDivisorAtLeast(long n, long atLeast) {
        int[] divisors = DIVISORS[(int) n];
        for (int d : divisors) {
            if (d >= atLeast) {
                return d;
            }
        }
        return -1;
    }

    /** Divisors of 1..MAX_RADIX in ascending order: the searches ask for them millions of times. */
    private static final int[][] DIVISORS = divisorTable(FabricRequest.MAX_RADIX);

    private static int[][] divisorTable(int max) {
        int[] counts = new int[max + 1];
        for (int d = 1; d <= max; d++) {
            for (int m = d; m <= max; m += d) {
                counts[m]++;
            }
        }
        int[][] table = new int[max + 1][];
        for (int m = 0; m <= max; m++) {
            table[m] = new int[counts[m]];
        }
        int[] fill = new int[max + 1];
        for (int d = 1; d <= max; d++) {
            for (int m = d; m <= max; m += d) {
                table[m][fill[m]++] = d;
            }
        }
        return table;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
