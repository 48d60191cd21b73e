package org.cpolens.model.fabric;

/** Builds a fabric for a request; implementations are pure and thread-safe. */
public interface FabricBuilder {
    Fabric build(FabricRequest request);

    /**
     * Refuses, without building, a request no fabric of its radix, tiers and oversubscription can
     * hold, with the same message {@link #build} gives: readers of scenarios check this, the
     * pipeline builds.
     */
    void requireFits(FabricRequest request);

    /** The most endpoints {@code tiers} tiers can hold for this radix and oversubscription. */
    long maxEndpoints(int radix, int tiers, double oversubscription);

    /** The folded-Clos builder every face of CPO Lens uses. */
    static FabricBuilder foldedClos() {
        return FoldedClosBuilder.INSTANCE;
    }
}
