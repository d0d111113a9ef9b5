package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Names;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.drop.Drop;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies one statement parsed by JSqlParser to the schema. Statements about objects the model does not
 * hold (views, sequences, functions, ...) change nothing.
 */
final class JsqlStatementApplier {
    private JsqlStatementApplier() {
    }

    static void apply(Statement statement, StatementContext context) {
        if (statement instanceof CreateTable create) {
            CreateTableApplier.apply(create, context);
        } else if (statement instanceof Alter alter) {
            AlterTableApplier.apply(alter, context);
        } else if (statement instanceof CreateIndex index) {
            // Only reached when the token reader, which takes key parts as written, refused the statement.
            createIndex(index, context);
        } else if (statement instanceof Drop drop) {
            drop(drop, context);
        } else if (statement instanceof RenameTableStatement rename) {
            for (Map.Entry<Table, Table> names : rename.getTableNames()) {
                context.table(JsqlElements.tableName(names.getKey()))
                        .ifPresent(t -> t.rename(JsqlElements.tableName(names.getValue()).name()));
            }
        } else if (statement instanceof Comment comment) {
            comment(comment, context);
        } else if (statement instanceof CreateTrigger trigger) {
            TriggerText.apply(context, Names.unquote(trigger.getTrigger().getName()),
                    JsqlElements.tableName(trigger.getTable()));
        }
    }

    private static void createIndex(CreateIndex create, StatementContext context) {
        context.table(JsqlElements.tableName(create.getTable())).ifPresent(table -> {
            Index index = create.getIndex();
            String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
            boolean unique = type.contains("UNIQUE");
            String predicate = create.getWhere() == null ? null : SqlText.unparenthesize(create.getWhere().toString());
            boolean nullsDistinct = !ColumnSpecReader.NULLS_NOT_DISTINCT.matcher(create.toString()).find();
            table.addKey(JsqlElements.key(index, JsqlElements.indexName(index),
                    unique ? KeyKind.UNIQUE_INDEX : KeyKind.INDEX, predicate, nullsDistinct, context.location())
                    .withMethod(index.getUsing() != null ? index.getUsing() : fulltextOrSpatial(type))
                    .withIncluded(create.getIncludeColumns()));
        });
    }

    /** MySQL's CREATE FULLTEXT/SPATIAL INDEX: they answer other questions than a b-tree on the same columns. */
    private static String fulltextOrSpatial(String type) {
        return type.contains("FULLTEXT") ? "fulltext" : type.contains("SPATIAL") ? "spatial" : null;
    }

    private static void drop(Drop drop, StatementContext context) {
        String type = drop.getType() == null ? "" : drop.getType().toUpperCase();
        List<Table> names = drop.getNames() != null ? drop.getNames() : List.of(drop.getName());
        for (Table name : names) {
            switch (type) {
                case "TABLE" -> context.schema().drop(JsqlElements.tableName(name));
                case "INDEX" -> dropIndex(drop, name, context);
                case "TRIGGER" -> context.schema().tables().forEach(t -> t.dropTrigger(Names.unquote(name.getName())));
                default -> { }
            }
        }
    }

    /** DROP INDEX name [ON table]: MySQL names the table, PostgreSQL finds the index by name. */
    private static void dropIndex(Drop drop, Table name, StatementContext context) {
        String indexName = Names.unquote(name.getName());
        List<String> parameters = drop.getParameters() == null ? List.of() : drop.getParameters();
        int on = indexOfIgnoreCase(parameters, "ON");
        if (on >= 0 && on + 1 < parameters.size()) {
            context.table(TableName.parse(parameters.get(on + 1)))
                    .ifPresent(t -> t.dropNamed(indexName, context.location()));
        } else {
            context.schema().ownerOfKey(name.getSchemaName() == null ? null : Names.unquote(name.getSchemaName()),
                    indexName).ifPresent(t -> t.dropNamed(indexName, context.location()));
        }
    }

    private static int indexOfIgnoreCase(List<String> words, String word) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase(word)) {
                return i;
            }
        }
        return -1;
    }

    /** COMMENT ON TABLE t / COMMENT ON COLUMN [schema.]t.c IS '...'. */
    private static void comment(Comment comment, StatementContext context) {
        String text = comment.getComment() == null ? null
                : SqlText.stringValue("'" + comment.getComment().getValue() + "'", context.backslashEscapes());
        if (comment.getTable() != null) {
            context.table(JsqlElements.tableName(comment.getTable())).ifPresent(t -> t.comment(text));
        } else if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
            Table table = comment.getColumn().getTable();
            context.table(JsqlElements.tableName(table)).flatMap(t -> t.column(
                    Names.unquote(comment.getColumn().getColumnName()))).ifPresent(c -> c.comment = text);
        }
    }
}
