package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output paths: checked before any work (a folder where a file is wanted, an input file, a
 * missing or unwritable folder), grid names reduced to plain file names, failures while writing
 * reported as the machine's (exit 1, the path, the OS's reason), and no hidden {@code .part} left.
 */
class OutputPathsTest {
    @TempDir
    Path dir;

    /** A grid of 12 designs: seconds to run, enough rows to show a sweep that started. */
    private static final String GRID = """
            name: small
            endpoints: [1024, 4096, 16384]
            switch: tomahawk5-64x800g
            architectures: [pluggable-dsp-800g, cpo-bailly-800g]
            figures:
              cpo-bailly-800g.switchPortWatts: [4, 6]
            """;

    private Path grid() throws IOException {
        Path g = dir.resolve("grid.yaml");
        Files.writeString(g, GRID);
        return g;
    }

    private static void assertRefusedBeforeWork(CliRun r, String... fragments) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).as("refused before building any fabric").doesNotContain("building").doesNotContain("[2/10]");
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> folder.relativize(p).toString()).filter(x -> !x.isEmpty()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "--out {0}")
    @ValueSource(strings = {"rows", "rows.csv", "rows.parquet"})
    void sweepOutNamingAFolderIsRefusedBeforeTheSweepAndLeavesNoPart(String name) throws IOException {
        Path g = grid();
        Path folder = Files.createDirectory(dir.resolve(name));
        CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", folder.toString());
        assertRefusedBeforeWork(r, "field '--out'", "is a folder; the rows go to a file", name + "/sweep.csv");
        assertThat(filesIn(dir)).containsExactly("grid.yaml", name);
    }

    /** A grid written as JSON is a valid grid and a valid output name: the rows must not overwrite it. */
    @Test
    void sweepOutNamingTheGridIsRefusedAndTheGridKept() throws IOException {
        Path g = dir.resolve("grid.json");
        String json = "{\"name\": \"g\", \"endpoints\": [1024], \"switch\": \"tomahawk5-64x800g\","
                + " \"architectures\": [\"pluggable-dsp-800g\", \"cpo-bailly-800g\"]}";
        Files.writeString(g, json);
        CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", g.toString());
        assertRefusedBeforeWork(r, "is an input of this run", "grid.json", "choose another name");
        assertThat(Files.readString(g)).isEqualTo(json);
        assertThat(filesIn(dir)).containsExactly("grid.json");
    }

    @Test
    void sweepOutInAMissingFolderIsRefusedWithTheFolder() throws IOException {
        Path g = grid();
        Path out = dir.resolve("no/such/rows.csv");
        CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", out.toString());
        assertRefusedBeforeWork(r, "its folder " + dir.resolve("no/such") + " does not exist", "mkdir -p");
        assertThat(filesIn(dir)).containsExactly("grid.yaml");
    }

    /** Renaming the rows over a named pipe would replace it: a special file is never an output. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sweepOutNamingAPipeIsRefused() throws Exception {
        Path g = grid();
        Path pipe = dir.resolve("rows.csv");
        Process mk = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", pipe.toString());
        assertRefusedBeforeWork(r, "exists and is not a regular file");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    /**
     * /sys refuses new files even to root, as a read-only mount or permissions would: the run stops
     * at once with the folder and the OS's reason, not after the sweep as an internal error.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void sweepOutInAFolderThatRefusesWritesFailsAtOnceWithTheReason() throws IOException {
        Path g = grid();
        CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", "/sys/rows.csv");
        assertRefusedBeforeWork(r, "field '--out' = '/sys/rows.csv'", "cannot write in /sys");
        assertThat(r.err()).containsAnyOf("Permission denied", "Read-only file system");
    }

    /** For a user other than root, a folder without write permission is refused the same way. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sweepOutInAReadOnlyFolderFailsAtOnce() throws IOException {
        Path g = grid();
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun r = CliRun.of("sweep", "--grid", g.toString(), "--out", ro.resolve("rows.csv").toString());
            if (Files.isWritable(ro)) {
                // root ignores permission bits; the /sys case above covers it
                assertThat(r.code()).as(r.err()).isZero();
            } else {
                assertRefusedBeforeWork(r, "cannot write in " + ro, "Permission denied");
            }
            assertThat(filesIn(ro).stream().filter(f -> f.startsWith(".")).toList()).as("no hidden leftovers").isEmpty();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A write that fails half-way (here the OS's file-size limit, as a full disk would) is exit 1
     * with the output's path and the OS's reason, and leaves neither the file nor its hidden .part.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(120)
    void aWriteFailingMidwayIsTheMachinesErrorAndLeavesNothing() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path out = work.resolve("rows.csv");
        List<String> java = ChildJvm.command(List.of("-Xmx256m"), "sweep", "--grid", "cpo-map", "--out", out.toString(),
                "--quiet");
        String shell = "ulimit -f 64 && exec " + String.join(" ", java.stream().map(OutputPathsTest::quote).toList());
        ChildJvm r = ChildJvm.run(work, List.of("bash", "-c", shell), 100);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("error: field '--out' = '" + out + "': cannot write: File too large")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(filesIn(work)).as("no rows file and no hidden .part").isEmpty();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A shared grid's name must not place the rows outside the working folder. */
    @Test
    @Timeout(120)
    void aGridNameIsReducedToAFileNameInTheWorkingFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("a/b/work"));
        Path g = dir.resolve("evil.yaml");
        Files.writeString(g, GRID.replace("name: small", "name: ../../escaped"));
        ChildJvm r = ChildJvm.run(work, ChildJvm.command(List.of("-Xmx256m"), "sweep", "--grid", g.toString(), "--quiet"), 100);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: the grid's name '../../escaped' is not a plain file name; the rows go to escaped-sweep.csv");
        assertThat(filesIn(dir)).containsExactly("a", "a/b", "a/b/work", "a/b/work/escaped-sweep.csv", "evil.yaml");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "cpo-map|cpo-map",
            "../../escaped|escaped",
            "/etc/passwd|passwd",
            "sub/dir|dir",
            "..\\..\\win|win",
            ".hidden|hidden",
            "..|grid",
            "a b:c*?|a-b-c--",
            "台灣-grid|grid",
            "' '|grid",
    })
    void safeBaseNames(String name, String expected) {
        assertThat(OutputPaths.safeBaseName(name)).isEqualTo(expected);
    }

    @Test
    void analyzeOutNamingAFileIsRefusedBeforeTheAnalysis() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "keep me");
        CliRun r = CliRun.of("analyze", "--out", file.toString(), "--trials", "10");
        assertRefusedBeforeWork(r, "exists and is not a folder");
        assertThat(r.err()).doesNotContain("[1/10]");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void analyzeOutInAFolderThatRefusesWritesFailsAtOnce() {
        CliRun r = CliRun.of("analyze", "--out", "/sys/cpolens-report", "--trials", "10");
        assertRefusedBeforeWork(r, "cannot write in /sys");
        assertThat(r.err()).doesNotContain("[1/10]");
    }

    /** A JSON scenario in the output folder named like a report file would be overwritten by it. */
    @Test
    void analyzeOutMustNotOverwriteItsScenario() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path scenario = out.resolve("summary.json");
        String json = "{\"name\": \"s\", \"cluster\": {\"endpoints\": 2048, \"endpointGbps\": 800},"
                + " \"fabric\": {\"switch\": \"tomahawk5-64x800g\"}, \"architectures\": [\"pluggable-dsp-800g\", \"cpo-bailly-800g\"]}";
        Files.writeString(scenario, json);
        CliRun r = CliRun.of("analyze", "--scenario", scenario.toString(), "--out", out.toString(), "--trials", "10");
        assertRefusedBeforeWork(r, "is an input of this run");
        assertThat(Files.readString(scenario)).isEqualTo(json);
    }

    @Test
    void writeFailuresNameThePathAndTheOsReason() {
        Path p = Path.of("/data/rows.csv");
        InputException full = OutputPaths.writeFailed(p, "--out", new FileSystemException(p + ".part", null, "No space left on device"));
        assertThat(full.getMessage()).isEqualTo("field '--out' = '/data/rows.csv': cannot write: No space left on device "
                + "(hint: check free space and permissions, or choose another --out)");
        InputException denied = OutputPaths.writeFailed(p, "--out", new AccessDeniedException("/data/.rows.csv.part"));
        assertThat(denied.getMessage()).contains("cannot write: Permission denied");
        assertThatThrownBy(() -> OutputPaths.checkFile(Path.of("/proc/self"), "--out", List.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("is a folder");
    }
}
