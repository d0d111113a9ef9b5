package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading in-process H2, HSQLDB and SQLite databases into the model. */
class LiveSourceTest {

    private static final String[] ORDERS = {
        "CREATE TABLE t_order (id BIGINT NOT NULL AUTO_INCREMENT, order_no VARCHAR(32) NOT NULL COMMENT 'order number',"
            + " amount DECIMAL(12,2) NOT NULL, status TINYINT NOT NULL DEFAULT 0,"
            + " pay_day VARCHAR(8) GENERATED ALWAYS AS (FORMATDATETIME(CURRENT_TIMESTAMP, 'yyyyMMdd')),"
            + " PRIMARY KEY (id), KEY idx_t_order_order_no (order_no)) COMMENT='orders'",
        "CREATE TABLE t_payment (id BIGINT NOT NULL PRIMARY KEY, order_id BIGINT NOT NULL, pay_no VARCHAR(14),"
            + " channel VARCHAR(8), UNIQUE KEY uk_t_payment_pay_no (pay_no),"
            + " CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES t_order (id))",
        "CREATE UNIQUE INDEX ux_t_payment_channel_pay_no ON t_payment (channel, pay_no)",
        "CREATE SCHEMA audit",
        "CREATE TABLE audit.t_event (id INT)",
    };

    private final List<String> progress = new ArrayList<>();

    @Test
    void readsH2TablesColumnsKeysAndForeignKeys() throws Exception {
        String url = "jdbc:h2:mem:live_h2_read;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection keeper = TestDatabases.create(url, ORDERS)) {
            Schema schema = LiveSource.read(new LiveDatabase(url, null, null), progress::add);

            assertThat(schema.dialect()).isEqualTo(Dialect.H2);
            assertThat(schema.tables()).extracting(Table::qualifiedName)
                    .containsExactly("audit.t_event", "t_order", "t_payment");
            Table order = schema.table("t_order").orElseThrow();
            assertThat(order.location().render()).isEqualTo("jdbc:h2:mem:live_h2_read/public.t_order");
            assertThat(order.comment()).isEqualTo("orders");
            Column id = order.column("id").orElseThrow();
            assertThat(id.autoIncrement()).isTrue();
            assertThat(id.type()).isEqualTo("bigint");
            Column orderNo = order.column("order_no").orElseThrow();
            assertThat(orderNo.type()).isEqualTo("character varying(32)");
            assertThat(orderNo.nullable()).isFalse();
            assertThat(orderNo.comment()).isEqualTo("order number");
            assertThat(orderNo.location().render()).isEqualTo("jdbc:h2:mem:live_h2_read/public.t_order.order_no");
            assertThat(order.column("amount").orElseThrow().type()).isEqualTo("decimal(12,2)");
            assertThat(order.column("status").orElseThrow().defaultExpression()).isEqualTo("0");
            assertThat(order.column("pay_day").orElseThrow().generatedExpression()).containsIgnoringCase("FORMATDATETIME");
            assertThat(order.primaryKey().columns()).containsExactly("id");
            assertThat(order.keys()).extracting(Key::name, Key::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("idx_t_order_order_no", KeyKind.INDEX));

            Table payment = schema.table("t_payment").orElseThrow();
            assertThat(payment.keys()).filteredOn(Key::isUnique).extracting(Key::name, Key::kind, Key::columns)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("uk_t_payment_pay_no", KeyKind.UNIQUE_CONSTRAINT,
                                    List.of("pay_no")),
                            org.assertj.core.groups.Tuple.tuple("ux_t_payment_channel_pay_no", KeyKind.UNIQUE_INDEX,
                                    List.of("channel", "pay_no")));
            assertThat(payment.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.name()).isEqualTo("fk_payment_order");
                assertThat(fk.columns()).containsExactly("order_id");
                assertThat(fk.referencedTable()).isEqualTo("t_order");
                assertThat(fk.referencedColumns()).containsExactly("id");
            });
            assertThat(progress).anyMatch(line -> line.contains("3 tables read from jdbc:h2:mem:live_h2_read"));
        }
    }

    @Test
    void readsOnlyTheIncludedSchemasAndTables() throws Exception {
        String url = "jdbc:h2:mem:live_h2_filter;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection keeper = TestDatabases.create(url, ORDERS)) {
            LiveDatabase onlyPublicOrders = new LiveDatabase(url, null, null, NameFilter.parse("public", null),
                    NameFilter.parse("t_*", "t_pay*"), null, null, null);
            assertThat(LiveSource.read(onlyPublicOrders, progress::add).tables()).extracting(Table::qualifiedName)
                    .containsExactly("t_order");
        }
    }

    @Test
    void readsHsqldbIdentityAndTriggerBodies() throws Exception {
        String url = "jdbc:hsqldb:mem:live_hsqldb_read";
        try (Connection keeper = TestDatabases.create(url,
                "CREATE TABLE t_payment (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " pay_no VARCHAR(14) NOT NULL, CONSTRAINT uk_pay_no UNIQUE (pay_no))",
                "CREATE TRIGGER trg_t_payment_pay_no BEFORE INSERT ON t_payment REFERENCING NEW ROW AS new"
                        + " FOR EACH ROW SET new.pay_no = TO_CHAR(CURRENT_TIMESTAMP, 'YYYYMMDDHH24MISS')")) {
            Table payment = LiveSource.read(new LiveDatabase(url, "SA", ""), progress::add)
                    .table("T_PAYMENT").orElseThrow();

            assertThat(payment.schema()).isNull();
            assertThat(payment.column("ID").orElseThrow().autoIncrement()).isTrue();
            assertThat(payment.column("PAY_NO").orElseThrow().type()).isEqualTo("varchar(14)");
            assertThat(payment.keys()).extracting(Key::name, Key::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("UK_PAY_NO", KeyKind.UNIQUE_CONSTRAINT));
            assertThat(payment.triggers()).singleElement().satisfies(trigger -> {
                assertThat(trigger.name()).isEqualTo("TRG_T_PAYMENT_PAY_NO");
                assertThat(trigger.body()).contains("CURRENT_TIMESTAMP");
            });
        }
    }

    @Test
    void readsSqliteKeysAndForeignKeys() throws Exception {
        String url = "jdbc:sqlite:file:live_sqlite_read?mode=memory&cache=shared";
        try (Connection keeper = TestDatabases.create(url,
                "CREATE TABLE t_order (id INTEGER PRIMARY KEY AUTOINCREMENT, order_no VARCHAR(32) NOT NULL)",
                "CREATE TABLE t_payment (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES t_order (id),"
                        + " pay_no VARCHAR(14), UNIQUE (pay_no))",
                "CREATE INDEX ix_t_payment_order_id ON t_payment (order_id)")) {
            Schema schema = LiveSource.read(new LiveDatabase(url, null, null), progress::add);

            assertThat(schema.tables()).extracting(Table::name).containsExactly("t_order", "t_payment");
            assertThat(schema.table("t_order").orElseThrow().column("id").orElseThrow().autoIncrement()).isTrue();
            Table payment = schema.table("t_payment").orElseThrow();
            assertThat(payment.primaryKey().columns()).containsExactly("id");
            assertThat(payment.keys()).extracting(Key::kind, Key::columns).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(KeyKind.INDEX, List.of("order_id")),
                    org.assertj.core.groups.Tuple.tuple(KeyKind.UNIQUE_INDEX, List.of("pay_no")));
            assertThat(payment.foreignKeys()).singleElement()
                    .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("t_order"));
        }
    }
}
