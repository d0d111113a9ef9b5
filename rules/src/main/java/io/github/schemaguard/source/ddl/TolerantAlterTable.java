package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tolerant reader's ALTER TABLE: ADD/DROP CONSTRAINT (with PostgreSQL's USING INDEX, DEFERRABLE, NOT VALID),
 * ADD/DROP INDEX and KEY, DROP FOREIGN/PRIMARY KEY, DROP COLUMN, ALTER COLUMN SET/DROP DEFAULT and NOT NULL,
 * TYPE, RENAME, ATTACH/DETACH PARTITION. Each action becomes a change that is applied only when every action was
 * understood.
 */
final class TolerantAlterTable {
    /** ALTER TABLE actions that change nothing the model holds. */
    private static final Set<String> NEUTRAL_ACTIONS = Set.of("OWNER", "SET", "RESET", "CLUSTER", "REPLICA",
            "ENABLE", "DISABLE", "VALIDATE", "INHERIT", "NO", "FORCE");

    private TolerantAlterTable() {
    }

    /**
     * ALTER TABLE [IF EXISTS] [ONLY] t action, ...: every action must be one this reader knows, or the
     * statement is refused as a whole.
     */
    static boolean apply(SqlTokens tokens, StatementContext context) {
        tokens.accept("IF", "EXISTS");
        tokens.accept("ONLY");
        String tableName = tokens.qualifiedName();
        if (tableName == null) {
            return false;
        }
        List<Consumer<TableBuilder>> changes = new ArrayList<>();
        while (!tokens.atEnd()) {
            Consumer<TableBuilder> change = alterAction(tokens, context);
            if (change == null) {
                return false;
            }
            changes.add(change);
            tokens.skipToNextItem();
        }
        context.table(TableName.parse(tableName)).ifPresent(t -> changes.forEach(c -> c.accept(t)));
        return true;
    }

    private static Consumer<TableBuilder> alterAction(SqlTokens tokens, StatementContext context) {
        if (tokens.accept("ADD")) {
            String constraint = tokens.accept("CONSTRAINT") ? Names.unquote(tokens.next().text()) : null;
            return addConstraint(tokens, constraint, context);
        }
        if (tokens.accept("DROP")) {
            return dropConstraint(tokens, context.location());
        }
        if (tokens.accept("ALTER")) {
            tokens.accept("COLUMN");
            return alterColumn(tokens);
        }
        if (tokens.accept("RENAME")) {
            return rename(tokens);
        }
        if (tokens.peek().is("ATTACH") || tokens.peek().is("DETACH")) {
            return partition(tokens, context);
        }
        return NEUTRAL_ACTIONS.contains(tokens.peek().text().toUpperCase(Locale.ROOT)) ? table -> { } : null;
    }

    private static Consumer<TableBuilder> addConstraint(SqlTokens tokens, String constraint, StatementContext context) {
        if (tokens.accept("PRIMARY", "KEY")) {
            return keyClause(tokens, constraint, KeyKind.PRIMARY_KEY, context);
        }
        if (tokens.accept("UNIQUE")) {
            boolean index = tokens.accept("KEY") || tokens.accept("INDEX");
            if (!tokens.peek().is("(") && !tokens.peek().is("USING") && !tokens.peek().is("NULLS")
                    && tokens.peek().isName()) {
                constraint = Names.unquote(tokens.next().text());
            }
            return keyClause(tokens, constraint, index ? KeyKind.UNIQUE_INDEX : KeyKind.UNIQUE_CONSTRAINT, context);
        }
        if (tokens.accept("FOREIGN", "KEY")) {
            List<String> columns = tokens.parenthesisedParts();
            String referenced = tokens.accept("REFERENCES") ? tokens.qualifiedName() : null;
            if (columns == null || referenced == null) {
                return null;
            }
            List<String> referencedColumns = Optional.ofNullable(tokens.parenthesisedParts()).orElse(List.of());
            ForeignKey fk = new ForeignKey(constraint, SqlText.unquoted(columns), TableName.parse(referenced).name(),
                    SqlText.unquoted(referencedColumns), locate(constraint, context));
            return table -> table.addForeignKey(fk);
        }
        boolean fulltext = tokens.accept("FULLTEXT") || tokens.accept("SPATIAL");
        if (tokens.accept("INDEX") || tokens.accept("KEY") || fulltext) {
            if (!tokens.peek().is("(") && !tokens.peek().is("USING") && tokens.peek().isName()) {
                constraint = Names.unquote(tokens.next().text());
            }
            return keyClause(tokens, constraint, KeyKind.INDEX, context);
        }
        if (tokens.accept("CHECK") || tokens.accept("EXCLUDE")) {
            return table -> { };
        }
        return null;
    }

    private static Location locate(String name, StatementContext context) {
        return name == null ? context.location() : context.locateNext(name);
    }

    /** {@code (cols)} or PostgreSQL's {@code USING INDEX idx}, which turns an existing index into the constraint. */
    private static Consumer<TableBuilder> keyClause(SqlTokens tokens, String name, KeyKind kind,
                                                    StatementContext context) {
        Location location = locate(name, context);
        boolean nullsDistinct = TolerantReader.acceptNullsDistinct(tokens);
        if (tokens.accept("USING", "INDEX")) {
            String indexName = Names.unquote(tokens.next().text());
            return table -> promoteIndex(table, indexName, name, kind, location);
        }
        TolerantReader.acceptUsing(tokens);
        List<String> parts = tokens.parenthesisedParts();
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        Key key = TolerantReader.key(name, kind, parts, null, nullsDistinct, location);
        return table -> addKey(table, key);
    }

