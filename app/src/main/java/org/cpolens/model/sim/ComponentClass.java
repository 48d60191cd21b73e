package org.cpolens.model.sim;

/**
 * A group of identical devices in one place of the fabric, failing independently.
 *
 * @param id             stable key, e.g. {@code opticalEngine.spine}
 * @param kind           what fails
 * @param part           what the repair replaces (a whole switch for an engine or an embedded laser)
 * @param location       host, leaf, spine, core, host-link or fabric-link
 * @param fabricLevel    above the leaf: the job's interruption chance is the fabric one
 * @param count          devices
 * @param fit            failures per 1e9 device-hours (per device of this class)
 * @param weibullShape   1 = exponential
 * @param drainOnRepair  the repair replaces a switch that still carries healthy links
 * @param drainFabricLevel that switch sits above the leaf, so draining it is a fabric-level event
 *                       (a leaf's drain cuts its hosts off even when the fault itself only hit uplinks)
 */
public record ComponentClass(String id, FaultKind kind, Part part, String location, boolean fabricLevel, long count,
                             double fit, double weibullShape, boolean drainOnRepair, boolean drainFabricLevel) {
    /** Expected failures per hour of the whole class at a constant rate. */
    public double failuresPerHour() {
        return count * fit / 1.0e9;
    }

    /** The calibration category of Meta's Llama 3 table: NICs apart from switches and cables. */
    public boolean isNic() {
        return kind == FaultKind.NIC;
    }
}
