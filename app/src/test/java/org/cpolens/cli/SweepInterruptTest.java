package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM running {@code cpolens sweep}, stopped with SIGTERM (what Ctrl-C's SIGINT also does
 * here: run the shutdown hooks) part-way: the output is a valid, truncated JSON array and stderr
 * says how many rows it holds.
 */
class SweepInterruptTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aStoppedSweepLeavesAValidFileAndSaysHowManyRows() throws Exception {
        Path out = dir.resolve("ten.json");
        Path part = dir.resolve(".ten.json.part");
        Path errFile = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sweep", "--grid", "ten-million", "--out", out.toString(), "--threads", "2"))
                .redirectError(errFile.toFile())
                .redirectOutput(new File(dir.toFile(), "stdout.txt"))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!(Files.exists(part) && Files.size(part) > 50_000_000L) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(p.isAlive()).as("still sweeping when stopped; stderr: %s", read(errFile)).isTrue();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = read(errFile);
        assertThat(p.exitValue()).as(err).isNotZero();
        Matcher m = Pattern.compile("interrupted: wrote ([0-9,]+) of ([0-9,]+) rows to (.*) \\(a valid file, cut short\\)")
                .matcher(err);
        assertThat(m.find()).as(err).isTrue();
        long written = Long.parseLong(m.group(1).replace(",", ""));
        long planned = Long.parseLong(m.group(2).replace(",", ""));
        assertThat(written).isPositive().isLessThan(planned);
        assertThat(Files.exists(part)).as("the partial file was moved into place").isFalse();
        JsonNode rows = new ObjectMapper().readTree(out.toFile());
        assertThat(rows.isArray()).isTrue();
        assertThat((long) rows.size()).isEqualTo(written);
        assertThat(rows.get(rows.size() - 1).get("design").asLong()).isEqualTo(written - 1);
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
