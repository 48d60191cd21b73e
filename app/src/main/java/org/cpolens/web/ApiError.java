package org.cpolens.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.InputException;

/**
 * The body of an HTTP 400: what is wrong, which request parameter, the value sent, and a hint.
 *
 * @param error the problem, one line
 * @param field the request parameter (or scenario field) at fault; null when none applies
 * @param value the value received; null when missing
 * @param hint  what to send instead; null when there is nothing useful to say
 */
public record ApiError(String error, String field, String value, String hint) {
    public static ApiError of(InputException e, String field) {
        return new ApiError(e.problem(), field, e.value(), e.hint());
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("field", field);
        m.put("value", value);
        m.put("hint", hint);
        return m;
    }
}
