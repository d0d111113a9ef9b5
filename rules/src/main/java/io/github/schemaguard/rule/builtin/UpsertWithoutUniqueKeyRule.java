package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.DataStatement.Operation;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** An upsert whose conflict can never happen (MySQL) or names no unique key (PostgreSQL). */
public final class UpsertWithoutUniqueKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "upsert-without-unique-key", Severity.ERROR,
            "An upsert relies on a unique key the table does not have, so it always inserts or always fails.",
            "MySQL's INSERT ... ON DUPLICATE KEY UPDATE, REPLACE INTO and INSERT IGNORE update, replace or skip "
                    + "only when the new row collides with an existing one on a primary key or unique key. When the "
                    + "table's only unique "
                    + "key is an auto-increment id the statement leaves to the database, nothing ever collides: "
                    + "every call inserts another row with the same business key, silently. PostgreSQL's INSERT "
                    + "... ON CONFLICT (columns) needs a unique index or constraint on exactly those columns (a "
                    + "partial one only when the conflict target repeats its WHERE clause); without one every "
                    + "execution fails with 'there is no unique or exclusion constraint matching the ON CONFLICT "
                    + "specification'. Add the unique constraint the upsert means. Tables the schema does not "
                    + "declare are not checked.",
            BusinessKeyColumns.OPTIONS, Set.of(SourceKind.SCHEMA, SourceKind.STATEMENTS),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL,
              status VARCHAR(16) NOT NULL,
              PRIMARY KEY (id)
            );
            <mapper namespace="com.example.OrderMapper">
              <insert id="save">
                INSERT INTO t_order (order_no, status) VALUES (#{orderNo}, #{status})
                ON DUPLICATE KEY UPDATE status = VALUES(status)
              </insert>
            </mapper>
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL,
              status VARCHAR(16) NOT NULL,
              PRIMARY KEY (id),
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            <mapper namespace="com.example.OrderMapper">
              <insert id="save">
                INSERT INTO t_order (order_no, status) VALUES (#{orderNo}, #{status})
                ON DUPLICATE KEY UPDATE status = VALUES(status)
              </insert>
            </mapper>
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public FindingSubject subject() {
        return FindingSubject.STATEMENT;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(context.options());
        Schema schema = context.schema();
        for (DataStatement statement : context.statements()) {
            Table table = schema.table(statement.table()).orElse(null);
            if (table == null) {
                continue;
            }
            switch (statement.operation()) {
                case INSERT_ON_DUPLICATE_KEY, INSERT_IGNORE, REPLACE -> {
                    if (table.uniqueKeys().stream().noneMatch(key -> canCollide(table, key, statement))) {
                        report.accept(neverCollides(schema, table, statement, identifiers));
                    }
                }
                case INSERT_ON_CONFLICT -> {
                    if (!statement.conflictColumns().isEmpty()
                            && table.uniqueKeys().stream().noneMatch(key -> matchesConflictTarget(key, statement))) {
                        report.accept(noConflictKey(schema.dialect(), table, statement));
                    }
                }
                default -> {
                    // other statements upsert nothing
                }
            }
        }
    }

    /** A key whose every column the statement gives (or the database fills from a default other than a counter). */
    private static boolean canCollide(Table table, Key key, DataStatement statement) {
        return statement.insertColumns().isEmpty() || key.expression() || key.columns().stream().allMatch(part ->
                statement.insertColumns().stream().anyMatch(c -> Names.same(c, part))
                        || table.column(part).map(c -> !c.autoIncrement()).orElse(true));
    }

    private static boolean matchesConflictTarget(Key key, DataStatement statement) {
        if (key.expression() || key.isPartial() && !statement.conflictPredicate()) {
            return false;
        }
        return keySet(key.columns()).equals(keySet(statement.conflictColumns()));
    }

    private static Set<String> keySet(List<String> columns) {
        Set<String> keys = new TreeSet<>();
        columns.forEach(c -> keys.add(Names.key(c)));
        return keys;
    }

    private static Finding neverCollides(Schema schema, Table table, DataStatement statement,
                                         BusinessKeyColumns identifiers) {
        List<Column> businessKeys = table.columns().stream()
                .filter(c -> statement.insertColumns().stream().anyMatch(c::hasName))
                .filter(c -> identifiers.evidence(c).isPresent()).toList();
        String message = String.format("%s into %s can never find an existing row: the table has no unique key "
                        + "the inserted columns fill (an auto-increment key is left to the database), so every "
                        + "call inserts a new row and %s. Add the unique constraint the statement means%s.",
                statementName(statement.operation()), table.qualifiedName(), whatNeverHappens(statement.operation()),
                businessKeys.isEmpty() ? "" : " (on " + Names.unquote(businessKeys.get(0).name()) + ")");
        String fix = businessKeys.isEmpty() ? null : FixSql.addUniqueConstraint(schema.dialect(), table,
                businessKeys.get(0).name(), List.of(businessKeys.get(0).name()));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), statement.location(),
                statement.objectPath(businessKeys.isEmpty() ? surrogateKey(table) : businessKeys.get(0).name()),
                message, fix);
    }

    private static String statementName(Operation operation) {
        return switch (operation) {
            case REPLACE -> "REPLACE";
            case INSERT_IGNORE -> "INSERT IGNORE";
            default -> "INSERT ... ON DUPLICATE KEY UPDATE";
        };
    }

    private static String whatNeverHappens(Operation operation) {
        return switch (operation) {
            case REPLACE -> "nothing is ever replaced";
            case INSERT_IGNORE -> "no row is ever skipped as a duplicate";
            default -> "the UPDATE part never runs";
        };
    }

    /** What the finding is about when no inserted column looks like a key: the key the database fills itself. */
    private static String surrogateKey(Table table) {
        return table.uniqueKeys().stream().findFirst().map(key -> String.join(",", key.columns()))
                .orElse("(no unique key)");
    }

    private static Finding noConflictKey(Dialect dialect, Table table, DataStatement statement) {
        List<String> columns = statement.conflictColumns();
        String message = String.format("ON CONFLICT (%s) on %s matches no primary key, unique constraint or "
                        + "unique index on exactly those columns: PostgreSQL rejects every execution with 'there is "
                        + "no unique or exclusion constraint matching the ON CONFLICT specification'. Add the "
                        + "unique constraint, or name the columns of an existing one.",
                String.join(", ", columns), table.qualifiedName());
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), statement.location(),
                statement.objectPath(String.join(",", columns)), message,
                FixSql.addUniqueConstraint(dialect, table, String.join("_", columns), columns));
    }
}
