package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;

import java.util.List;
import java.util.stream.Collectors;

/** Pieces of the fix SQL findings carry, quoted for the schema's dialect. */
final class FixSql {

    /** PostgreSQL truncates longer names silently and MySQL rejects them; 63 suits both. */
    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private FixSql() {
    }

    static String table(Dialect dialect, Table table) {
        String name = dialect.identifier(Names.unquote(table.name()));
        return table.schema() == null ? name : dialect.identifier(Names.unquote(table.schema())) + "." + name;
    }

    static String columnList(Dialect dialect, List<String> columns) {
        return columns.stream().map(c -> dialect.identifier(Names.unquote(c)))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** A constraint name such as {@code uk_t_order_order_no}, short enough for every dialect. */
    static String constraintName(String prefix, Table table, String column) {
        String name = prefix + "_" + NameWords.snake(table.name()) + "_" + NameWords.snake(column);
        return name.length() <= MAX_IDENTIFIER_LENGTH ? name : name.substring(0, MAX_IDENTIFIER_LENGTH);
    }
}
