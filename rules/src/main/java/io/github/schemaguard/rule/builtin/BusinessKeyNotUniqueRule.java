package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A business identifier (order number, serial number, code, login name) that nothing keeps unique. */
public final class BusinessKeyNotUniqueRule implements Rule {

    static final RuleOption SCOPE_COLUMNS = new RuleOption("scopeColumns",
            "Column name globs that may accompany the identifier in a unique key: its value need only be "
                    + "unique per tenant, merchant, shop, project or organisation",
            "tenant_id,*_tenant_id,tenant_code,merchant_id,merchant_no,mch_id,shop_id,store_id,project_id,"
                    + "org_id,org_code,sys_org_code,organization_id,organisation_id,company_id,corp_id,app_id,"
                    + "appid,workspace_id,namespace_id");
    /** Which columns are business keys and which keys guard them: the data rules probe the same columns. */
    static final List<RuleOption> OPTIONS = Stream.concat(BusinessKeyColumns.OPTIONS.stream(),
            Stream.of(SCOPE_COLUMNS)).toList();

    private static final RuleMetadata METADATA = new RuleMetadata(
            "business-key-not-unique", Severity.ERROR,
            "A business identifier such as an order number has no primary key, unique constraint or unique index.",
            "Columns like order_no, serial numbers, codes and login names identify one row to people and to "
                    + "other systems: payment callbacks, back-office tools and reports look rows up and update "
                    + "them by that value. Without a unique constraint the database accepts duplicates silently "
                    + "(a clock-based or random generator will produce some), and an UPDATE ... WHERE order_no = ? "
                    + "then changes every row that shares the number: one payment marks two orders paid. A unique "
                    + "key on the column alone prevents it, and so does one that adds only columns narrowing where "
                    + "the value must be unique: a scope such as tenant_id, the parent row, a type, a soft-delete "
                    + "flag. Partial and expression unique indexes count. Columns that copy another table's key "
                    + "(order_item.order_no, a foreign key) are not reported.",
            OPTIONS, Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              amount DECIMAL(12, 2) NOT NULL,
              PRIMARY KEY (id)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              amount DECIMAL(12, 2) NOT NULL,
              PRIMARY KEY (id),
              CONSTRAINT uk_t_order_order_no UNIQUE (order_no)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(context.options());
        NamePatterns scope = NamePatterns.of(context.options().list(SCOPE_COLUMNS.name()));
        Schema schema = context.schema();
        for (Table table : schema.tablesWithoutPartitions()) {
            UniqueKeyCoverage coverage = new UniqueKeyCoverage(schema, table, scope, identifiers);
            for (Column column : table.columns()) {
                if (isUnguardedKey(schema, table, column, identifiers, coverage)) {
                    report.accept(finding(schema, table, column, identifiers, scope));
                }
            }
        }
    }

    static boolean isUnguardedKey(Schema schema, Table table, Column column, BusinessKeyColumns identifiers,
                                  UniqueKeyCoverage coverage) {
        return identifiers.identifiesOwnRows(schema, table, column) && !coverage.keepsUnique(column);
    }

    /** The unique key the fix adds: the table's scope columns ({@code tenant_id}), then the identifier. */
    static List<Column> fixKey(Table table, Column column, NamePatterns scope) {
        List<Column> key = new ArrayList<>(table.columns().stream().filter(c -> !Names.same(c.name(), column.name())
                && scope.matches(NameWords.snake(c.name()))).toList());
        key.add(column);
        return key;
    }

    /** {@code ALTER TABLE t_order ADD CONSTRAINT uk_t_order_order_no UNIQUE (order_no);} in the schema's dialect. */
    static String addUniqueKey(Schema schema, Table table, Column column, NamePatterns scope) {
        return FixSql.addUniqueConstraint(schema.dialect(), table, column.name(),
                fixKey(table, column, scope).stream().map(Column::name).toList());
    }

    /** The index people mistake for a guard: it speeds up the lookups by the number, and that is all. */
    private static String plainIndexNote(Table table, Column column) {
        return table.keys().stream().filter(k -> !k.isUnique() && k.name() != null && k.coversColumn(column.name()))
                .findFirst().map(k -> " (index " + k.name() + " is not unique)").orElse("");
    }

    private static Finding finding(Schema schema, Table table, Column column, BusinessKeyColumns identifiers,
                                   NamePatterns scope) {
        String name = Names.unquote(column.name());
        String message = String.format("%s looks like a business key of %s (%s) but no primary key, unique "
                        + "constraint or unique index keeps it unique%s: duplicates are inserted silently, and an "
                        + "UPDATE or DELETE ... WHERE %s = ? changes every row that shares the value.",
                name, table.qualifiedName(), identifiers.evidence(column).orElseThrow(), plainIndexNote(table, column),
                name);
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, addUniqueKey(schema, table, column, scope));
    }
}
