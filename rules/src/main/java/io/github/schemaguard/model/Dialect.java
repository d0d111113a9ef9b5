package io.github.schemaguard.model;

import java.util.Locale;

/** The SQL dialects the DDL reader and the fix generator know. */
public enum Dialect {
    MYSQL("`", "`"),
    POSTGRESQL("\"", "\""),
    H2("\"", "\""),
    GENERIC("\"", "\"");

    private final String openQuote;
    private final String closeQuote;

    Dialect(String openQuote, String closeQuote) {
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    /** Quotes an identifier only when it needs it, so fixes read like hand-written SQL. */
    public String identifier(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
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
