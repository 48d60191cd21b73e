package org.cpolens.model.fabric;

import java.util.List;

/**
 * A built folded-Clos fabric. Counts are exact integers; the shape parameters let other models
 * (reliability, market) reason about pods and striping without rebuilding.
 *
 * @param request        what was asked for
 * @param tierCount      1, 2 or 3
 * @param tiers          leaf first
 * @param linkLayers     host-leaf first
 * @param maxEndpoints   the most endpoints this radix, tier count and oversubscription can hold
 * @param pods           pods in a 3-tier fabric (1 otherwise)
 * @param leafUplinks    uplinks per leaf (0 in a 1-tier fabric)
 * @param hostsPerLeaf   most hosts on one leaf
 */
public record Fabric(FabricRequest request, int tierCount, List<Tier> tiers, List<LinkLayer> linkLayers,
                     long maxEndpoints, long pods, long leafUplinks, long hostsPerLeaf) {

    public Fabric {
        tiers = List.copyOf(tiers);
        linkLayers = List.copyOf(linkLayers);
    }

    public long endpoints() {
        return request.endpoints();
    }

    public List<Long> switchesPerTier() {
        return tiers.stream().map(Tier::switches).toList();
    }

    public long switchCount() {
        long n = 0;
        for (Tier t : tiers) {
            n += t.switches();
        }
        return n;
    }

    public long links() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            n += l.links();
        }
        return n;
    }

    public long unusedPorts() {
        long n = 0;
        for (Tier t : tiers) {
            n += t.unusedPorts();
        }
        return n;
    }

    /** Switch-side ends that carry optics (host-leaf ends only when the host link is optical). */
    public long opticalSwitchEnds() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            if (l.optical()) {
                n += l.switchEnds();
            }
        }
        return n;
    }

    /** Optical ends on the switches of one tier: link layer i joins level i-1 (hosts for i = 0) to level i. */
    public long opticalEndsOnTier(int level) {
        long n = 0;
        for (int i = 0; i < linkLayers.size(); i++) {
            LinkLayer l = linkLayers.get(i);
            if (l.optical() && (i == level || i - 1 == level)) {
                n += l.links();
            }
        }
        return n;
    }

    /** Host-side ends that carry optics. */
    public long opticalHostEnds() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            if (l.optical()) {
                n += l.hostEnds();
            }
        }
        return n;
    }

    /** Injection bandwidth: endpoints x port speed. */
    public double injectionGbps() {
        return request.endpoints() * request.portGbps();
    }
}
