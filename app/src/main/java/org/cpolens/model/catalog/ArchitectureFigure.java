package org.cpolens.model.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.units.Units;

/**
 * The figures every optics architecture carries, in catalog order. This enum is the one list of
 * them: the catalog and scenario loaders, overrides, the sensitivity analysis, the sweep's figure
 * axes, the evaluation kernel's parameter slots, the Sources appendix and the rescaling to another
 * port speed all iterate it. Adding a figure is a constant here plus a value in architectures.yaml.
 */
public enum ArchitectureFigure {
    /** Optics power of one switch-side port, external laser source included. */
    SWITCH_PORT_WATTS("switchPortWatts", "W", Bound.POSITIVE, PortSpeed.ENERGY,
            "Optics power per switch-side port", "每個交換器端埠的光學功耗"),
    /** Optics power of one host-side (NIC) module, used when the architecture replaces host-side modules. */
    HOST_PORT_WATTS("hostPortWatts", "W", Bound.POSITIVE, PortSpeed.ENERGY,
            "Optics power per host-side module", "每個主機端模組的光學功耗"),
    LASERS_PER_PORT("lasersPerPort", "lasers", Bound.NON_NEGATIVE, PortSpeed.PER_PORT,
            "Laser diodes per port", "每埠雷射二極體數"),
    /** Ports one external laser source module feeds; 0 = the lasers are inside the module or package. */
    PORTS_PER_LASER_MODULE("portsPerLaserModule", "ports", Bound.NON_NEGATIVE, PortSpeed.PORTS,
            "Ports per external laser module", "每個外部雷射模組供應的埠數"),
    EDGE_DENSITY_GBPS_PER_MM("edgeDensityGbpsPerMm", "Gb/s/mm", Bound.POSITIVE, PortSpeed.NONE,
            "Edge bandwidth density", "邊緣頻寬密度"),
    ADDED_LATENCY_NS("addedLatencyNs", "ns", Bound.NON_NEGATIVE, PortSpeed.NONE,
            "Latency added per optical end", "每個光學端點增加的延遲"),
    COST_PER_PORT_USD("costPerPortUsd", "USD", Bound.NON_NEGATIVE, PortSpeed.PER_PORT,
            "Price per switch-side port", "每個交換器端埠的價格"),
    /**
     * The part of {@link #SWITCH_PORT_WATTS} spent in external laser source modules: what moves out
     * of the package and onto a field-replaceable module. 0 where there is no external source.
     */
    LASER_WATTS_PER_PORT("laserWattsPerPort", "W", Bound.NON_NEGATIVE, PortSpeed.ENERGY,
            "External laser power per port", "每埠外部雷射光源功耗"),
    /** Capacity of one optical engine (a pluggable module is its own engine). */
    ENGINE_GBPS("engineGbps", "Gb/s", Bound.POSITIVE, PortSpeed.NONE,
            "Optical engine capacity", "光學引擎容量"),
    FAUS_PER_ENGINE("fausPerEngine", "FAUs", Bound.NON_NEGATIVE, PortSpeed.NONE,
            "Fiber array units per engine", "每個光學引擎的光纖陣列單元數");

    /**
     * How a figure given per port of the architecture's own speed reads on a fabric port of another
     * speed: watts keep their pJ/bit, per-port counts and prices (lasers, US$ at equal US$ per Gb/s)
     * scale with the speed ratio, a count of ports scales against it, the rest do not move.
     */
    public enum PortSpeed {
        ENERGY, PER_PORT, PORTS, NONE
    }

    private final String key;
    private final String unit;
    private final Bound bound;
    private final PortSpeed portSpeed;
    private final String en;
    private final String zhTw;

    ArchitectureFigure(String key, String unit, Bound bound, PortSpeed portSpeed, String en, String zhTw) {
        this.key = key;
        this.unit = unit;
        this.bound = bound;
        this.portSpeed = portSpeed;
        this.en = en;
        this.zhTw = zhTw;
    }

    /** The name in YAML, JSON, sweep columns and the Sources appendix. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public Bound bound() {
        return bound;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    /** Index of this figure in the evaluation kernel's parameter block; slot 0 is the port speed. */
    public int slot() {
        return ordinal() + 1;
    }

    /** Parameters per architecture in the kernel: the port speed and one slot per figure. */
    public static final int SLOTS = values().length + 1;

    /** {@code value}, given per {@code figureGbps} port, on a port of {@code portGbps}. */
    public double atPortSpeed(double value, double figureGbps, double portGbps) {
        return switch (portSpeed) {
            case ENERGY -> Units.scaleWattsToSpeed(value, figureGbps, portGbps);
            case PER_PORT -> value * (portGbps / figureGbps);
            case PORTS -> value / (portGbps / figureGbps);
            case NONE -> value;
        };
    }

    public static Optional<ArchitectureFigure> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ArchitectureFigure::key).toList();
    }
}
