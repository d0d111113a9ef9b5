package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
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

    /**
     * {@code ALTER TABLE t MODIFY <column definition>;} in MySQL. MODIFY replaces the whole definition: the
     * default and the comment are restated so the fix loses nothing but what it means to change.
     */
    static String mysqlModify(Table table, Column column, String type, String collation, boolean nullable) {
        return mysqlModify(table, column, type, collation, nullable, "");
    }

    /** The same, with {@code attributes} such as {@code " AUTO_INCREMENT"} before the comment, where MySQL prints them. */
    static String mysqlModify(Table table, Column column, String type, String collation, boolean nullable,
                              String attributes) {
        StringBuilder definition = new StringBuilder("ALTER TABLE ").append(table(Dialect.MYSQL, table))
                .append(" MODIFY ").append(Dialect.MYSQL.identifier(Names.unquote(column.name())))
                .append(' ').append(type);
        if (collation != null) {
            // the binary collation belongs to the binary character set, which only that clause can name
            definition.append(collation.equalsIgnoreCase("binary") ? " CHARACTER SET " : " COLLATE ").append(collation);
        }
        definition.append(nullable ? " NULL" : " NOT NULL");
        if (column.defaultExpression() != null) {
            definition.append(" DEFAULT ").append(column.defaultExpression());
        }
        definition.append(attributes);
        if (column.comment() != null) {
            definition.append(" COMMENT '").append(column.comment().replace("'", "''")).append('\'');
        }
        return definition.append(';').toString();
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT uk_t_<named> UNIQUE (columns);} in the dialect. */
    static String addUniqueConstraint(Dialect dialect, Table table, String named, List<String> columns) {
        return "ALTER TABLE " + table(dialect, table) + " ADD CONSTRAINT "
                + dialect.identifier(constraintName("uk", table, named)) + " UNIQUE " + columnList(dialect, columns)
                + ";";
    }

    /** A constraint name such as {@code uk_t_order_order_no}, short enough for every dialect. */
    static String constraintName(String prefix, Table table, String column) {
        String name = prefix + "_" + NameWords.snake(table.name()) + "_" + NameWords.snake(column);
        return name.length() <= MAX_IDENTIFIER_LENGTH ? name : name.substring(0, MAX_IDENTIFIER_LENGTH);
    }
}
