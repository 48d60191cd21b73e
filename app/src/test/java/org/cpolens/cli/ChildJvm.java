package org.cpolens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code cpolens} in a JVM of its own, for what an in-process run cannot show: a working folder
 * other than the build's, a small heap, an OS limit on file size.
 *
 * @param code the exit code
 * @param out  stdout
 * @param err  stderr
 */
public record ChildJvm(int code, String out, String err) {
    /** The java launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line that starts {@code cpolens}: java, the JVM options, the test class path, Main. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs {@code command} in {@code workDir} and waits at most {@code timeoutSeconds} (a guard
     * against a hang, not a measure: a run that takes longer fails the test as hung).
     */
    public static ChildJvm run(Path workDir, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        // outside workDir, so the child's output does not count among the files it wrote
        Path out = Files.createTempFile("cpolens-child-out", ".txt");
        Path err = Files.createTempFile("cpolens-child-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("still running after " + timeoutSeconds + " s: " + String.join(" ", command)
                        + "\nstderr: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new ChildJvm(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
