package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static io.github.schemaguard.rule.builtin.ModelBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class MoneyAsFloatRuleTest {
    @TempDir
    Path dir;

    private final MoneyAsFloatRule rule = new MoneyAsFloatRule();

    private Schema read(Dialect dialect, String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("schema.sql"), sql);
        return DdlSource.read(dir, List.of(file), dialect).schema();
    }

    @Test
    void mySqlFixRestatesNotNullDefaultAndCommentBecauseModifyReplacesTheColumn() throws IOException {
        Finding finding = run(rule, read(Dialect.MYSQL, """
                CREATE TABLE t_order (id BIGINT PRIMARY KEY,
                  pay_amount DOUBLE NOT NULL DEFAULT 0 COMMENT 'buyer''s 支付金额');
                """)).get(0);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.objectPath()).isEqualTo("t_order.pay_amount");
        assertThat(finding.location().line()).isEqualTo(2);
        assertThat(finding.fix()).isEqualTo("ALTER TABLE t_order MODIFY COLUMN pay_amount DECIMAL(19,4) NOT NULL "
                + "DEFAULT 0 COMMENT 'buyer''s 支付金额';");
    }

    @Test
    void postgresFixChangesOnlyTheType() throws IOException {
        assertThat(run(rule, read(Dialect.POSTGRESQL, """
                CREATE TABLE public.invoices (id bigint PRIMARY KEY, total double precision NOT NULL);
                """))).extracting(Finding::fix)
                .containsExactly("ALTER TABLE public.invoices ALTER COLUMN total TYPE numeric(19,4);");
    }

    @Test
    void theLastNameWordDecidesAndMeasureWordsSilence() {
        Schema schema = schema(Dialect.MYSQL, table("t").column("unit_price", "float").column("price_ratio", "float")
                .column("total_count", "double").column("time_cost", "double").column("amount", "decimal(10,2)")
                .column("rating", "float", null, "价格评分").column("freight", "float", null, "运费金额"));

        assertThat(run(rule, schema)).extracting(Finding::objectPath).containsExactly("t.unit_price", "t.freight");
    }

    @Test
    void wordListsAreOptions() {
        Schema schema = schema(Dialect.MYSQL, table("t").column("premium", "double").column("price", "double"));

        assertThat(run(rule, schema, List.of(), Map.of("moneyWords", "premium"))).extracting(Finding::objectPath)
                .containsExactly("t.premium");
        assertThat(run(rule, schema, List.of(), Map.of("precision", "12", "scale", "2"))).extracting(Finding::fix)
                .containsExactly("ALTER TABLE t MODIFY COLUMN price DECIMAL(12,2);");
    }
}
