package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.eval.OpticsLayer;

/**
 * One optical layer of one accelerator, read from a bill of materials: the CPO the platform's design
 * puts there (zero when the layer is not co-packaged in that design: it is then not eligible), and
 * every optical port of the layer whatever its architecture (what CPO could at most take).
 *
 * @param architectureId the layer's CPO architecture, empty when not eligible
 * @param portGbps       speed of the layer's ports
 * @param ports          CPO ports per accelerator when the layer adopts CPO
 * @param switches       CPO switches per accelerator (switch layer; 0 elsewhere)
 * @param opticalPorts   optical ports of the layer per accelerator, any architecture
 */
public record LayerBom(OpticsLayer layer, String architectureId, double portGbps, double ports, double engines,
                       double lasers, double laserModules, double faus, double switches, double opticalPorts) {
    public LayerBom {
        Objects.requireNonNull(layer, "layer");
        architectureId = architectureId == null ? "" : architectureId;
    }

    public static LayerBom none(OpticsLayer layer, double portGbps, double opticalPorts) {
        return new LayerBom(layer, "", portGbps, 0, 0, 0, 0, 0, 0, opticalPorts);
    }

    public boolean eligible() {
        return ports > 0;
    }

    /** CPO Gb/s per accelerator when the layer adopts CPO. */
    public double gbps() {
        return ports * portGbps;
    }

    /** Optical Gb/s of the layer per accelerator, any architecture. */
    public double opticalGbps() {
        return opticalPorts * portGbps;
    }
}
