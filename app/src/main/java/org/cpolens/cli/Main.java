package org.cpolens.cli;

import java.io.PrintWriter;
import org.cpolens.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cpolens}: exit 0 on success, 1 on a user error, 2 on an internal error. */
@Command(name = "cpolens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"CPO Lens: what co-packaged optics change for AI data centers.",
                "bits -> watts -> units -> dollars -> companies -> signals"},
        subcommands = {
                AnalyzeCommand.class,
                CompareCommand.class,
                SweepCommand.class,
                FabricCommand.class,
                CatalogCommand.class,
                MarketCommand.class,
                SupplyCommand.class,
                RevenueCommand.class,
                SignalsCommand.class,
                ReliabilityCommand.class,
                TcoCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs with the given streams; the tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof InputException ? USER_ERROR : INTERNAL_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter e = c.getErr();
            boolean debug = parseResult.originalArgs().contains("--debug");
            if (ex instanceof InputException) {
                e.println("error: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(e);
                }
                return USER_ERROR;
            }
            // the machine's limits (heap, disk, permissions) are not bugs: one line, exit 1
            String environment = Environment.message(ex);
            if (environment != null) {
                e.println("error: " + environment);
                if (debug) {
                    ex.printStackTrace(e);
                }
                return USER_ERROR;
            }
            e.println("internal error: " + ex);
            if (debug) {
                ex.printStackTrace(e);
            } else {
                e.println("(run again with --debug for the stack trace, and please report it)");
            }
            return INTERNAL_ERROR;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError oom) {
            // picocli passes Errors through; a raw stack trace helps no one here
            err.println("error: " + Environment.message(oom));
            code = USER_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cpolens " + org.cpolens.report.ToolVersion.current()};
        }
    }
}
