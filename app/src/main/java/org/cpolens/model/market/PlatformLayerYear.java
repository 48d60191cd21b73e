package org.cpolens.model.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cpolens.model.eval.OpticsLayer;

/**
 * One platform's CPO on one layer in one year: the bottom-up's smallest unit (shipments x bill of
 * materials per accelerator x the layer's adoption), deterministic, readings weighted.
 */
public record PlatformLayerYear(int year, String platform, OpticsLayer layer, double shipments,
                                double adoptionShare, double ports, double gbps, double laserModules,
                                Map<ValueScope, Double> value) {
    public PlatformLayerYear {
        value = Collections.unmodifiableMap(new EnumMap<>(value));
    }
}
