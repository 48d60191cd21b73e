package org.cpolens.model.fabric;

import java.util.List;

/**
 * A built folded-Clos fabric, possibly of several identical planes. {@link #tiers} and
 * {@link #linkLayers} describe ONE plane; every count method ({@link #switchCount}, {@link #links},
 * the optical ends...) gives the whole fabric, planes times one plane. The shape parameters let other
 * models (reliability, market) reason about pods and striping without rebuilding.
 *
 * @param request        what was asked for (all planes)
 * @param tierCount      1, 2 or 3
 * @param tiers          one plane's tiers, leaf first
 * @param linkLayers     one plane's link layers, host-leaf first
 * @param maxEndpoints   the most endpoints this radix, tier count, oversubscription and planes can hold
 * @param pods           pods of a plane in a 3-tier fabric (1 otherwise)
 * @param leafUplinks    uplinks per leaf (0 in a 1-tier fabric)
 * @param hostsPerLeaf   most hosts on one leaf
 */
public record Fabric(FabricRequest request, int tierCount, List<Tier> tiers, List<LinkLayer> linkLayers,
                     long maxEndpoints, long pods, long leafUplinks, long hostsPerLeaf) {

    public Fabric {
        tiers = List.copyOf(tiers);
        linkLayers = List.copyOf(linkLayers);
    }

    public int planes() {
        return request.planes();
    }

    public long endpoints() {
        return request.endpoints();
    }

    /** Switches per tier, whole fabric (all planes), leaf first. */
    public List<Long> switchesPerTier() {
        return tiers.stream().map(t -> t.switches() * planes()).toList();
    }

    /** Switches of one plane. */
    public long planeSwitchCount() {
        long n = 0;
        for (Tier t : tiers) {
            n += t.switches();
        }
        return n;
    }

    public long switchCount() {
        return planeSwitchCount() * planes();
    }

    /** Switches on tier {@code level}, all planes. */
    public long switchesOnTier(int level) {
        return tiers.get(level).switches() * planes();
    }

    /** Links of one plane. */
    public long planeLinks() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            n += l.links();
        }
        return n;
    }

    public long links() {
        return planeLinks() * planes();
    }

    /** Links of link layer {@code i} (0 = host-leaf), all planes. */
    public long linksOf(int i) {
        return linkLayers.get(i).links() * planes();
    }

    public long unusedPorts() {
        long n = 0;
        for (Tier t : tiers) {
            n += t.unusedPorts();
        }
        return n * planes();
    }

    /** Switch-side ends that carry optics (host-leaf ends only when the host link is optical), all planes. */
    public long opticalSwitchEnds() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            if (l.optical()) {
                n += l.switchEnds();
            }
        }
        return n * planes();
    }

    /**
     * Optical ends on the switches of one tier, all planes: link layer i joins level i-1 (hosts for
     * i = 0) to level i.
     */
    public long opticalEndsOnTier(int level) {
        long n = 0;
        for (int i = 0; i < linkLayers.size(); i++) {
            LinkLayer l = linkLayers.get(i);
            if (l.optical() && (i == level || i - 1 == level)) {
                n += l.links();
            }
        }
        return n * planes();
    }

    /** Host-side ends that carry optics, all planes. */
    public long opticalHostEnds() {
        long n = 0;
        for (LinkLayer l : linkLayers) {
            if (l.optical()) {
                n += l.hostEnds();
            }
        }
        return n * planes();
    }

    /** Injection bandwidth: endpoints x port speed, all planes. */
    public double injectionGbps() {
        return request.endpoints() * request.portGbps();
    }
}
