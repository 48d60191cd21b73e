package org.cpolens.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpolens.model.InputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A parsed YAML (or JSON) document that remembers the line of every key, so that any error
 * found later, however deep, can name {@code file:line}. Read it through {@link Node}.
 */
public final class YamlDoc {
    /**
     * Longest line parsed. SnakeYAML re-copies its whole look-ahead window every 1,024 characters
     * it reads, so one token of n characters costs about n^2/2,048 copies (a 5 MB scalar took 28 s).
     * A token never spans more than a line, so with lines this short the parse is linear: the worst
     * 4 MiB file (every line one 16 K token) parses in about half a second. The longest bundled
     * line has 251 characters.
     */
    public static final int MAX_LINE_CHARS = 16_384;
    /** Nesting depth: the deepest bundled file nests 5 levels. */
    static final int MAX_DEPTH = 50;
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .maxStringLength((int) BoundedFiles.MAX_YAML_BYTES)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDoc(String name, JsonNode root, Map<String, Integer> lines) {
        this.name = name;
        this.root = root;
        this.lines = lines;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        // code points <= UTF-8 bytes: what passed the file-size check passes this; it bounds text given directly
        o.setCodePointLimit((int) BoundedFiles.MAX_YAML_BYTES);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setAllowRecursiveKeys(false);
        return o;
    }

    /**
     * Reads a YAML file: a regular file of at most {@link BoundedFiles#MAX_YAML_BYTES}, checked
     * before it is opened (a FIFO, a device, a folder or a huge file is refused with its size).
     */
    public static YamlDoc read(Path file) {
        return parse(file.toString(), BoundedFiles.readUtf8(file, BoundedFiles.MAX_YAML_BYTES, "YAML file"));
    }

    /**
     * Reads {@code arg} as a file when one exists, else as the bundled {@code folder/arg.yaml}
     * ({@code arg} may carry the folder and the extension). Unknown names get the nearest bundled one.
     *
     * @param folder  "scenarios" or "grids": the repository folder and the resource folder
     * @param option  the command-line option the name came from, for the error
     * @param bundled the bundled names, for the hint
     */
    public static YamlDoc readFileOrBundled(String arg, String folder, String option, List<String> bundled) {
        Path p = Path.of(arg);
        if (Files.exists(p)) {
            return read(p);
        }
        String bare = arg.endsWith(".yaml") ? arg.substring(0, arg.length() - 5) : arg;
        bare = bare.startsWith(folder + "/") ? bare.substring(folder.length() + 1) : bare;
        InputStream in = YamlDoc.class.getResourceAsStream("/" + folder + "/" + bare + ".yaml");
        if (in == null) {
            String kind = folder.substring(0, folder.length() - 1);
            boolean looksLikePath = arg.contains("/") || arg.contains(java.io.File.separator) || arg.endsWith(".yaml");
            throw new InputException(null, option, arg,
                    looksLikePath ? "file not found" : "no such file, nor a bundled " + kind,
                    looksLikePath ? "check the path; bundled " + folder + ": " + String.join(", ", bundled)
                            : Suggest.hint(bare, bundled));
        }
        return read(folder + "/" + bare + ".yaml", in);
    }

    public static YamlDoc read(String name, InputStream in) {
        try (in) {
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(name, null, null, "cannot read: " + e.getMessage(), null);
        }
    }

    public static YamlDoc parse(String name, String text) {
        Map<String, Integer> lines = new HashMap<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        checkSize(name, text);
        try (Reader reader = new StringReader(text); JsonParser p = YAML.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(name, null, null, "the file is empty", "see scenarios/broadcom-32k.yaml or grids/cpo-map.yaml for an example");
            }
            JsonNode root = readValue(name, p, "", lines);
            if (!root.isObject()) {
                throw new InputException(name + ":1", null, null, "expected a YAML mapping (key: value lines) at the top",
                        "see scenarios/broadcom-32k.yaml or grids/cpo-map.yaml for an example");
            }
            return new YamlDoc(name, root, lines);
        } catch (StreamConstraintsException e) {
            // a limit of the parser, not a syntax error: say which, without the library's wording
            String msg = String.valueOf(e.getOriginalMessage());
            boolean depth = msg.contains("nesting depth");
            throw new InputException(name, null, null, depth ? "nested deeper than " + MAX_DEPTH + " levels"
                    : "a value is longer than the parser accepts (" + msg.replaceAll(" \\(from `.*", "") + ")",
                    depth ? "a CPO Lens file nests a few levels: look for brackets that are never closed"
                            : "check that this is the file you meant");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? name : name + ":" + loc.getLineNr();
            throw new InputException(where, null, null, "not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").trim(),
                    "check indentation and that every 'key: value' has a space after the colon");
        } catch (IOException e) {
            throw new InputException(name, null, null, "cannot read: " + e.getMessage(), null);
        }
    }

    /** Refuses text the parser would take super-linear time or unbounded memory on, before parsing it. */
    private static void checkSize(String name, String text) {
        if (text.length() > BoundedFiles.MAX_YAML_BYTES) {
            throw new InputException(name, null, null, "the document has " + String.format(Locale.ROOT, "%,d", text.length())
                    + " characters, more than the " + String.format(Locale.ROOT, "%,d", BoundedFiles.MAX_YAML_BYTES)
                    + " a YAML document may have", "check that this is the document you meant");
        }
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                int length = i - start;
                if (length > MAX_LINE_CHARS) {
                    throw new InputException(name + ":" + line, null, null, "the line has "
                            + String.format(Locale.ROOT, "%,d", length) + " characters, more than the "
                            + String.format(Locale.ROOT, "%,d", MAX_LINE_CHARS) + " a line may have",
                            "break a long value over several lines (YAML folds them), or check that this is a YAML file");
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++; // CR LF is one break
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static JsonNode readValue(String name, JsonParser p, String ptr, Map<String, Integer> lines)
            throws IOException {
        JsonToken t = p.currentToken();
        lines.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = ptr + "/" + escape(key);
                    int line = p.currentTokenLocation().getLineNr();
                    if (o.has(key)) {
                        throw new InputException(name + ":" + line, key, null, "the key appears twice in the same mapping",
                                "keep one of them");
                    }
                    lines.put(child, line);
                    p.nextToken();
                    o.set(key, readValue(name, p, child, lines));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = ptr + "/" + i;
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    a.add(readValue(name, p, child, lines));
                    i++;
                }
                return a;
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    // Jackson's streaming parser reads an alias as its anchor's name: refuse it rather
                    // than take "*x" for the text "x" (and no alias bomb can grow here either way)
                    throw new InputException(name + ":" + p.currentTokenLocation().getLineNr(), null, "*" + p.getText(),
                            "YAML anchors and aliases are not supported", "write the value out where it is used");
                }
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new InputException(name + ":" + p.currentTokenLocation().getLineNr(), null, p.getText(),
                        "unexpected YAML token " + t, null);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public String name() {
        return name;
    }

    /** The root mapping. */
    public Node root() {
        return new Node(this, "", "", root);
    }

    /** {@code file:line} of a JSON pointer, or of its nearest known parent. */
    public String where(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return name + ":" + line;
            }
            if (p.isEmpty()) {
                return name;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** The raw tree, for code that maps it with Jackson and reports errors through {@link #where}. */
    public JsonNode json() {
        return root;
    }
}
