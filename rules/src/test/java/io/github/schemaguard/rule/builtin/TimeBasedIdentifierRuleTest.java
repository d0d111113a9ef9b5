package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static io.github.schemaguard.rule.builtin.ModelBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class TimeBasedIdentifierRuleTest {

    private final TimeBasedIdentifierRule rule = new TimeBasedIdentifierRule();

    private List<Finding> check(Dialect dialect, ModelBuilder table) {
        return run(rule, schema(dialect, table));
    }

    @Test
    void aSecondPreciseDefaultFiresAndSaysWhy() {
        List<Finding> findings = check(Dialect.MYSQL, table("t_order").column("id", "bigint").primaryKey("id")
                .column("order_no", "varchar(32)", "(DATE_FORMAT(NOW(), '%Y%m%d%H%i%s'))", "订单号"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("time-based-identifier");
            assertThat(f.objectPath()).isEqualTo("t_order.order_no");
            assertThat(f.location()).isEqualTo(Location.of("test.sql", 4, 3));
            assertThat(f.message()).contains("precise to the second", "same second", "concurrent inserts collide");
        });
    }

    @Test
    void thePrecisionFollowsTheFormatOrType() {
        assertThat(check(Dialect.MYSQL, table("t").column("trade_no", "varchar(32)",
                "(DATE_FORMAT(NOW(3), '%Y%m%d%H%i%s%f'))", null)).get(0).message()).contains("to the microsecond");
        assertThat(check(Dialect.POSTGRESQL, table("t").generated("serial_no", "text",
                "to_char(now(), 'YYYYMMDDHH24MISSMS')")).get(0).message()).contains("to the millisecond");
        assertThat(check(Dialect.MYSQL, table("t_batch").column("batch_time", "timestamp(3)").primaryKey("batch_time"))
                .get(0).message()).contains("typed timestamp(3)", "to the millisecond");
        assertThat(check(Dialect.POSTGRESQL, table("t").column("serial_no", "bigint",
                "(extract(epoch from now()))::bigint", null)).get(0).message()).contains("to the second");
    }

    @Test
    void aTriggerAssigningTheClockFiresAtTheTrigger() {
        ModelBuilder mysql = table("t_order").column("id", "bigint").primaryKey("id")
                .column("order_no", "varchar(32)", null, "订单号")
                .trigger("trg_order_no", "BEGIN SET NEW.order_no = CONCAT(DATE_FORMAT(NOW(),'%Y%m%d'), "
                        + "LPAD(FLOOR(RAND() * 100000), 5, '0')); SET NEW.updated_at = NOW(); END");
        ModelBuilder postgres = table("orders").column("id", "bigint").primaryKey("id")
                .column("order_no", "text")
                .trigger("orders_no", "BEGIN NEW.\"order_no\" := to_char(now(), 'YYYYMMDDHH24MISS'); RETURN NEW; END");

        assertThat(check(Dialect.MYSQL, mysql)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(5);
            assertThat(f.message()).contains("trg_order_no", "to the day", "random part");
        });
        assertThat(check(Dialect.POSTGRESQL, postgres)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("to the second"));
    }

    @Test
    void timestampsThatAreNotIdentifiersStaySilent() {
        Schema schema = schema(Dialect.MYSQL, table("t_order").column("id", "bigint", "(UUID_SHORT())", null)
                        .primaryKey("id").column("created_at", "datetime", "CURRENT_TIMESTAMP", "创建时间")
                        .column("gmt_create", "datetime", "CURRENT_TIMESTAMP", null)
                        .column("order_no", "varchar(36)", "(UUID())", "订单号")
                        .column("updated_at", "datetime", null, null)
                        .trigger("touch", "SET NEW.updated_at = NOW()"),
                table("calendar_day").column("day", "date").primaryKey("day"),
                table("salaries").column("emp_no", "int").column("from_date", "date")
                        .primaryKey("emp_no", "from_date"));

        assertThat(run(rule, schema)).isEmpty();
    }
}
