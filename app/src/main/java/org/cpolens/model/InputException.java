package org.cpolens.model;

/**
 * A user's input is wrong. The message names where (file:line or a field path), the field, the bad
 * value and a hint, so the CLI can print it on one line and exit 1 without a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String field;
    private final String value;
    private final String problem;
    private final String hint;

    public InputException(String where, String field, Object value, String problem, String hint) {
        super(format(where, field, value, problem, hint));
        this.where = where;
        this.field = field;
        this.value = value == null ? null : String.valueOf(value);
        this.problem = problem;
        this.hint = hint;
    }

    /** For model code that knows only the field path, not the file. */
    public static InputException field(String field, Object value, String problem, String hint) {
        return new InputException(null, field, value, problem, hint);
    }

    /** The same error placed at a file location, for io code that maps field paths to lines. */
    public InputException at(String newWhere) {
        InputException e = new InputException(newWhere, field, value, problem, hint);
        e.initCause(this);
        return e;
    }

    private static String format(String where, String field, Object value, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        if (where != null && !where.isEmpty()) {
            sb.append(where).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append("field '").append(field).append("'");
            if (value != null) {
                sb.append(" = '").append(value).append("'");
            }
            sb.append(": ");
        } else if (value != null) {
            sb.append("'").append(value).append("': ");
        }
        sb.append(problem);
        if (hint != null && !hint.isEmpty()) {
            sb.append(" (hint: ").append(hint).append(")");
        }
        return sb.toString();
    }

    public String where() { return where; }
    public String field() { return field; }
    public String value() { return value; }
    public String problem() { return problem; }
    public String hint() { return hint; }
}
