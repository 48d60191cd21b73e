package org.cpolens.cli;

import java.util.concurrent.Callable;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.report.InterconnectViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fabric", mixinStandardHelpOptions = true,
        description = "Build a folded-Clos fabric: switches, links and unused ports per tier.")
final class FabricCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--endpoints", required = true, paramLabel = "N", description = "host ports at the switch port speed, all planes")
    long endpoints;

    @Option(names = "--radix", required = true, paramLabel = "K", description = "ports per switch")
    int radix;

    @Option(names = "--port-gbps", paramLabel = "G", defaultValue = "800", description = "port speed in Gb/s (default: ${DEFAULT-VALUE})")
    double portGbps;

    @Option(names = "--tiers", paramLabel = "T", defaultValue = "0", description = "1, 2 or 3; default: the fewest that fit")
    int tiers;

    @Option(names = "--oversubscription", paramLabel = "X", defaultValue = "1.0",
            description = "leaf down:up ratio, 1.0 = non-blocking (default: ${DEFAULT-VALUE})")
    double oversubscription;

    @Option(names = "--host-link", paramLabel = "MEDIA", defaultValue = "optical", description = "optical or copper")
    HostLink hostLink;

    @Option(names = "--planes", paramLabel = "P", defaultValue = "1",
            description = "identical parallel fabrics (planes, rails) the endpoints are spread over; each is "
                    + "built for endpoints / P (default: ${DEFAULT-VALUE})")
    int planes;

    @Override
    public Integer call() {
        Fabric f = FabricBuilder.foldedClos().build(
                new FabricRequest(endpoints, radix, portGbps, tiers, oversubscription, hostLink, planes));
        Output.print(spec.commandLine().getOut(), common, InterconnectViews.fabricJson(f), InterconnectViews.fabricTable(f));
        return Main.OK;
    }
}