    private static void promoteIndex(TableBuilder table, String indexName, String name, KeyKind kind,
                                     Location location) {
        table.key(indexName).ifPresent(index -> {
            table.removeIndexTakenOver(indexName);
            addKey(table, new Key(name == null ? indexName : name, kind, index.columns(), index.expression(),
                    index.predicate(), index.nullsDistinct(), location).withStorageOf(index));
        });
    }

    private static void addKey(TableBuilder table, Key key) {
        if (key.kind() == KeyKind.PRIMARY_KEY) {
            table.primaryKey(key);
        } else {
            table.addKey(key);
        }
    }

    /**
     * PostgreSQL's {@code ATTACH PARTITION p bound} and {@code DETACH PARTITION p [CONCURRENTLY|FINALIZE]}, as
     * {@link AlterTableApplier} reads them: a detached partition keeps the keys it had.
     */
    private static Consumer<TableBuilder> partition(SqlTokens tokens, StatementContext context) {
        boolean attach = tokens.next().is("ATTACH");
        String name = tokens.accept("PARTITION") ? tokens.qualifiedName() : null;
        if (name == null) {
            return null;
        }
        return table -> context.table(TableName.parse(name)).ifPresent(partition -> {
            if (attach) {
                partition.attachTo(table);
            } else {
                partition.detach();
            }
        });
    }

    /**
     * {@code ALTER [COLUMN] c SET DEFAULT x | DROP DEFAULT | SET NOT NULL | DROP NOT NULL | [SET DATA] TYPE t |
     * ADD GENERATED ... AS IDENTITY | DROP IDENTITY}; other column changes (statistics, storage) change nothing.
     */
    private static Consumer<TableBuilder> alterColumn(SqlTokens tokens) {
        if (!tokens.peek().isName()) {
            return null;
        }
        String column = Names.unquote(tokens.next().text());
        Consumer<ColumnBuilder> change;
        if (tokens.accept("SET", "DEFAULT")) {
            String expression = tokens.restOfItem();
            change = c -> ColumnSpecReader.setDefault(c, expression);
        } else if (tokens.accept("DROP", "DEFAULT")) {
            change = c -> c.defaultExpression = null;
        } else if (tokens.accept("SET", "NOT", "NULL")) {
            change = c -> c.nullable = false;
        } else if (tokens.accept("DROP", "NOT", "NULL")) {
            change = c -> c.nullable = true;
        } else if (tokens.accept("TYPE") || tokens.accept("SET", "DATA", "TYPE")) {
            String type = tokens.restOfItem().split("(?i)\\s+(?:USING|COLLATE)\\s+")[0].strip();
            change = c -> c.type = type;
        } else if (tokens.accept("ADD", "GENERATED")) {
            // pg_dump declares identity columns this way, after the CREATE TABLE
            change = c -> {
                c.autoIncrement = true;
                c.nullable = false;
            };
        } else if (tokens.accept("DROP", "IDENTITY")) {
            change = c -> c.autoIncrement = false;
        } else {
            change = c -> { };
        }
        return table -> table.column(column).ifPresent(change);
    }

    /** {@code RENAME [COLUMN] a TO b}, {@code RENAME CONSTRAINT|INDEX|KEY a TO b} and {@code RENAME TO t}. */
    private static Consumer<TableBuilder> rename(SqlTokens tokens) {
        if (tokens.accept("TO")) {
            String newName = tokens.qualifiedName();
            return newName == null ? null : table -> table.rename(TableName.parse(newName).name());
        }
        if (tokens.accept("CONSTRAINT") || tokens.accept("INDEX") || tokens.accept("KEY")) {
            String from = tokens.peek().isName() ? Names.unquote(tokens.next().text()) : null;
            String to = tokens.accept("TO") && tokens.peek().isName() ? Names.unquote(tokens.next().text()) : null;
            return from == null || to == null ? null : table -> table.renameKey(from, to);
        }
        tokens.accept("COLUMN");
        String from = tokens.peek().isName() ? Names.unquote(tokens.next().text()) : null;
        String to = tokens.accept("TO") && tokens.peek().isName() ? Names.unquote(tokens.next().text()) : null;
        return from == null || to == null ? null : table -> table.renameColumn(from, to);
    }

    /** DROP CONSTRAINT [IF EXISTS] x, DROP INDEX/KEY x, DROP FOREIGN KEY x, DROP PRIMARY KEY, DROP [COLUMN] c. */
    private static Consumer<TableBuilder> dropConstraint(SqlTokens tokens, Location droppedAt) {
        if (tokens.accept("PRIMARY", "KEY")) {
            return table -> table.dropPrimaryKey(droppedAt);
        }
        boolean named = tokens.accept("CONSTRAINT") || tokens.accept("INDEX") || tokens.accept("KEY")
                || tokens.accept("FOREIGN", "KEY");
        if (!named) {
            tokens.accept("COLUMN");
        }
        tokens.accept("IF", "EXISTS");
        if (!tokens.peek().isName()) {
            return null;
        }
        String name = Names.unquote(tokens.next().text());
        return !named ? table -> table.dropColumn(name, droppedAt) : table -> table.dropNamed(name, droppedAt);
    }
}
