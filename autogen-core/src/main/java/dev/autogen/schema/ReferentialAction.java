package dev.autogen.schema;

/** What a foreign key does when the referenced row goes away. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
