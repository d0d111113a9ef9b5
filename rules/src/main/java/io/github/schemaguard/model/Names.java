package io.github.schemaguard.model;

import java.util.Locale;

/** Identifier comparison: unquoted and case-insensitive, as the dialects resolve names. */
public final class Names {

    private Names() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && unquote(a).equalsIgnoreCase(unquote(b));
    }

    /** Strips one level of backtick, double-quote or bracket quoting. */
    public static String unquote(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        if ((first == '`' && last == '`') || (first == '"' && last == '"') || (first == '[' && last == ']')) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** The lookup key for a name: unquoted and lower-cased. */
    public static String key(String name) {
        return unquote(name).toLowerCase(Locale.ROOT);
    }
}
