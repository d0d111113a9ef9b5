package io.github.schemaguard.model;

import java.util.Locale;
import java.util.Set;

/** The SQL dialects the DDL reader and the fix generator know. */
public enum Dialect {
    MYSQL("`", "`"),
    POSTGRESQL("\"", "\""),
    H2("\"", "\""),
    GENERIC("\"", "\"");

    /** Words reserved in MySQL or PostgreSQL that are also common table and column names. */
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "as", "asc", "between", "by", "case",
            "check", "column", "constraint", "create", "cross", "default", "desc", "distinct", "drop", "else", "end",
            "exists", "false", "for", "foreign", "from", "full", "group", "having", "in", "index", "inner", "insert",
            "into", "is", "join", "key", "left", "like", "limit", "not", "null", "on", "or", "order", "outer",
            "primary", "references", "right", "select", "set", "table", "then", "to", "true", "union", "unique",
            "update", "user", "using", "values", "when", "where", "with");

    private final String openQuote;
    private final String closeQuote;

    Dialect(String openQuote, String closeQuote) {
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    /** Quotes an identifier only when needed (odd characters, reserved word): fixes read like hand-written SQL. */
    public String identifier(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*") && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return openQuote + name.replace(closeQuote, closeQuote + closeQuote) + closeQuote;
    }

    /** Parses a user setting; {@code auto} (or blank) yields {@code null}, meaning detect. */
    public static Dialect parseOrAuto(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        switch (v) {
            case "MARIADB": return MYSQL;
            case "POSTGRES": return POSTGRESQL;
            default:
                try {
                    return Dialect.valueOf(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown dialect '" + value
                            + "': use auto, mysql, mariadb, postgresql, h2 or generic");
                }
        }
    }
}
