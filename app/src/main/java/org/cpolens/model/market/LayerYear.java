package org.cpolens.model.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cpolens.model.eval.OpticsLayer;

/**
 * One optical layer in one year, the fleet together (deterministic projection).
 *
 * @param eligibleAccelerators packages whose design co-packages this layer (readings weighted)
 * @param opticalGbps          optical Gb/s of the layer in the fleet, any architecture: what CPO could take
 * @param adoptionShare        CPO share of the eligible ports
 * @param value                value per scope
 */
public record LayerYear(int year, OpticsLayer layer, double eligibleAccelerators, double opticalGbps,
                        double adoptionShare, double ports, double gbps, double engines, double lasers,
                        double laserModules, double faus, double epiWafers, Map<ValueScope, Double> value) {
    public LayerYear {
        value = Collections.unmodifiableMap(new EnumMap<>(value));
    }
}
