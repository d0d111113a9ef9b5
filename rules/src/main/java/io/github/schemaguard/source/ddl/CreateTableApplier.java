package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Names;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.table.TableOption;


import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a parsed CREATE TABLE: columns (a PostgreSQL {@code PARTITION OF} takes its parent's), inline and
 * table-level keys, the table comment. A table created again (even with IF NOT EXISTS) replaces the earlier
 * one: dumps re-create tables, and the latest definition is what the migrations mean.
 */
final class CreateTableApplier {
    private CreateTableApplier() {
    }

    /** {@code COLLATE=y}, or {@code binary} for {@code CHARSET=binary}; other character sets compare case-blind. */
    private static Optional<String> defaultCollation(List<TableOption> options) {
        Optional<String> collate = options.stream().filter(o -> o.getKind() == TableOption.Kind.COLLATE)
                .map(TableOption::getValue).filter(Objects::nonNull).map(Names::unquote).findFirst();
        return collate.or(() -> options.stream().filter(o -> o.getKind() == TableOption.Kind.CHARACTER_SET)
                .map(TableOption::getValue).filter(v -> v != null && Names.unquote(v).equalsIgnoreCase("binary"))
                .findFirst());
    }

    static void apply(CreateTable create, StatementContext context) {
        TableName name = JsqlElements.tableName(create.getTable());
        TableBuilder table = context.schema().create(name, context.location());
        context.skipPast(create.getTable().getName());
        if (create.getPartitionOf() != null) {
            context.table(JsqlElements.tableName(create.getPartitionOf())).ifPresent(parent -> {
                table.copyColumnsOf(parent);
                table.attachTo(parent);
            });
        }
        List<ColumnDefinition> definitions = create.getColumnDefinitions() == null ? List.of()
                : create.getColumnDefinitions();
        for (ColumnDefinition definition : definitions) {
            JsqlElements.addColumn(definition, context, table);
        }
        if (create.getIndexes() != null) {
            for (Index index : create.getIndexes()) {
                JsqlElements.addIndex(index, table, context);
            }
        }
        if (create.getTableOptions() != null) {
            create.getTableOptions().stream()
                    .filter(o -> o.getKind() == TableOption.Kind.COMMENT && o.getValue() != null)
                    .forEach(o -> table.comment(SqlText.stringValue(o.getValue(), context.backslashEscapes())));
            defaultCollation(create.getTableOptions()).ifPresent(table::defaultCollation);
        }
    }
}
