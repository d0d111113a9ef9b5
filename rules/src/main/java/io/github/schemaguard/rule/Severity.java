package io.github.schemaguard.rule;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String value) {
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown severity '" + value + "': use error, warning or info");
        }
    }
}
