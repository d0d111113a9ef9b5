package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A table without a primary key. */
public final class TableWithoutPrimaryKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "table-without-primary-key", Severity.WARNING,
            "A table has no primary key.",
            "Without a primary key nothing stops two identical rows, and an UPDATE or DELETE cannot be sure "
                    + "to touch exactly the row it means. Replication and migration tools that work row by row "
                    + "(MySQL row-based replication, PostgreSQL logical replication, online schema change tools) "
                    + "need a key to find rows, and ORMs need one to map them. A table whose unique key on NOT NULL "
                    + "columns already identifies its rows is reported with that key as the one to declare primary: "
                    + "duplicates are refused, but those tools look for a primary key.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_payment_callback (
              id BIGINT NOT NULL,
              order_no VARCHAR(32) NOT NULL,
              payload TEXT
            );
            """,
            """
            CREATE TABLE t_payment_callback (
              id BIGINT NOT NULL,
              order_no VARCHAR(32) NOT NULL,
              payload TEXT,
              PRIMARY KEY (id)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public FindingSubject subject() {
        return FindingSubject.TABLE;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        for (Table table : context.schema().tablesWithoutPartitions()) {
            if (table.primaryKey() == null) {
                report.accept(candidateKey(table).map(key -> promote(dialect, table, key))
                        .orElseGet(() -> missing(dialect, table)));
            }
        }
    }

    private static Finding missing(Dialect dialect, Table table) {
        String fix = obviousKeyColumn(table).map(c -> addPrimaryKey(dialect, table, List.of(c.name()))).orElse(null);
        return finding(table, "Table " + table.qualifiedName() + " has no primary key: nothing stops duplicate rows, "
                + "and updates, deletes and row-based replication cannot address one row reliably.", fix);
    }

    private static Finding promote(Dialect dialect, Table table, Key key) {
        String name = key.name() == null ? "its unique key" : "its unique key " + Names.unquote(key.name());
        return finding(table, "Table " + table.qualifiedName() + " has no primary key, though " + name + " on NOT "
                + "NULL columns (" + key.columns().stream().map(Names::unquote).collect(Collectors.joining(", "))
                + ") identifies its rows: declare that key the primary key, which row-based replication, online "
                + "schema change tools and ORMs look for.",
                addPrimaryKey(dialect, table, key.columns()));
    }

    private static Finding finding(Table table, String message, String fix) {
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), table.location(), table.qualifiedName(),
                message, fix);
    }

    private static String addPrimaryKey(Dialect dialect, Table table, List<String> columns) {
        return "ALTER TABLE " + FixSql.table(dialect, table) + " ADD PRIMARY KEY " + FixSql.columnList(dialect, columns)
                + ";";
    }

    /** A unique key on whole NOT NULL columns for every row: a primary key in all but name. */
    private static Optional<Key> candidateKey(Table table) {
        return table.keys().stream().filter(k -> k.isUnique() && !k.isPartial() && !k.expression()
                        && k.prefixLengths().isEmpty())
                .filter(k -> k.columns().stream().allMatch(c -> table.column(c).filter(col -> !col.nullable())
                        .isPresent()))
                .findFirst();
    }

    /** A column named {@code id} or {@code <table>_id} ({@code film_id} in {@code film}), if the table has one. */
    private static Optional<Column> obviousKeyColumn(Table table) {
        List<String> words = NameWords.entityOf(table);
        String entityId = NameWords.singular(words.isEmpty() ? "" : words.get(words.size() - 1)) + "_id";
        return table.column("id").or(() -> table.columns().stream()
                .filter(c -> NameWords.snake(c.name()).equals(entityId)).findFirst());
    }
}
