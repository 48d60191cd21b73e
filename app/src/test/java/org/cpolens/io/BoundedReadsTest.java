package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link BoundedFiles} and the limits {@link YamlDoc} parses under. */
class BoundedReadsTest {
    @TempDir
    Path dir;

    @Test
    void aFileAtTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        Path p = dir.resolve("f.yaml");
        Files.write(p, new byte[100]);
        assertThat(BoundedFiles.read(p, 100, "test file")).hasSize(100);
        assertThatThrownBy(() -> BoundedFiles.read(p, 99, "test file")).isInstanceOf(InputException.class)
                .hasMessage(p + ": the file is 100 bytes (100 bytes), above the 99 bytes limit for a test file "
                        + "(hint: check that this is the file you meant; a test file of CPO Lens is a few KB)");
    }

    @Test
    void missingFoldersAndDevicesAreNamed() throws IOException {
        assertThatThrownBy(() -> BoundedFiles.check(dir.resolve("nope"), 10, "YAML file")).hasMessageContaining("file not found");
        assertThatThrownBy(() -> BoundedFiles.check(dir, 10, "YAML file")).hasMessageContaining("is a folder, not a regular file");
        Path link = Files.createSymbolicLink(dir.resolve("null.yaml"), Path.of("/dev/null"));
        assertThatThrownBy(() -> BoundedFiles.check(link, 10, "YAML file")).hasMessageContaining("is a character device");
    }

    @Test
    void strictUtf8() throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.write(p, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> BoundedFiles.readUtf8(p, 100, "YAML file")).hasMessage(p + ": not UTF-8 text (hint: save the file as UTF-8)");
    }

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({"31,31 bytes", "1024,1 KiB", "1536,1.5 KiB", "4194304,4 MiB", "5242887,5.0 MiB", "3221225472,3.0 GiB"})
    void sizesInBinaryUnits(long bytes, String shown) {
        assertThat(BoundedFiles.size(bytes)).isEqualTo(shown);
    }

    /** Lines are counted over LF, CR LF and a lone CR alike, so the line named is the line a text editor shows. */
    @ParameterizedTest(name = "break {0}")
    @CsvSource({"LF", "CRLF", "CR"})
    void theLongLineIsNamedWhateverTheLineBreaks(String kind) {
        String nl = switch (kind) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String text = "name: t" + nl + "a: 1" + nl + "b: " + "x".repeat(YamlDoc.MAX_LINE_CHARS) + nl;
        assertThatThrownBy(() -> YamlDoc.parse("t.yaml", text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:3: the line has 16,387 characters, more than the 16,384 a line may have");
        assertThat(YamlDoc.parse("ok.yaml", "name: t" + nl + "b: " + "x".repeat(YamlDoc.MAX_LINE_CHARS - 3) + nl)
                .json().get("b").asText()).hasSize(YamlDoc.MAX_LINE_CHARS - 3);
    }

    /** Text given directly (the dashboard's requests) is held to the file limit too. */
    @Test
    void aDocumentAboveTheLimitIsRefusedWithoutParsing() {
        String text = ("k: v\n").repeat((int) (BoundedFiles.MAX_YAML_BYTES / 5) + 1);
        assertThatThrownBy(() -> YamlDoc.parse("big", text)).hasMessageContaining("more than the 4,194,304 a YAML document may have");
    }

    /** An alias used to read as its anchor's name ("*x" became the text "x"); now it is named. */
    @Test
    void aliasesAreRefusedNotReadAsText() {
        assertThatThrownBy(() -> YamlDoc.parse("a.yaml", "base: &b 800\nspeed: *b\n"))
                .hasMessage("a.yaml:2: '*b': YAML anchors and aliases are not supported (hint: write the value out where it is used)");
    }
}
