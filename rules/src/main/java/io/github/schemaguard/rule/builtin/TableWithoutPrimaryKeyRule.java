package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
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

/** A table without a primary key. */
public final class TableWithoutPrimaryKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "table-without-primary-key", Severity.WARNING,
            "A table has no primary key.",
            "Without a primary key nothing stops two identical rows, and an UPDATE or DELETE cannot be sure "
                    + "to touch exactly the row it means. Replication and migration tools that work row by row "
                    + "(MySQL row-based replication, PostgreSQL logical replication, online schema change tools) "
                    + "need a key to find rows, and ORMs need one to map them.",
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
        for (Table table : context.schema().tables()) {
            if (table.primaryKey() == null) {
                String fix = obviousKeyColumn(table)
                        .map(c -> "ALTER TABLE " + FixSql.table(dialect, table) + " ADD PRIMARY KEY "
                                + FixSql.columnList(dialect, List.of(c.name())) + ";")
                        .orElse(null);
                report.accept(new Finding(METADATA.id(), METADATA.defaultSeverity(), table.location(),
                        table.qualifiedName(), "Table " + table.qualifiedName() + " has no primary key: nothing "
                        + "stops duplicate rows, and updates, deletes and row-based replication cannot address "
                        + "one row reliably.", fix));
            }
        }
    }

    /** A column named {@code id} or {@code <table>_id} ({@code film_id} in {@code film}), if the table has one. */
    private static Optional<Column> obviousKeyColumn(Table table) {
        List<String> words = NameWords.entityOf(table);
        String entityId = NameWords.singular(words.isEmpty() ? "" : words.get(words.size() - 1)) + "_id";
        return table.column("id").or(() -> table.columns().stream()
                .filter(c -> NameWords.snake(c.name()).equals(entityId)).findFirst());
    }
}
