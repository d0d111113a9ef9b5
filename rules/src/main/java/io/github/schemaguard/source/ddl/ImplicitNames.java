package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Names;

import java.util.List;

/**
 * The names databases give to constraints declared without one, so that a later
 * {@code DROP CONSTRAINT orders_code_key} (PostgreSQL) or {@code DROP INDEX code} (MySQL) finds them.
 */
final class ImplicitNames {
    private ImplicitNames() {
    }

    /** Whether {@code dropped} names the unnamed key of kind {@code kind} on {@code columns} of {@code table}. */
    static boolean matches(String table, KeyKind kind, List<String> columns, String dropped) {
        if (columns.isEmpty()) {
            return false;
        }
        String suffix = switch (kind) {
            case PRIMARY_KEY -> "pkey";
            case UNIQUE_CONSTRAINT, UNIQUE_INDEX -> "key";
            case INDEX -> "idx";
        };
        String postgres = kind == KeyKind.PRIMARY_KEY ? table + "_pkey"
                : table + "_" + String.join("_", columns) + "_" + suffix;
        boolean mysql = kind == KeyKind.PRIMARY_KEY ? Names.same(dropped, "PRIMARY")
                : Names.same(dropped, columns.get(0));
        return mysql || Names.same(dropped, postgres);
    }

    /** PostgreSQL's name for an unnamed foreign key: {@code <table>_<first column>_fkey}. */
    static boolean matchesForeignKey(String table, List<String> columns, String dropped) {
        return !columns.isEmpty() && Names.same(dropped, table + "_" + columns.get(0) + "_fkey");
    }
}
