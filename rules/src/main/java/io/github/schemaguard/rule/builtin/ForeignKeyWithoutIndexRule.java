package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A foreign key no index leads with. MySQL (InnoDB) and H2 create such an index themselves when the
 * foreign key is declared, so the rule speaks only for PostgreSQL, which does not; for an undetected
 * dialect it cannot tell and stays silent.
 */
public final class ForeignKeyWithoutIndexRule implements Rule {


    private static final RuleMetadata METADATA = new RuleMetadata(
            "foreign-key-without-index", Severity.WARNING,
            "A foreign key's columns are not the leading columns of any index of the referencing table.",
            "Every DELETE of a referenced row, and every UPDATE of its key, makes the database look for "
                    + "referencing rows; without an index that lookup reads the whole referencing table while "
                    + "holding locks, and joins along the key do the same. PostgreSQL does not index "
                    + "referencing columns by itself, so the rule speaks for PostgreSQL schemas. MySQL InnoDB and "
                    + "H2 create an index for every foreign key that lacks one, so the rule stays silent for "
                    + "them, and for schemas whose dialect is not known.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE customer (
              id bigint PRIMARY KEY
            );
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES customer (id)
            );
            """,
            """
            CREATE TABLE customer (
              id bigint PRIMARY KEY
            );
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES customer (id)
            );
            CREATE INDEX idx_orders_customer_id ON orders (customer_id);
            """, Dialect.POSTGRESQL);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        for (Table table : context.schema().tables()) {
            // A constraint declared twice (re-added under a new name) needs one index, so it is reported once.
            Set<List<String>> reported = new HashSet<>();
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (!foreignKey.columns().isEmpty() && !indexed(table, foreignKey)
                        && reported.add(foreignKey.columns().stream().map(Names::key).sorted().toList())) {
                    report.accept(finding(dialect, table, foreignKey));
                }
            }
        }
    }

    /** Some key's leading columns are exactly the foreign key's columns, in any order, and it covers every row. */
    private static boolean indexed(Table table, ForeignKey foreignKey) {
        Set<String> wanted = wanted(foreignKey);
        return leadingKeys(table, foreignKey).anyMatch(key -> servesAllRows(key, wanted));
    }

    /** The keys that lead with the foreign key's columns, partial ones too. */
    private static Stream<Key> leadingKeys(Table table, ForeignKey foreignKey) {
        Set<String> wanted = wanted(foreignKey);
        return Stream.concat(table.primaryKeyOptional().stream(), table.keys().stream())
                .filter(key -> !key.expression() && key.columns().size() >= wanted.size() && key.columns()
                        .subList(0, wanted.size()).stream().map(Names::key).collect(Collectors.toSet()).equals(wanted));
    }

    private static Set<String> wanted(ForeignKey foreignKey) {
        return foreignKey.columns().stream().map(Names::key).collect(Collectors.toSet());
    }

    /**
     * A partial index serves the lookups only when its predicate merely leaves out NULL keys, which
     * never reference anything: {@code WHERE parent_id IS NOT NULL}.
     */
    private static boolean servesAllRows(Key key, Set<String> columns) {
        if (key.predicate() == null) {
            return true;
        }
        String predicate = key.predicate().replaceAll("[\\s()\"]+", " ").trim().toLowerCase(Locale.ROOT);
        return columns.stream().anyMatch(c -> predicate.equals(c + " is not null"));
    }

    /** Why a partial index that leads with the columns does not do: the checks must see every row. */
    private static String partialIndexNote(Table table, ForeignKey foreignKey) {
        return leadingKeys(table, foreignKey).findFirst().map(key -> " and covers every row: "
                + (key.name() == null ? "a partial index" : "partial index " + Names.unquote(key.name()))
                + " (WHERE " + key.predicate() + ") leaves out rows that may still reference one").orElse("");
    }

    private static Finding finding(Dialect dialect, Table table, ForeignKey foreignKey) {
        String columns = foreignKey.columns().stream().map(Names::unquote).collect(Collectors.joining(", "));
        String message = String.format("Foreign key %s(%s) -> %s has no index on %s: deleting or re-keying a "
                        + "%s row scans %s for referencing rows, and joins along the key scan it too. Create an "
                        + "index that starts with %s%s.", table.qualifiedName(), columns,
                Names.unquote(foreignKey.referencedTable()), columns, Names.unquote(foreignKey.referencedTable()),
                table.qualifiedName(), columns, partialIndexNote(table, foreignKey));
        String indexName = FixSql.constraintName("idx", table, String.join("_", foreignKey.columns()));
        String fix = "CREATE INDEX " + dialect.identifier(indexName) + " ON " + FixSql.table(dialect, table) + " "
                + FixSql.columnList(dialect, foreignKey.columns()) + ";";
        String path = table.qualifiedName() + "." + (foreignKey.name() != null ? Names.unquote(foreignKey.name())
                : "(" + columns + ")");
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), foreignKey.location(), path, message, fix);
    }
}
