package org.cpolens.model.eval;

import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.units.Units;

/**
 * One architecture on one fabric: the evaluation kernel's outputs and the bill of materials. Power
 * is in W here; {@code *Kw()} give the display unit. Every figure {@code compare}, the sweep and
 * the report print is read from {@link #output} through the result schema ({@link ResultColumn}),
 * so they cannot disagree.
 */
public final class ArchitectureResult {
    private final OpticsArchitecture architecture;
    private final double[] outputs;
    private final BillOfMaterials bom;

    public ArchitectureResult(OpticsArchitecture architecture, double[] outputs, BillOfMaterials bom) {
        if (outputs.length != DesignKernel.OUTPUTS) {
            throw new IllegalArgumentException("expected " + DesignKernel.OUTPUTS + " kernel outputs, got " + outputs.length);
        }
        this.architecture = architecture;
        this.outputs = outputs.clone();
        this.bom = bom;
    }

    public OpticsArchitecture architecture() {
        return architecture;
    }

    /** Kernel output {@code slot} (a {@link DesignKernel} result index). */
    public double output(int slot) {
        return outputs[slot];
    }

    public BillOfMaterials bom() {
        return bom;
    }

    public String id() {
        return architecture.id();
    }

    public String name() {
        return architecture.name();
    }

    public ArchitectureKind kind() {
        return architecture.kind();
    }

    public boolean hotSwappable() {
        return architecture.hotSwappable();
    }

    /** Optical ends on switches. */
    public long switchSidePorts() {
        return bom.ends(OpticsLayer.SWITCH);
    }

    /** Optical modules on hosts/NICs. */
    public long hostSideModules() {
        return bom.ends(OpticsLayer.NIC);
    }

    public double switchOpticsW() {
        return outputs[DesignKernel.SWITCH_OPTICS_W];
    }

    public double hostOpticsW() {
        return outputs[DesignKernel.HOST_OPTICS_W];
    }

    public double switchBaseW() {
        return outputs[DesignKernel.SWITCH_BASE_W];
    }

    public double picojoulesPerBit() {
        return outputs[DesignKernel.PJ_PER_BIT];
    }

    public double opticsPicojoulesPerBit() {
        return outputs[DesignKernel.OPTICS_PJ_PER_BIT];
    }

    /** Laser diodes, both sides. */
    public long lasers() {
        return (long) outputs[DesignKernel.LASERS];
    }

    public long laserModules() {
        return (long) outputs[DesignKernel.LASER_MODULES];
    }

    public long engines() {
        return (long) outputs[DesignKernel.ENGINES];
    }

    public double laserW() {
        return outputs[DesignKernel.LASER_W];
    }

    public double edgeMm() {
        return outputs[DesignKernel.EDGE_MM];
    }

    public double worstPathLatencyNs() {
        return outputs[DesignKernel.LATENCY_NS];
    }

    public double capexUsd() {
        return outputs[DesignKernel.CAPEX_USD];
    }

    public double powerSavedW() {
        return outputs[DesignKernel.SAVED_W];
    }

    /** -1 when the scenario gives no watts per accelerator. */
    public long extraAcceleratorsAtSamePower() {
        return (long) outputs[DesignKernel.EXTRA_ACCELERATORS];
    }

    public double opticsPowerW() {
        return switchOpticsW() + hostOpticsW();
    }

    public double networkPowerW() {
        return outputs[DesignKernel.NETWORK_W];
    }

    public double opticsPowerKw() {
        return Units.kilowatts(opticsPowerW());
    }

    public double networkPowerKw() {
        return Units.kilowatts(networkPowerW());
    }

    public double powerSavedKw() {
        return Units.kilowatts(powerSavedW());
    }

    public long opticalModules() {
        return switchSidePorts() + hostSideModules();
    }
}
