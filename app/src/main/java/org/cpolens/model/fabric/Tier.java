package org.cpolens.model.fabric;

/**
 * One switch tier.
 *
 * @param level        0 = leaf, 1 = spine, 2 = core
 * @param name         leaf, spine or core
 * @param switches     switches in this tier
 * @param portsUsed    ports in use summed over the tier
 * @param unusedPorts  ports left idle by striping or by a partial fabric
 */
public record Tier(int level, String name, long switches, long portsUsed, long unusedPorts) {
}
