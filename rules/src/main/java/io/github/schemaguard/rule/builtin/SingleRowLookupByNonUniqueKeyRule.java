package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.DataStatement.Operation;
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
import java.util.function.Consumer;

/** {@code Order findByOrderNo(String)} on a table where order_no is not unique. */
public final class SingleRowLookupByNonUniqueKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "single-row-lookup-by-non-unique-key", Severity.WARNING,
            "Code that expects one row looks it up by columns that no unique constraint keeps unique.",
            "A Spring Data finder returning one entity or Optional (findByOrderNo), a MyBatis mapper method "
                    + "returning one object, or the nested select of a MyBatis <association> assumes the lookup "
                    + "finds at most one row. When the WHERE clause fixes only columns that no primary key, unique "
                    + "constraint or unique index covers, the first duplicate makes the call fail at run time "
                    + "(MyBatis TooManyResultsException, Spring's IncorrectResultSizeDataAccessException) or, "
                    + "where the code takes the first row, act on an arbitrary one. Statements limited to one row "
                    + "(LIMIT 1, an aggregate) are not reported. Add the unique constraint, or return a list. "
                    + "Tables the schema does not declare are not checked.",
            List.of(SoftDeleteUniqueConflictRule.DELETE_COLUMNS), Set.of(SourceKind.SCHEMA, SourceKind.STATEMENTS),
            """
            CREATE TABLE t_customer (
              id BIGINT NOT NULL AUTO_INCREMENT,
              customer_no VARCHAR(32) NOT NULL,
              PRIMARY KEY (id)
            );
            <mapper namespace="com.example.OrderMapper">
              <resultMap id="order" type="com.example.Order">
                <association property="customer" column="customer_no" select="findCustomer"/>
              </resultMap>
              <select id="findCustomer" resultType="com.example.Customer">
                SELECT * FROM t_customer WHERE customer_no = #{customerNo}
              </select>
            </mapper>
            """,
            """
            CREATE TABLE t_customer (
              id BIGINT NOT NULL AUTO_INCREMENT,
              customer_no VARCHAR(32) NOT NULL,
              PRIMARY KEY (id),
              UNIQUE KEY uk_t_customer_customer_no (customer_no)
            );
            <mapper namespace="com.example.OrderMapper">
              <resultMap id="order" type="com.example.Order">
                <association property="customer" column="customer_no" select="findCustomer"/>
              </resultMap>
              <select id="findCustomer" resultType="com.example.Customer">
                SELECT * FROM t_customer WHERE customer_no = #{customerNo}
              </select>
            </mapper>
            """);

    private static final Set<Operation> LOOKUPS = Set.of(Operation.SELECT, Operation.SELECT_FOR_UPDATE);

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
        Schema schema = context.schema();
        NamePatterns deletion = NamePatterns.of(
                context.options().list(SoftDeleteUniqueConflictRule.DELETE_COLUMNS.name()));
        for (DataStatement statement : context.statements()) {
            Table table = schema.table(statement.table()).orElse(null);
            if (table == null || !statement.singleResult() || !LOOKUPS.contains(statement.operation())
                    || statement.atMostOneRow() || StatementKeys.pinsUniqueKey(table, statement)) {
                continue;
            }
            List<Column> pinned = StatementKeys.pinnedColumns(table, statement);
            if (!pinned.isEmpty()) {
                report.accept(finding(schema, table, statement, pinned, deletion));
            }
        }
    }

    /**
     * The unique key to add leaves soft-delete columns out: a key over {@code del_flag} would stop a second row
     * with the same value from ever being deleted (soft-delete-unique-conflict has the pattern that fits).
     */
    private static Finding finding(Schema schema, Table table, DataStatement statement, List<Column> pinned,
                                   NamePatterns deletion) {
        List<String> columns = pinned.stream().map(c -> Names.unquote(c.name())).toList();
        List<String> key = pinned.stream().filter(c -> !deletion.matches(NameWords.snake(c.name())))
                .map(c -> Names.unquote(c.name())).toList();
        List<String> softDelete = columns.stream().filter(c -> !key.contains(c)).toList();
        String message = String.format("%s expects at most one row of %s but looks it up by %s, which no primary "
                        + "key, unique constraint or unique index keeps unique: once two rows share the value the "
                        + "call fails (TooManyResultsException, IncorrectResultSizeDataAccessException) or acts on "
                        + "an arbitrary row. Add a unique constraint, or return a list.%s",
                statement.origin(), table.qualifiedName(), String.join(", ", columns), softDelete.isEmpty() ? ""
                        : " The soft-delete column " + String.join(", ", softDelete) + " stays out of the key: a "
                        + "key over it would let only one row with the same value ever be deleted (see "
                        + "soft-delete-unique-conflict for keys that leave deleted rows out).");
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), statement.location(),
                statement.objectPath(columns.get(0)), message, key.isEmpty() ? null
                : FixSql.addUniqueConstraint(schema.dialect(), table, String.join("_", key), key));
    }
}
