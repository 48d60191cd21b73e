package org.cpolens.model.sim;

/**
 * What fails. The key is the catalog and JSON name. Each kind's failure rate is per device as
 * {@link #device} says; the part it consumes depends on the architecture (an embedded laser costs
 * a whole switch, a laser in an external source module costs that module).
 */
public enum FaultKind {
    PLUGGABLE_MODULE("pluggableModule", "module, lasers included"),
    OPTICAL_ENGINE("opticalEngine", "co-packaged or board-mounted optical engine, rate per Gb/s of its capacity, lasers excluded"),
    LASER("laser", "laser diode"),
    LASER_SOURCE_MODULE("laserSourceModule", "external laser source module, its lasers excluded"),
    SWITCH_SYSTEM("switchSystem", "switch system (ASIC, board; redundant fans and PSUs excluded)"),
    FIBER_LINK("fiberLink", "fiber link with its connectors"),
    COPPER_CABLE("copperCable", "copper cable (DAC/AEC)"),
    NIC("nic", "network interface card port");

    private final String key;
    private final String device;

    FaultKind(String key, String device) {
        this.key = key;
        this.device = device;
    }

    public String key() {
        return key;
    }

    public String device() {
        return device;
    }

    public static FaultKind fromKey(String key) {
        for (FaultKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault kind " + key);
    }

    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(FaultKind::key).toList();
    }
}
