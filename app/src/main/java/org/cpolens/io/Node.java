package org.cpolens.io;

import org.cpolens.model.units.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Bound;

/**
 * A strict view of one YAML value: every read checks the type and range and, when wrong, throws an
 * {@link InputException} naming {@code file:line}, the dotted field path, the value and a hint.
 */
public final class Node {
    private final YamlDoc doc;
    private final String pointer;
    private final String path;
    private final JsonNode json;

    Node(YamlDoc doc, String pointer, String path, JsonNode json) {
        this.doc = doc;
        this.pointer = pointer;
        this.path = path;
        this.json = json;
    }

    public String path() {
        return path;
    }

    public String where() {
        return doc.where(pointer);
    }

    public JsonNode json() {
        return json;
    }

    public YamlDoc doc() {
        return doc;
    }

    /** An error about this value. */
    public InputException error(String problem, String hint) {
        return new InputException(where(), path, json == null || json.isContainerNode() ? null : json.asText(), problem, hint);
    }

    /** Checks that this is a mapping whose keys are all in {@code allowed}. */
    public Node expectKeys(Collection<String> allowed) {
        requireObject();
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                Node child = child(key);
                throw new InputException(child.where(), child.path, null, "unknown key",
                        Suggest.hint(key, allowed));
            }
        }
        return this;
    }

    public Node expectKeys(String... allowed) {
        return expectKeys(Set.of(allowed));
    }

    private void requireObject() {
        if (json == null || !json.isObject()) {
            throw error("expected a mapping (key: value lines)", null);
        }
    }

    public boolean has(String key) {
        return json != null && json.isObject() && json.has(key) && !json.get(key).isNull();
    }

    /** A child that may be missing: its reads then fail with "missing", and {@link #present} is false. */
    public Node child(String key) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        JsonNode c = json == null ? null : json.get(key);
        return new Node(doc, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), childPath, c);
    }

    public boolean present() {
        return json != null && !json.isNull();
    }

    public Optional<Node> optional(String key) {
        return has(key) ? Optional.of(child(key)) : Optional.empty();
    }

    /** A required child. */
    public Node require(String key) {
        requireObject();
        Node c = child(key);
        if (!c.present()) {
            throw new InputException(where(), c.path, null, "missing", "add '" + key + ": ...' here");
        }
        return c;
    }

    public List<Node> elements() {
        if (json == null || !json.isArray()) {
            throw error("expected a list (lines starting with '- ')", null);
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(doc, pointer + "/" + i, path + "[" + i + "]", json.get(i)));
        }
        return out;
    }

    /** The entries of a mapping in file order. */
    public Map<String, Node> entries() {
        requireObject();
        Map<String, Node> out = new LinkedHashMap<>();
        json.fieldNames().forEachRemaining(k -> out.put(k, child(k)));
        return out;
    }

    public boolean isObject() {
        return json != null && json.isObject();
    }

    public boolean isText() {
        return json != null && json.isTextual();
    }

    public String text() {
        if (!present()) {
            throw error("missing", null);
        }
        if (!json.isValueNode()) {
            throw error("expected a single value, not a " + (json.isArray() ? "list" : "mapping"), null);
        }
        return json.asText();
    }

    public double number() {
        if (!present()) {
            throw error("missing", null);
        }
        if (json.isNumber()) {
            double v = json.asDouble();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw error("not a finite number", null);
            }
            return v;
        }
        if (json.isTextual()) {
            String s = json.asText().trim().replace("_", "").replace(",", "");
            try {
                double v = Double.parseDouble(s);
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
        }
        throw error("not a number", "write a plain number such as 16.93");
    }

    public double positive() {
        return within(Bound.POSITIVE);
    }

    public double nonNegative() {
        return within(Bound.NON_NEGATIVE);
    }

    /** A number the bound accepts. */
    public double within(Bound bound) {
        double v = number();
        if (!bound.accepts(v)) {
            throw error(bound.rule(), null);
        }
        return v;
    }

    /** A number within [min, max]. */
    public double between(double min, double max) {
        double v = number();
        if (v < min || v > max) {
            throw error("must be between " + Numbers.plain(min) + " and " + Numbers.plain(max), null);
        }
        return v;
    }

    public long integer() {
        double v = number();
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw error("must be a whole number", null);
        }
        return (long) v;
    }

    public long positiveInteger() {
        long v = integer();
        if (v < 1) {
            throw error("must be at least 1", null);
        }
        return v;
    }

    public boolean bool() {
        if (json != null && json.isBoolean()) {
            return json.asBoolean();
        }
        throw error("expected true or false", null);
    }

    /** One of a fixed set of words. */
    public String oneOf(Collection<String> words) {
        String s = text();
        if (!words.contains(s)) {
            throw error("not a known value", Suggest.hint(s, words));
        }
        return s;
    }

}
