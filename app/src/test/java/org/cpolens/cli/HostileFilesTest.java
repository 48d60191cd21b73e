package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input files through the command line: a named pipe, a device, a folder, a file above
 * the YAML limit, a scalar the YAML parser used to take quadratic time on, a heap too small for
 * the input. Each is refused with one line naming the file and exit 1, quickly, without a stack
 * trace; the timeouts only guard against the hangs these cases used to cause.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun r, String... fragments) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("error: ");
        assertThat(r.err().lines().count()).as("one line, no stack trace: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
        return p;
    }

    /** Reading a FIFO nobody writes to used to block forever. */
    @ParameterizedTest(name = "{0} on a named pipe")
    @ValueSource(strings = {"compare --scenario", "sweep --grid", "market --scenario", "reliability --scenario"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a blocked open() ignores interrupts
    void aNamedPipeIsRefusedWithoutBlocking(String command) throws Exception {
        Path pipe = fifo("input.yaml");
        String[] words = command.split(" ");
        CliRun r = CliRun.of(words[0], words[1], pipe.toString());
        assertOneLineError(r, pipe.toString(), "is a named pipe (FIFO), not a regular file");
    }

    /** A link to /dev/zero used to fill the heap and print a raw OutOfMemoryError. */
    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(60)
    void aLinkToADeviceIsRefusedBeforeReading() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertOneLineError(CliRun.of("compare", "--scenario", link.toString()), "zero.yaml", "is a character device");
        assertOneLineError(CliRun.of("sweep", "--grid", link.toString()), "zero.yaml", "is a character device");
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("scenario.yaml"));
        assertOneLineError(CliRun.of("compare", "--scenario", folder.toString()), "scenario.yaml", "is a folder, not a regular file");
    }

    /** Above 4 MiB the file is refused by its size, before a byte is read; the message has both. */
    @Test
    @Timeout(60)
    void aFileAboveTheLimitIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: " + "a".repeat(5 * 1024 * 1024) + "\n");
        assertOneLineError(CliRun.of("compare", "--scenario", big.toString()), "big.yaml", "5.0 MiB", "5,242,887 bytes",
                "above the 4 MiB limit");
    }

    /** The 3 GB file (sparse: it takes no disk) used to print a raw OutOfMemoryError; its size refuses it unread. */
    @Test
    @Timeout(60)
    void aThreeGigabyteFileIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        assertOneLineError(CliRun.of("sweep", "--grid", huge.toString()), "huge.yaml", "3.0 GiB", "3,221,225,472 bytes",
                "above the 4 MiB limit");
    }

    /**
     * A 3 MB scalar under the size limit used to take the parser tens of seconds (quadratic in the
     * scalar); now the line is refused at once, naming it and the limit.
     */
    @Test
    @Timeout(60)
    void aHugeScalarIsRefusedByItsLineNotParsed() throws IOException {
        Path s = dir.resolve("scalar.yaml");
        Files.writeString(s, "name: t\ndescription: " + "x".repeat(3_000_000) + "\n");
        assertOneLineError(CliRun.of("compare", "--scenario", s.toString()), "scalar.yaml:2", "3,000,013 characters",
                "more than the 16,384 a line may have");
    }

    /** The worst file that passes both limits (every line one 16 K token) is parsed, and then judged as usual. */
    @Test
    @Timeout(120)
    void theLargestAcceptedFileIsParsedAndItsContentJudged() throws IOException {
        StringBuilder b = new StringBuilder("name: t\nnotes:\n");
        String token = "y".repeat(16_384 - 4);
        while (b.length() + token.length() + 5 < 4 * 1024 * 1024) {
            b.append("  - ").append(token).append('\n');
        }
        Path s = dir.resolve("wide.yaml");
        Files.writeString(s, b);
        assertOneLineError(CliRun.of("compare", "--scenario", s.toString()), "wide.yaml:2", "unknown key", "notes");
    }

    @Test
    @Timeout(60)
    void catalogFilesAreBoundedToo() throws Exception {
        Path cat = Files.createDirectory(dir.resolve("cat"));
        Files.writeString(cat.resolve("architectures.yaml"), "architectures:\n  - " + "z".repeat(20_000) + "\n");
        assertOneLineError(CliRun.of("catalog", "list", "--catalog", cat.toString()), "architectures.yaml:2",
                "more than the 16,384 a line may have");
        Files.delete(cat.resolve("architectures.yaml"));
        Files.createSymbolicLink(cat.resolve("switches.yaml"), Path.of("/dev/zero"));
        assertOneLineError(CliRun.of("compare", "--catalog", cat.toString()), "switches.yaml", "is a character device");
    }

    /** Nesting deeper than the parser allows is named as such, not as an indentation problem. */
    @Test
    void deepNestingIsNamedAsSuch() throws IOException {
        Path s = dir.resolve("deep.yaml");
        Files.writeString(s, "name: " + "[".repeat(200) + "]".repeat(200) + "\n");
        assertOneLineError(CliRun.of("compare", "--scenario", s.toString()), "deep.yaml", "nested deeper than 50 levels");
    }

    /**
     * A heap too small for the input (a million Monte Carlo trials in 32 MiB) used to print
     * OutOfMemoryError's stack trace; now one line says what ran out and how to give more.
     */
    @Test
    @Timeout(120)
    void runningOutOfHeapIsOneLineAndExitOne() throws Exception {
        ChildJvm r = ChildJvm.run(dir, ChildJvm.command(List.of("-Xmx32m"), "market", "--trials", "1000000"), 100);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("error: out of memory").contains("MiB the Java heap may use").contains("-Xmx")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(Files.list(dir).toList()).as("nothing written").isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Path s = dir.resolve("latin1.yaml");
        Files.write(s, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineError(CliRun.of("compare", "--scenario", s.toString()), "latin1.yaml", "not UTF-8 text");
    }
}
