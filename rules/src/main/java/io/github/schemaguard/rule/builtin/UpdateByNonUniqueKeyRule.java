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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The incident's payment callback: UPDATE ... WHERE order_no = ? on a table where order_no is not unique. */
public final class UpdateByNonUniqueKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "update-by-non-unique-key", Severity.ERROR,
            "An UPDATE or DELETE keys rows by a business identifier that no unique constraint keeps unique.",
            "A statement such as UPDATE t_order SET status = 'PAID' WHERE order_no = ? means one order, but the "
                    + "database changes every row whose order_no matches. When nothing keeps order_no unique, two "
                    + "rows with the same number are both changed: one payment marks two orders paid, one "
                    + "cancellation deletes two. The rule fires when the WHERE clause fixes, by equality in its "
                    + "top-level AND conjunction, columns that cover no primary key, unique constraint or unique "
                    + "index of the table, and one of them looks like a business identifier (the same names as "
                    + "business-key-not-unique). A key fixed beside other predicates (id = ? AND status = ?) is "
                    + "fine, and so is a composite unique key whose scope column is fixed too. A partial unique "
                    + "index counts when the WHERE clause also mentions the columns of its predicate. SELECT ... "
                    + "FOR UPDATE of the same shape locks every matching row and is reported as a warning. Fix the "
                    + "schema (add the unique constraint) or key the statement by a unique column. Tables the "
                    + "schema does not declare are not checked.",
            Stream.concat(BusinessKeyColumns.OPTIONS.stream(), Stream.of(BusinessKeyNotUniqueRule.SCOPE_COLUMNS))
                    .toList(),
            Set.of(SourceKind.SCHEMA, SourceKind.STATEMENTS),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              status VARCHAR(16) NOT NULL,
              PRIMARY KEY (id)
            );
            <mapper namespace="com.example.LoanOrderMapper">
              <update id="markPaid">
                UPDATE t_order SET status = 'PAID' WHERE order_no = #{orderNo}
              </update>
            </mapper>
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              status VARCHAR(16) NOT NULL,
              PRIMARY KEY (id),
              CONSTRAINT uk_t_order_order_no UNIQUE (order_no)
            );
            <mapper namespace="com.example.LoanOrderMapper">
              <update id="markPaid">
                UPDATE t_order SET status = 'PAID' WHERE order_no = #{orderNo}
              </update>
            </mapper>
            """);

    private static final Set<Operation> WRITES = Set.of(Operation.UPDATE, Operation.DELETE,
            Operation.SELECT_FOR_UPDATE);

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
        NamePatterns scope = NamePatterns.of(context.options().list(BusinessKeyNotUniqueRule.SCOPE_COLUMNS.name()));
        Schema schema = context.schema();
        for (DataStatement statement : context.statements()) {
            Table table = schema.table(statement.table()).orElse(null);
            if (table == null || !WRITES.contains(statement.operation()) || StatementKeys.pinsUniqueKey(table, statement)) {
                continue;
            }
            List<Column> pinned = StatementKeys.pinnedColumns(table, statement);
            List<Column> identifying = pinned.stream()
                    .filter(c -> identifiers.identifiesOwnRows(schema, table, c)).toList();
            if (!identifying.isEmpty()) {
                report.accept(finding(schema, table, statement, pinned, identifying, scope));
            }
        }
    }

    private static Finding finding(Schema schema, Table table, DataStatement statement, List<Column> pinned,
                                   List<Column> identifying, NamePatterns scope) {
        boolean lock = statement.operation() == Operation.SELECT_FOR_UPDATE;
        String columns = names(pinned);
        String message = String.format("%s of %s is keyed by %s, but no primary key, unique constraint or unique "
                        + "index keeps %s unique: every row that shares the value %s (two %s rows with the same %s "
                        + "are both %s). Add a unique constraint, or key the statement by a unique column.",
                lock ? "SELECT ... FOR UPDATE" : statement.operation().name(), table.qualifiedName(),
                pinned.size() == 1 ? columns : "(" + columns + ")", pinned.size() == 1 ? "it" : "them",
                lock ? "is locked" : "changes", table.qualifiedName(), names(identifying),
                lock ? "locked" : statement.operation() == Operation.DELETE ? "deleted" : "changed");
        return new Finding(METADATA.id(), lock ? Severity.WARNING : METADATA.defaultSeverity(), statement.location(),
                statement.objectPath(identifying.get(0).name()), message, fix(schema, table, pinned, identifying, scope));
    }

    /** The unique constraint the statement assumes: its identifiers, with the scope columns it fixes beside them. */
    private static String fix(Schema schema, Table table, List<Column> pinned, List<Column> identifying,
                              NamePatterns scope) {
        List<String> keyColumns = new ArrayList<>();
        pinned.stream().filter(c -> identifying.contains(c) || scope.matches(NameWords.snake(c.name())))
                .forEach(c -> keyColumns.add(c.name()));
        return FixSql.addUniqueConstraint(schema.dialect(), table, String.join("_", keyColumns), keyColumns);
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(c -> Names.unquote(c.name())).collect(Collectors.joining(", "));
    }
}
