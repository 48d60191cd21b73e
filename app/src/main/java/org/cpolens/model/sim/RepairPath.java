package org.cpolens.model.sim;

/**
 * How a failed device comes back into service, which decides whether the repair itself touches
 * healthy links. The key is the JSON name.
 */
public enum RepairPath {
    /**
     * A front-panel unit (a pluggable module, an external laser source module) is pulled and a spare
     * pushed in with the switch in service. Only the ports the failed unit already took dark are
     * touched: the switch is not drained and the job is not stopped a second time (hitless).
     */
    HOT_SWAP("hotSwap", "Hot swap, switch in service (hitless)", "熱插拔，交換器持續運作（不中斷）", false),
    /**
     * The whole switch is replaced although most of its ports still work (a co-packaged engine or an
     * embedded laser failed): draining it takes its healthy links down.
     */
    SWITCH_REPLACEMENT("switchReplacement", "Drain and replace the whole switch", "排空並更換整台交換器", true),
    /**
     * The switch is drained and opened and one engine module on its board is replaced (near-packaged
     * or on-board optics): the package and the rest of the switch stay, the drain is as for a switch
     * replacement.
     */
    BOARD_REPAIR("boardRepair", "Drain the switch, open it, replace the engine module", "排空交換器、開機殼、更換引擎模組", true),
    /**
     * The failed unit carries nothing healthy (a dead switch, a cable, a NIC whose host the job has
     * already left): replacing it touches no working link.
     */
    REPLACE_FAILED("replaceFailed", "Replace the failed unit (nothing healthy touched)", "更換故障件（不影響健康鏈路）", false);

    private final String key;
    private final String en;
    private final String zhTw;
    private final boolean drains;

    RepairPath(String key, String en, String zhTw, boolean drains) {
        this.key = key;
        this.en = en;
        this.zhTw = zhTw;
        this.drains = drains;
    }

    public String key() {
        return key;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    /** The repair takes healthy links down (a drain), which may stop the job again. */
    public boolean drains() {
        return drains;
    }
}
