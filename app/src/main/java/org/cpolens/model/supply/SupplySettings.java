package org.cpolens.model.supply;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A scenario's optional {@code supply:} section.
 *
 * @param given          the scenario has a supply section (otherwise the market's units per year make the demand)
 * @param architecture   whose bill of materials makes the demand; empty: the scenario's CPO
 * @param explicit       unit demands written out in the scenario; when non-empty they replace the
 *                       demand derived from the fabric
 */
public record SupplySettings(boolean given, Optional<String> architecture, OptionalInt year,
                             OptionalDouble clustersPerYear, List<ComponentDemand> explicit) {
    public SupplySettings {
        explicit = List.copyOf(explicit);
    }

    public static SupplySettings none() {
        return new SupplySettings(false, Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), List.of());
    }
}
