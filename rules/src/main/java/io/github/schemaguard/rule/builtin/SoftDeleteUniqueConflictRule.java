package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A unique business key on a soft-delete table that still counts the deleted rows. */
public final class SoftDeleteUniqueConflictRule implements Rule {

    static final RuleOption DELETE_COLUMNS = new RuleOption("deleteColumns",
            "Column name globs that mark rows as logically deleted",
            "deleted,is_deleted,is_delete,deleted_at,delete_time,deleted_time,del_flag,delete_flag");

    /** Words of a key part that tie the key to deletion: {@code delete_token}, {@code deleted_id}. */
    private static final Set<String> DELETE_WORDS = Set.of("del", "delete", "deleted");
    private static final Pattern TIME_TYPE = Pattern.compile("(?i)(timestamp|timestamptz|datetime|date|time|timetz)\\b.*");
    private static final Pattern BOOLEAN_TYPE = Pattern.compile("(?i)bool(ean)?");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "soft-delete-unique-conflict", Severity.WARNING,
            "A unique business key on a soft-delete table also counts the deleted rows.",
            "When rows are deleted by setting a flag (deleted, is_deleted, deleted_at, del_flag), a plain unique "
                    + "key keeps the deleted rows' values taken: a customer who closed an account cannot sign up "
                    + "again with the same login, a product code cannot be reused. The usual reaction is to drop "
                    + "the constraint, and then duplicates of live rows get in too. Make the key ignore deleted "
                    + "rows instead: in PostgreSQL a partial unique index (WHERE deleted_at IS NULL); in MySQL a "
                    + "delete token in the key (0 while the row is live, its id once deleted) or a generated "
                    + "column that is NULL for deleted rows. Adding the flag itself to the key is no fix: a "
                    + "nullable deleted_at lets live duplicates in, and a 0/1 flag allows one deleted row per "
                    + "value. Keys that already involve the delete column, and partial keys, are not reported.",
            Stream.concat(BusinessKeyColumns.OPTIONS.stream(), Stream.of(DELETE_COLUMNS)).toList(),
            Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_user (
              id BIGINT NOT NULL PRIMARY KEY,
              login_name VARCHAR(64) NOT NULL,
              del_flag TINYINT NOT NULL DEFAULT 0,
              UNIQUE KEY uk_t_user_login_name (login_name)
            );
            """,
            """
            CREATE TABLE t_user (
              id BIGINT NOT NULL PRIMARY KEY,
              login_name VARCHAR(64) NOT NULL,
              del_flag TINYINT NOT NULL DEFAULT 0,
              delete_token BIGINT NOT NULL DEFAULT 0,
              UNIQUE KEY uk_t_user_login_name (login_name, delete_token)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(context.options());
        NamePatterns deletePatterns = NamePatterns.of(context.options().list(DELETE_COLUMNS.name()));
        Schema schema = context.schema();
        for (Table table : schema.tablesWithoutPartitions()) {
            List<Column> deleteColumns = table.columns().stream()
                    .filter(c -> deletePatterns.matches(NameWords.snake(c.name()))).toList();
            if (deleteColumns.isEmpty()) {
                continue;
            }
            for (Key key : table.keys()) {
                if (key.isUnique() && !key.isPartial() && !involvesDeletion(table, key, deletePatterns, deleteColumns)
                        && onBusinessKey(schema, table, key, identifiers)) {
                    report.accept(finding(schema.dialect(), table, key, deleteColumns.get(0)));
                }
            }
        }
    }

    /** Whether a part of the key is, or for an expression key is computed from, a business identifier. */
    private static boolean onBusinessKey(Schema schema, Table table, Key key, BusinessKeyColumns identifiers) {
        return table.columns().stream().filter(c -> identifiers.identifiesOwnRows(schema, table, c))
                .anyMatch(c -> key.columns().stream().anyMatch(part -> key.expression()
                        ? UniqueKeyCoverage.mentions(part, c.name()) : Names.same(part, c.name())));
    }

