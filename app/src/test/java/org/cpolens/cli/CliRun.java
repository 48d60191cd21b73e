package org.cpolens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as a user would from the shell, and captures what it prints. */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
