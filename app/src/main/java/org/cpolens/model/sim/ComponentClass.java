package org.cpolens.model.sim;

import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;

/**
 * A group of identical devices in one place of the fabric, failing independently.
 *
 * @param id               stable key, e.g. {@code opticalEngine.spine}
 * @param kind             what fails
 * @param part             what the repair replaces (a whole switch for a co-packaged engine or an embedded laser)
 * @param location         host, leaf, spine, core, host-link or fabric-link
 * @param fabricLevel      above the leaf: the job's interruption chance is the fabric one
 * @param count            devices
 * @param fit              failures per 1e9 device-hours (per device of this class)
 * @param weibullShape     1 = exponential
 * @param repair           how the part is replaced; a path that {@link RepairPath#drains() drains} takes
 *                         healthy links down when the repair starts
 * @param drainFabricLevel the drained switch sits above the leaf, so draining it is a fabric-level event
 *                         (a leaf's drain cuts its hosts off even when the fault itself only hit uplinks)
 * @param rateBasis        what the rate is, as outputs print it: "upper bound (95%)", or the figure's status word
 * @param unitPrice        price of one replaced part, where the catalog gives or assumes one
 */
public record ComponentClass(String id, FaultKind kind, Part part, String location, boolean fabricLevel, long count,
                             double fit, double weibullShape, RepairPath repair, boolean drainFabricLevel,
                             String rateBasis, Optional<Figure> unitPrice) {
    public ComponentClass {
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(rateBasis, "rateBasis");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** Expected failures per hour of the whole class at a constant rate. */
    public double failuresPerHour() {
        return count * fit / 1.0e9;
    }

    /** The repair replaces a part that still carries healthy links (a drain). */
    public boolean drainOnRepair() {
        return repair.drains();
    }

    /** The calibration category of Meta's Llama 3 table: NICs apart from switches and cables. */
    public boolean isNic() {
        return kind == FaultKind.NIC;
    }
}
