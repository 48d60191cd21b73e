package org.cpolens.model.sim;

/** A field-replaceable unit: what a technician swaps and what the spares shelf holds. */
public enum Part {
    PLUGGABLE_MODULE("pluggableModule", "Pluggable module", "可插拔模組"),
    LASER_SOURCE_MODULE("laserSourceModule", "External laser source module", "外部雷射光源模組"),
    SWITCH("switch", "Switch (whole system)", "交換器（整機）"),
    /**
     * An optical engine on the switch board near the package (NPO) or on the board (OBO): replaced
     * with the switch drained and opened, the ASIC package and the rest of the switch kept.
     */
    ENGINE_MODULE("engineModule", "Optical engine module (NPO/OBO, on the board)", "光學引擎模組（NPO／OBO，板上）"),
    FIBER_CABLE("fiberCable", "Fiber cable", "光纖跳線"),
    /**
     * An accelerator whose package carries co-packaged (scale-up) optics: a failed engine or embedded
     * laser there is repaired by replacing the accelerator's board once the job has left the host.
     */
    ACCELERATOR("accelerator", "Accelerator with co-packaged optics", "含共同封裝光學的加速器"),
    COPPER_CABLE("copperCable", "Copper cable", "銅纜"),
    NIC("nic", "NIC", "網路卡");

    private final String key;
    private final String en;
    private final String zhTw;

    Part(String key, String en, String zhTw) {
        this.key = key;
        this.en = en;
        this.zhTw = zhTw;
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

    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(Part::key).toList();
    }

    public static Part fromKey(String key) {
        for (Part p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown part " + key);
    }
}
