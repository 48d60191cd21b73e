package org.cpolens.model.fabric;

/**
 * The links between two adjacent levels.
 *
 * @param name        host-leaf, leaf-spine or spine-core
 * @param links       cable count
 * @param switchEnds  ends of those links that sit on a switch (1 per host link, 2 per switch link)
 * @param hostEnds    ends on a host/NIC (1 per host link, else 0)
 * @param media       optical or copper
 */
public record LinkLayer(String name, long links, long switchEnds, long hostEnds, HostLink media) {
    public boolean optical() {
        return media == HostLink.OPTICAL;
    }
}
