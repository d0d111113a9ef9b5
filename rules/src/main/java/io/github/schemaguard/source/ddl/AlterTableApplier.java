package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterExpressionPartition;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Applies a parsed ALTER TABLE, action by action, in the order written. */
final class AlterTableApplier {
    private AlterTableApplier() {
    }

    static void apply(Alter alter, StatementContext context) {
        TableName name = JsqlElements.tableName(alter.getTable());
        context.table(name).ifPresent(table -> {
            context.skipPast(alter.getTable().getName());
            for (AlterExpression action : alter.getAlterExpressions()) {
                apply(action, table, context);
            }
        });
    }

    private static void apply(AlterExpression action, TableBuilder table, StatementContext context) {
        switch (action.getOperation()) {
            case ADD -> add(action, table, context);
            case MODIFY, ALTER -> alterColumns(action, table, context);
            case CHANGE -> change(action, table, context);
            case DROP -> drop(action, table, context.location());
            case DROP_PRIMARY_KEY -> table.dropPrimaryKey(context.location());
            case DROP_UNIQUE, DROP_FOREIGN_KEY -> dropConstraint(action, table, context.location());
            case RENAME -> table.renameColumn(Names.unquote(action.getColumnOldName()),
                    Names.unquote(action.getColumnName()));
            case RENAME_TABLE -> table.rename(TableName.parse(action.getNewTableName()).name());
            case RENAME_INDEX, RENAME_KEY, RENAME_CONSTRAINT -> {
                if (action.getOldIndex() != null && action.getIndex() != null) {
                    table.renameKey(JsqlElements.indexName(action.getOldIndex()),
                            JsqlElements.indexName(action.getIndex()));
                }
            }
            case ATTACH_PARTITION -> partition(action, context).ifPresent(p -> p.attachTo(table));
            case DETACH_PARTITION -> partition(action, context).ifPresent(TableBuilder::detach);
            case COMMENT, COMMENT_WITH_EQUAL_SIGN ->
                    table.comment(SqlText.stringValue(action.getCommentText(), context.backslashEscapes()));
            default -> { }
        }
    }

    /** The table named by PostgreSQL's ATTACH/DETACH PARTITION; a detached partition keeps the keys it had. */
    private static Optional<TableBuilder> partition(AlterExpression action, StatementContext context) {
        return action instanceof AlterExpressionPartition partition && partition.getPartitionTable() != null
                ? context.table(JsqlElements.tableName(partition.getPartitionTable())) : Optional.empty();
    }

    private static void add(AlterExpression action, TableBuilder table, StatementContext context) {
        if (action.getIndex() != null) {
            JsqlElements.addIndex(action.getIndex(), table, context);
        }
        for (ColumnDefinition definition : definitions(action)) {
            JsqlElements.addColumn(definition, context, table);
        }
    }

    /** MODIFY col type ... (a new definition) and ALTER COLUMN col SET/DROP DEFAULT/NOT NULL, TYPE. */
    private static void alterColumns(AlterExpression action, TableBuilder table, StatementContext context) {
        for (AlterExpression.ColumnDataType definition : definitions(action)) {
            String columnName = Names.unquote(definition.getColumnName());
            if (action.getOperation() == AlterOperation.MODIFY) {
                table.column(columnName).ifPresent(old -> redefine(definition, old, table, context));
            } else {
                table.column(columnName).ifPresent(c -> c.type = JsqlElements.typeText(definition.getColDataType()));
            }
        }
        each(action.getColumnSetDefaultList(), d -> table.column(Names.unquote(d.getColumnName()))
                .ifPresent(c -> ColumnSpecReader.setDefault(c, d.getDefaultExpression() == null
                        ? d.getDefaultValue() : d.getDefaultExpression().toString())));
        each(action.getColumnDropDefaultList(), d -> table.column(Names.unquote(d.getColumnName()))
                .ifPresent(c -> c.defaultExpression = null));
        each(action.getColumnSetNotNullList(), d -> table.column(Names.unquote(d.getColumnName()))
                .ifPresent(c -> c.nullable = false));
        each(action.getColumnDropNotNullList(), d -> table.column(Names.unquote(d.getColumnName()))
                .ifPresent(c -> c.nullable = true));
    }

    /** MySQL CHANGE old new type ...: a whole new definition, possibly renamed, in the old position. */
    private static void change(AlterExpression action, TableBuilder table, StatementContext context) {
        String oldName = Names.unquote(action.getColumnOldName());
        for (AlterExpression.ColumnDataType definition : definitions(action)) {
            table.column(oldName).ifPresent(old -> {
                table.renameColumn(oldName, Names.unquote(definition.getColumnName()));
                redefine(definition, old, table, context);
            });
        }
    }

    /**
     * Replaces a column's definition in place, as MODIFY and CHANGE do: what is not restated is gone.
     * The column is then located at its latest definition.
     */
    private static void redefine(ColumnDefinition definition, ColumnBuilder old, TableBuilder table,
                                 StatementContext context) {
        ColumnBuilder column = new ColumnBuilder(Names.unquote(definition.getColumnName()),
                JsqlElements.typeText(definition.getColDataType()),
                context.locateDefinition(definition.getColumnName()));
        ColumnSpecReader.Inline inline = ColumnSpecReader.read(definition.getColumnSpecs(), column, context);
        JsqlElements.characterSet(definition, column);
        table.replaceColumn(old.name, column);
        JsqlElements.addInline(inline, column.name, table);
    }

    private static void drop(AlterExpression action, TableBuilder table, Location droppedAt) {
        if (action.getColumnName() != null) {
            table.dropColumn(Names.unquote(action.getColumnName()), droppedAt);
        } else if (action.getIndex() != null) {
            table.dropNamed(JsqlElements.indexName(action.getIndex()), droppedAt);
        } else {
            dropConstraint(action, table, droppedAt);
        }
    }

    private static void dropConstraint(AlterExpression action, TableBuilder table, Location droppedAt) {
        if (action.getConstraintName() != null) {
            table.dropNamed(Names.unquote(action.getConstraintName()), droppedAt);
        } else if (action.getIndex() != null && JsqlElements.indexName(action.getIndex()) != null) {
            table.dropNamed(JsqlElements.indexName(action.getIndex()), droppedAt);
        }
    }

    private static List<AlterExpression.ColumnDataType> definitions(AlterExpression action) {
        return action.getColDataTypeList() == null ? List.of() : action.getColDataTypeList();
    }

    private static <T> void each(List<T> items, Consumer<T> action) {
        if (items != null) {
            items.forEach(action);
        }
    }
}
