package org.cpolens.model.eval;

/** Where in the cluster a line of the bill of materials sits. */
public enum OpticsLayer {
    /** Scale-out switch side: every switch tier's optical ends. */
    SWITCH("switch", "Switch side", "交換器端"),
    /** Host side: the NIC ends of host links. */
    NIC("nic", "NIC side", "網卡端"),
    /** Scale-up (NVLink, UALink, ICI): the optical share of the accelerators' scale-up links. */
    SCALE_UP("scaleUp", "Scale-up", "縱向擴展（scale-up）");

    private final String word;
    private final String en;
    private final String zhTw;

    OpticsLayer(String word, String en, String zhTw) {
        this.word = word;
        this.en = en;
        this.zhTw = zhTw;
    }

    public String word() {
        return word;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }
}
