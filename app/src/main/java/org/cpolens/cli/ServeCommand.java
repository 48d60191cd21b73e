package org.cpolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cpolens.io.Catalogs;
import org.cpolens.model.InputException;
import org.cpolens.web.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the what-if dashboard: pick a scenario or edit the cluster and watch the comparison update.",
                "JSON API: /api/compare, /api/fabric, /api/scenarios, /api/catalog. Binds to this machine only by default."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes it to the network)")
    String host;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "a folder of catalog YAML files whose entries add to or replace the bundled ones by id")
    Path catalogDir;

    @Option(names = "--debug", description = "show stack traces on errors")
    boolean debug;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw InputException.field("--port", port, "not a TCP port", "use 1-65535, or 0 for a free one");
        }
        PrintWriter out = spec.commandLine().getOut();
        DashboardServer server;
        try {
            server = DashboardServer.start(host, port, Catalogs.load(catalogDir));
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            throw InputException.field("--port", port, "cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")",
                    "is another server using it? try --port 0 for a free one");
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("CPO Lens dashboard: http://" + shown + ":" + server.port() + "/  (Ctrl+C to stop)");
        out.println("limits: " + server.limits().describe() + "; beyond them expensive requests get 503 with Retry-After");
        out.println(server.acceptsAnyHost()
                ? "open on purpose: bound to " + host + ", so requests under any host name are answered"
                : "answers requests addressed to this machine only (Host localhost, 127.0.0.1 or [::1] with the port)");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "cpolens-serve-shutdown"));
        stop.await();
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
