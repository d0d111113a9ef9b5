package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static io.github.schemaguard.rule.builtin.ModelBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class BusinessKeyNotUniqueRuleTest {

    private final BusinessKeyNotUniqueRule rule = new BusinessKeyNotUniqueRule();

    private static ModelBuilder incidentOrder() {
        return table("t_order").column("id", "bigint").column("order_no", "varchar(32)", null, "订单号")
                .column("amount", "decimal(12,2)").primaryKey("id");
    }

    private List<String> paths(Schema schema) {
        return run(rule, schema).stream().map(Finding::objectPath).toList();
    }

    @Test
    void incidentOrderNumberFiresWithWhyAndTheFix() {
        List<Finding> findings = run(rule, schema(Dialect.MYSQL, incidentOrder()));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.ruleId()).isEqualTo("business-key-not-unique");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.objectPath()).isEqualTo("t_order.order_no");
        assertThat(finding.location()).isEqualTo(Location.of("test.sql", 3, 3));
        assertThat(finding.message()).contains("order_no", "t_order", "duplicates are inserted silently",
                "WHERE order_no = ?");
        assertThat(finding.fix())
                .isEqualTo("ALTER TABLE t_order ADD CONSTRAINT uk_t_order_order_no UNIQUE (order_no);");
    }

    @Test
    void anyUniqueKeyOnTheColumnAloneSilencesIt() {
        assertThat(paths(schema(Dialect.MYSQL, incidentOrder().key(KeyKind.UNIQUE_CONSTRAINT, "order_no")))).isEmpty();
        assertThat(paths(schema(Dialect.MYSQL, incidentOrder().key(KeyKind.UNIQUE_INDEX, "`order_no`")))).isEmpty();
        assertThat(paths(schema(Dialect.MYSQL, table("t_order").column("order_no", "varchar(32)")
                .primaryKey("order_no")))).isEmpty();
    }

    @Test
    void partialAndExpressionUniqueIndexesCount() {
        assertThat(paths(schema(Dialect.POSTGRESQL, incidentOrder()
                .partialUnique("(deleted_at IS NULL)", "order_no")))).isEmpty();
        assertThat(paths(schema(Dialect.POSTGRESQL, incidentOrder()
                .expressionUnique("lower((order_no)::text)")))).isEmpty();
        assertThat(paths(schema(Dialect.POSTGRESQL, incidentOrder()
                .expressionUnique("lower((order_no_old)::text)")))).containsExactly("t_order.order_no");
    }

    @Test
    void aPlainIndexOrAUniqueKeyWithANonScopeColumnDoesNotCount() {
        assertThat(run(rule, schema(Dialect.MYSQL, incidentOrder().key(KeyKind.INDEX, "order_no"))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("(index k_order_no is not unique)"));
        assertThat(paths(schema(Dialect.MYSQL, incidentOrder().column("status", "int")
                .key(KeyKind.UNIQUE_CONSTRAINT, "order_no", "status")))).containsExactly("t_order.order_no");
    }

    @Test
    void scopeAndParentColumnsMayAccompanyTheKey() {
        assertThat(paths(schema(Dialect.MYSQL, incidentOrder().column("tenant_id", "bigint")
                .key(KeyKind.UNIQUE_CONSTRAINT, "tenant_id", "order_no")))).isEmpty();
        assertThat(paths(schema(Dialect.POSTGRESQL,
                table("plans").column("id", "uuid").primaryKey("id"),
                table("charges").column("id", "uuid").column("plan_id", "uuid").column("code", "varchar")
                        .primaryKey("id").key(KeyKind.UNIQUE_INDEX, "plan_id", "code")))).isEmpty();
    }

    @Test
    void theFixKeepsTheTenantScopeAndQuotesForTheDialect() {
        Finding finding = run(rule, schema(Dialect.POSTGRESQL, table("Order").inSchema("shop")
                .column("tenant_id", "bigint").column("order_no", "text"))).get(0);

        assertThat(finding.objectPath()).isEqualTo("shop.Order.order_no");
        assertThat(finding.fix()).isEqualTo(
                "ALTER TABLE shop.\"Order\" ADD CONSTRAINT uk_order_order_no UNIQUE (tenant_id, order_no);");
    }

    @Test
    void constraintNamesStayWithinWhatEveryDialectAccepts() {
        String longName = "t_" + "very_long_table_name_".repeat(4);
        Finding finding = run(rule, schema(Dialect.POSTGRESQL, table(longName).column("id", "bigint").primaryKey("id")
                .column("serial_no", "text"))).get(0);

        assertThat(finding.fix()).matches("ALTER TABLE \\w+ ADD CONSTRAINT (uk_\\w{1,60}) UNIQUE \\(serial_no\\);");
    }

    @Test
    void columnsThatCopyAnotherTablesKeyStaySilent() {
        Schema schema = schema(Dialect.MYSQL, incidentOrder().key(KeyKind.UNIQUE_CONSTRAINT, "order_no"),
                table("t_order_item").column("id", "bigint").column("order_no", "varchar(32)", null, "订单号")
                        .column("item_no", "int").primaryKey("id"),
                table("t_goods").column("goods_sn", "varchar(32)").primaryKey("goods_sn"),
                table("cart").column("id", "bigint").column("goods_sn", "varchar(32)").primaryKey("id"),
                table("refund").column("id", "bigint").column("sale_no", "varchar(32)").primaryKey("id")
                        .foreignKey("sale_no", "sale", "sale_no"));

        assertThat(paths(schema)).isEmpty();
    }

    @Test
    void codesOfOtherThingsAndPositionsStaySilent() {
        Schema schema = schema(Dialect.MYSQL, table("t_address").column("id", "bigint").primaryKey("id")
                .column("country_code", "char(2)").column("postal_code", "varchar(10)")
                .column("status_code", "int").column("order_type_code", "varchar(8)")
                .column("sort_no", "int").column("version_no", "int").column("created_at", "datetime", null, "编号时间"));

        assertThat(paths(schema)).isEmpty();
    }

    @Test
    void unprefixedCodesLoginNamesAndCommentWordsFire() {
        Schema schema = schema(Dialect.MYSQL,
                table("sms_coupon").column("id", "bigint").column("code", "varchar(64)").primaryKey("id"),
                table("sys_user").column("user_id", "bigint").column("user_name", "varchar(30)").primaryKey("user_id"),
                table("t_payment").column("id", "bigint").column("out_trade_no", "varchar(64)").primaryKey("id"),
                table("t_voucher").column("id", "bigint").column("serial", "varchar(64)", null, "流水号")
                        .primaryKey("id"));

        assertThat(paths(schema)).containsExactly("sms_coupon.code", "sys_user.user_name",
                "t_payment.out_trade_no", "t_voucher.serial");
    }

    @Test
    void logTablesAndNumbersOfOtherThingsStaySilent() {
        Schema schema = schema(Dialect.MYSQL,
                table("sys_login_log").column("id", "bigint").column("login_name", "varchar(50)").primaryKey("id"),
                incidentOrder().key(KeyKind.UNIQUE_CONSTRAINT, "order_no").column("delivery_sn", "varchar(64)")
                        .column("trade_no", "varchar(64)"));

        assertThat(paths(schema)).isEmpty();
    }

    @Test
    void optionsReplaceTheDefaults() {
        List<Finding> findings = run(rule, schema(Dialect.MYSQL, incidentOrder()), List.of(),
                Map.of("excludedNames", "order_no"));

        assertThat(findings).isEmpty();
    }
}