    /**
     * Whether a key part is the delete column, a token that changes on deletion ({@code delete_token}), or a
     * generated column computed from the delete column (MySQL's way to a partial key).
     */
    private static boolean involvesDeletion(Table table, Key key, NamePatterns deletePatterns,
                                            List<Column> deleteColumns) {
        return key.columns().stream().anyMatch(part -> deletePatterns.matches(NameWords.snake(part))
                || NameWords.of(part).stream().anyMatch(DELETE_WORDS::contains)
                || table.column(part).map(Column::generatedExpression).filter(expression -> deleteColumns.stream()
                        .anyMatch(c -> UniqueKeyCoverage.mentions(expression, c.name()))).isPresent());
    }

    private static Finding finding(Dialect dialect, Table table, Key key, Column deleteColumn) {
        String parts = String.join(", ", key.columns());
        String keyName = key.name() == null ? "The unique key (" + parts + ")" : "Unique key " + key.name();
        String message = String.format("%s on %s also counts rows soft-deleted by %s: once a row is deleted its "
                        + "value can never be used again, which tempts teams to drop the constraint. Keep it unique "
                        + "among live rows only: %s", keyName, table.qualifiedName(),
                Names.unquote(deleteColumn.name()), dialect == Dialect.POSTGRESQL
                        ? "a partial unique index WHERE " + livePredicate(dialect, deleteColumn) + "."
                        : "add a delete token (0 while live, the row's id once deleted) to the key, or key on a "
                        + "generated column that is NULL for deleted rows.");
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), key.location(),
                table.qualifiedName() + "." + (key.name() == null ? "(" + parts + ")" : Names.unquote(key.name())),
                message, dialect == Dialect.POSTGRESQL ? partialIndexFix(dialect, table, key, deleteColumn)
                        : deleteTokenFix(dialect, table, key));
    }

    /** What a live row looks like: no deletion time, a false flag, or the flag's default value. */
    private static String livePredicate(Dialect dialect, Column deleteColumn) {
        String column = dialect.identifier(Names.unquote(deleteColumn.name()));
        String type = deleteColumn.type() == null ? "" : deleteColumn.type().toLowerCase(Locale.ROOT);
        if (TIME_TYPE.matcher(type).matches()) {
            return column + " IS NULL";
        }
        if (BOOLEAN_TYPE.matcher(type).matches()) {
            return "NOT " + column;
        }
        return column + " = " + (deleteColumn.defaultExpression() == null ? "0"
                : deleteColumn.defaultExpression().replaceAll("::\\w.*$", ""));
    }

    private static String partialIndexFix(Dialect dialect, Table table, Key key, Column deleteColumn) {
        String name = key.name() != null ? dialect.identifier(Names.unquote(key.name()))
                : dialect.identifier(FixSql.constraintName("uk", table, key.columns().get(0)));
        String drop = key.name() == null ? ""
                : key.kind() == KeyKind.UNIQUE_CONSTRAINT
                ? "ALTER TABLE " + FixSql.table(dialect, table) + " DROP CONSTRAINT " + name + "; "
                : "DROP INDEX " + qualifiedIndex(dialect, table, name) + "; ";
        return drop + "CREATE UNIQUE INDEX " + name + " ON " + FixSql.table(dialect, table) + " "
                + parts(dialect, key, List.of()) + " WHERE " + livePredicate(dialect, deleteColumn) + ";";
    }

    private static String qualifiedIndex(Dialect dialect, Table table, String name) {
        return table.schema() == null ? name : dialect.identifier(Names.unquote(table.schema())) + "." + name;
    }

    /** MySQL names an unnamed unique key after its first column. */
    private static String deleteTokenFix(Dialect dialect, Table table, Key key) {
        String name = dialect.identifier(Names.unquote(key.name() != null ? key.name() : key.columns().get(0)));
        return "ALTER TABLE " + FixSql.table(dialect, table) + " ADD COLUMN delete_token BIGINT NOT NULL DEFAULT 0, "
                + "DROP INDEX " + name + ", ADD UNIQUE KEY " + name + " "
                + parts(dialect, key, List.of("delete_token")) + ";";
    }

    /** The key's parts as a parenthesised list: columns quoted as needed, expressions in their own parentheses. */
    private static String parts(Dialect dialect, Key key, List<String> extra) {
        return Stream.concat(key.columns().stream().map(part -> isColumn(part) ? dialect.identifier(
                        Names.unquote(part)) : "(" + part + ")"), extra.stream())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static boolean isColumn(String part) {
        return part.matches("[`\"]?[\\w$]+[`\"]?");
    }
}
