package org.cpolens.io.revenue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpolens.model.InputException;

/**
 * The TWSE {@code t187ap05_L} / TPEx {@code mopsfin_t187ap05_O} OpenAPI: a JSON array of objects
 * keyed by the same 14 Chinese column names, every value a string. Rows may mix months during the
 * first days of a month. Extra keys are ignored and named in a note; an empty array is a month not
 * published yet.
 */
final class OpenApiJsonReader implements RevenueReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    @Override
    public RevenueFormat format() {
        return RevenueFormat.OPENAPI_JSON;
    }

    @Override
    public boolean accepts(char first) {
        return first == '[' || first == '{';
    }

    @Override
    public ParsedRevenueFile read(String source, String sha256, String encoding, String text, LocalDate today) {
        RowBuilder rows = new RowBuilder(today);
        Set<String> ignoredKeys = new LinkedHashSet<>();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new InputException(source + ":" + p.currentTokenLocation().getLineNr(), null, null,
                        "unknown format: JSON, but not an array of revenue objects",
                        "the TWSE/TPEx OpenAPI returns [ {\"" + RevenueColumns.REPORT_DATE + "\": ...}, ... ]");
            }
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new InputException(source, null, null, "the JSON array is never closed",
                            "the download may be cut short: fetch it again");
                }
                index++;
                int line = p.currentTokenLocation().getLineNr();
                String where = source + ":" + line + " (record " + index + ")";
                if (t != JsonToken.START_OBJECT) {
                    throw new InputException(where, null, p.getText(), "expected an object",
                            "each element is {\"" + RevenueColumns.REPORT_DATE + "\": \"1141107\", ...}");
                }
                JsonNode obj = MAPPER.readTree(p);
                Map<String, String> cells = new HashMap<>();
                for (String key : RevenueColumns.ALL) {
                    JsonNode v = obj.get(key);
                    if (v == null || v.isNull()) {
                        throw new InputException(where, key, null, "missing",
                                "each object needs the 14 MOPS keys: " + String.join(",", RevenueColumns.ALL));
                    }
                    if (!v.isValueNode()) {
                        throw new InputException(where, key, MopsCsvReader.abbreviate(v.toString()),
                                "expected a string value", "the OpenAPI writes every value as a string, e.g. \"123456\"");
                    }
                    cells.put(key, v.asText());
                }
                Iterator<String> names = obj.fieldNames();
                while (names.hasNext()) {
                    String k = names.next();
                    if (!RevenueColumns.ALL.contains(k)) {
                        ignoredKeys.add(k);
                    }
                }
                rows.add(where, cells);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(line > 0 ? source + ":" + line : source, null, null,
                    "not valid JSON (" + firstClause(e.getOriginalMessage()) + ")",
                    "the download may be cut short: fetch it again");
        } catch (IOException e) {
            throw new InputException(source, null, null, "cannot read: " + e.getMessage(), null);
        }
        List<String> notes = new ArrayList<>();
        if (!ignoredKeys.isEmpty()) {
            notes.add(source + ": ignored keys not in the MOPS table: " + String.join(", ", ignoredKeys));
        }
        if (rows.rows().isEmpty()) {
            notes.add(RevenueReader.notPublishedYet(source, "an empty array"));
        }
        return new ParsedRevenueFile(source, sha256, format(), encoding, rows.rows(), rows.mismatches(), notes);
    }

    /** Jackson's message up to its first line or parenthesis: the rest is parser internals. */
    private static String firstClause(String m) {
        if (m == null) {
            return "malformed";
        }
        String s = m.lines().findFirst().orElse(m);
        int paren = s.indexOf(" (");
        return paren > 0 ? s.substring(0, paren) : s;
    }
}
