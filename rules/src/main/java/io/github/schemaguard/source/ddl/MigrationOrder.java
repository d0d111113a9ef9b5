package io.github.schemaguard.source.ddl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders DDL files the way Flyway applies them, so the model is the schema after the last
 * migration: versioned {@code V<version>__*.sql} by numeric version, then repeatable
 * {@code R__*.sql} by name, then every other file by relative path.
 * Compares '/'-separated relative paths; only the file name decides the migration kind.
 */
public final class MigrationOrder implements Comparator<String> {
    public static final MigrationOrder INSTANCE = new MigrationOrder();

    private static final int VERSIONED = 0;
    private static final int REPEATABLE = 1;
    private static final int OTHER = 2;

    private MigrationOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String nameA = fileName(a);
        String nameB = fileName(b);
        int kindA = kind(nameA);
        int kindB = kind(nameB);
        if (kindA != kindB) {
            return Integer.compare(kindA, kindB);
        }
        if (kindA == VERSIONED) {
            int byVersion = compareVersions(version(nameA), version(nameB));
            if (byVersion != 0) {
                return byVersion;
            }
        } else if (kindA == REPEATABLE) {
            int byName = nameA.compareTo(nameB);
            if (byName != 0) {
                return byName;
            }
        }
        return a.compareTo(b);
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    private static int kind(String name) {
        if (version(name) != null) {
            return VERSIONED;
        }
        return name.startsWith("R__") ? REPEATABLE : OTHER;
    }

    /** The version parts of {@code V1.2_3__x.sql}, or null when the name is not a versioned migration. */
    private static List<String> version(String name) {
        int separator = name.indexOf("__");
        if (!name.startsWith("V") || separator < 2) {
            return null;
        }
        String version = name.substring(1, separator);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= version.length(); i++) {
            if (i == version.length() || version.charAt(i) == '.' || version.charAt(i) == '_') {
                String part = version.substring(start, i);
                if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
                parts.add(part);
                start = i + 1;
            }
        }
        return parts;
    }

    /** Part by part, numerically; a missing part counts as 0, so V1 equals V1.0 and sorts before V1.1. */
    private static int compareVersions(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "0";
            String y = i < b.size() ? b.get(i) : "0";
            int c = compareNumbers(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Digit strings of any length, compared without overflow. */
    private static int compareNumbers(String x, String y) {
        String a = stripLeadingZeros(x);
        String b = stripLeadingZeros(y);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
