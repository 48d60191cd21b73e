package org.cpolens.model.fabric;

/** Medium of the host-to-leaf links; switch-to-switch links are always optical here. */
public enum HostLink {
    /** Optical modules on both ends. */
    OPTICAL,
    /** In-rack copper (DAC/AEC): no optics on either end of the host link. */
    COPPER;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
