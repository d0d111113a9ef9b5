package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NullableUniqueKeyRuleTest {

    private final NullableUniqueKeyRule rule = new NullableUniqueKeyRule();

    @Test
    void mysqlFixRestatesTheColumnAsNotNullKeepingDefaultAndComment() {
        Finding finding = DdlLint.run(rule, Dialect.MYSQL, """
                CREATE TABLE t_order (
                  id BIGINT NOT NULL PRIMARY KEY,
                  order_no VARCHAR(32) DEFAULT 'n/a' COMMENT 'it''s the 订单号',
                  UNIQUE KEY uk_order_no (order_no)
                );
                """).get(0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().line()).isEqualTo(3);
        assertThat(finding.objectPath()).isEqualTo("t_order.order_no");
        assertThat(finding.message()).contains("unique key uk_order_no", "allows NULL");
        assertThat(finding.fix()).isEqualTo(
                "ALTER TABLE t_order MODIFY order_no VARCHAR(32) NOT NULL DEFAULT 'n/a' COMMENT 'it''s the 订单号';");
    }

    @Test
    void postgresFixSetsNotNullAndNullsNotDistinctOrAnIsNotNullPredicateSilence() {
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE public.invoices (id bigint PRIMARY KEY, invoice_number text UNIQUE);
                """)).extracting(Finding::fix)
                .containsExactly("ALTER TABLE public.invoices ALTER COLUMN invoice_number SET NOT NULL;");
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE invoices (id bigint PRIMARY KEY, invoice_number text);
                CREATE UNIQUE INDEX a ON invoices (invoice_number) NULLS NOT DISTINCT;
                """)).isEmpty();
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE invoices (id bigint PRIMARY KEY, invoice_number text);
                CREATE UNIQUE INDEX a ON invoices (invoice_number) WHERE ("invoice_number" IS NOT NULL);
                """)).isEmpty();
    }

    @Test
    void onlyIdentifiersNamedAfterTheirTableAndTheBusinessKeyOptionsApply() {
        String sql = """
                CREATE TABLE t_payment (id BIGINT PRIMARY KEY, payment_no VARCHAR(32), serial_no VARCHAR(32),
                  UNIQUE KEY uk_payment_no (payment_no), UNIQUE KEY uk_serial (serial_no));
                """;
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql)).extracting(Finding::objectPath)
                .containsExactly("t_payment.payment_no");
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of("excludedNames", "payment_no"))).isEmpty();
    }
}
