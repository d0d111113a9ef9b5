package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link MariaDbCatalog} reads from each kind of catalog entry, in databases of this test's own. */
@Tag("db")
class MariaDbCatalogTest {

    private static final String DATABASE = "sg_pgcat_reader";
    private static final String OTHER = "sg_pgcat_reader_other";
    private static Schema crawled;

    @BeforeAll
    static void createAndCrawl() throws SQLException {
        dropDatabases();
        try (Connection server = TestServers.mariadb("")) {
            TestServers.execute(server, "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4",
                    "CREATE DATABASE " + OTHER, "CREATE TABLE " + OTHER + ".archive (id BIGINT PRIMARY KEY)");
        }
        try (Connection connection = TestServers.mariadb(DATABASE)) {
            TestServers.execute(connection,
                    "CREATE TABLE t_order (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                            + " order_no VARCHAR(32) COLLATE utf8mb4_bin NOT NULL COMMENT '订单号',"
                            + " title VARCHAR(200) NOT NULL DEFAULT '', body TEXT,"
                            + " created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),"
                            + " created_day DATE AS (CAST(created_at AS DATE)) VIRTUAL,"
                            + " UNIQUE KEY uk_order_no (order_no), KEY idx_title (title(20), created_at),"
                            + " FULLTEXT KEY ft_body (body)) COMMENT='orders'",
                    "CREATE TABLE t_line (id BIGINT PRIMARY KEY, order_id INT UNSIGNED NOT NULL,"
                            + " CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES t_order (id))",
                    "CREATE TRIGGER trg_order_no BEFORE INSERT ON t_order FOR EACH ROW"
                            + " SET NEW.order_no = DATE_FORMAT(NOW(), '%Y%m%d%H%i%s')");
        }
        try (Connection connection = TestServers.mariadb(DATABASE)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            crawled = MariaDbCatalog.read(connection, name -> name.startsWith("sg_pgcat_reader"),
                    (schema, table) -> true, "mariadb://127.0.0.1:3306/" + DATABASE, line -> { });
            connection.rollback();
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection server = TestServers.mariadb("")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE, "DROP DATABASE IF EXISTS " + OTHER);
        }
    }

    @Test
    void currentDatabaseTablesAreUnqualifiedOthersKeepTheirDatabase() {
        assertThat(crawled.tables()).extracting(Table::qualifiedName)
                .containsExactly("t_line", "t_order", OTHER + ".archive");
        assertThat(order().comment()).isEqualTo("orders");
        assertThat(order().location().render()).isEqualTo("mariadb://127.0.0.1:3306/" + DATABASE + "/" + DATABASE
                + ".t_order");
    }

    @Test
    void readsColumnsAsTheRulesExpectThem() {
        assertThat(column("id")).satisfies(c -> {
            assertThat(c.type()).isEqualTo("int(10) unsigned");
            assertThat(c.autoIncrement()).isTrue();
        });
        assertThat(column("order_no")).satisfies(c -> {
            assertThat(c.collation()).isEqualTo("utf8mb4_bin");
            assertThat(c.comment()).isEqualTo("订单号");
            assertThat(c.nullable()).isFalse();
        });
        assertThat(column("body").defaultExpression()).isNull();
        assertThat(column("title").defaultExpression()).isEqualTo("''");
        assertThat(column("created_at").defaultExpression()).isEqualToIgnoringCase("current_timestamp(3)");
        assertThat(column("created_day").generatedExpression()).containsIgnoringCase("cast(");
    }

    @Test
    void readsKeysWithPrefixLengthsAndMethods() {
        assertThat(order().primaryKey().columns()).containsExactly("id");
        assertThat(order().keys()).extracting(Key::name).containsExactly("uk_order_no", "idx_title", "ft_body");
        assertThat(order().keys().get(0).kind()).isEqualTo(KeyKind.UNIQUE_INDEX);
        assertThat(order().keys().get(1)).satisfies(k -> {
            assertThat(k.columns()).containsExactly("title", "created_at");
            assertThat(k.prefixLengths()).containsExactly(20, 0);
        });
        assertThat(order().keys().get(2).method()).isEqualTo("fulltext");
    }

    @Test
    void readsForeignKeysAndTriggerBodies() {
        assertThat(crawled.table("t_line").orElseThrow().foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_line_order");
            assertThat(fk.referencedTable()).isEqualTo("t_order");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
        assertThat(order().triggers()).singleElement().satisfies(trigger ->
                assertThat(trigger.body()).contains("SET NEW.order_no = DATE_FORMAT(NOW()"));
    }

    private static Table order() {
        return crawled.table("t_order").orElseThrow();
    }

    private static Column column(String name) {
        return order().column(name).orElseThrow();
    }
}
