package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DdlSourceMySqlTest {
    @TempDir
    Path dir;

    private DdlReadResult read(String... sqlFiles) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < sqlFiles.length; i++) {
            files.add(Files.writeString(migrations.resolve("V" + (i + 1) + "__m.sql"), sqlFiles[i]));
        }
        return DdlSource.read(dir, files, Dialect.MYSQL);
    }

    private static Table table(DdlReadResult result, String name) {
        return result.schema().table(name).orElseThrow();
    }

    @Test
    void readsCreateTableWithColumnsKeysAndComments() throws IOException {
        DdlReadResult result = read("""
                CREATE TABLE `t_order` (
                  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'id',
                  `order_no` varchar(32) CHARACTER SET utf8mb4 NOT NULL DEFAULT '' COMMENT '订单号 it''s',
                  `created` datetime NULL DEFAULT CURRENT_TIMESTAMP,
                  `total` decimal(10, 2) DEFAULT NULL,
                  `code` varchar(8) GENERATED ALWAYS AS (concat('X', `id`)) STORED,
                  `user_id` bigint NOT NULL,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uk_user` (`user_id`, `code`),
                  KEY `idx_created` (`created`),
                  CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单表';
                """);

        assertThat(result.problems()).isEmpty();
        Table order = table(result, "t_order");
        assertThat(order.comment()).isEqualTo("订单表");
        assertThat(order.location()).isEqualTo(Location.of("db/migration/V1__m.sql", 1, 1));
        assertThat(order.columns()).extracting(Column::name)
                .containsExactly("id", "order_no", "created", "total", "code", "user_id");

        Column id = order.column("id").orElseThrow();
        assertThat(id.type()).isEqualTo("bigint(20)");
        assertThat(id.nullable()).isFalse();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.location()).isEqualTo(Location.of("db/migration/V1__m.sql", 2, 3));

        Column orderNo = order.column("ORDER_NO").orElseThrow();
        assertThat(orderNo.type()).isEqualTo("varchar(32)");
        assertThat(orderNo.nullable()).isFalse();
        assertThat(orderNo.defaultExpression()).isEqualTo("''");
        assertThat(orderNo.comment()).isEqualTo("订单号 it's");
        assertThat(orderNo.location()).isEqualTo(Location.of("db/migration/V1__m.sql", 3, 3));

        assertThat(order.column("created").orElseThrow().defaultExpression()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(order.column("created").orElseThrow().nullable()).isTrue();
        assertThat(order.column("total").orElseThrow().type()).isEqualTo("decimal(10,2)");
        assertThat(order.column("total").orElseThrow().defaultExpression()).isNull();
        assertThat(order.column("code").orElseThrow().generatedExpression()).contains("concat");

        assertThat(order.primaryKey().columns()).containsExactly("id");
        assertThat(order.primaryKey().location().line()).isEqualTo(8);
        assertThat(order.keys()).extracting(Key::name, Key::kind, Key::columns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("uk_user", KeyKind.UNIQUE_INDEX, List.of("user_id", "code")),
                org.assertj.core.groups.Tuple.tuple("idx_created", KeyKind.INDEX, List.of("created")));
        assertThat(order.keys().get(0).location()).isEqualTo(Location.of("db/migration/V1__m.sql", 9, 14));
        assertThat(order.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_user");
            assertThat(fk.columns()).containsExactly("user_id");
            assertThat(fk.referencedTable()).isEqualTo("t_user");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
        assertThat(result.stats()).isEqualTo(new DdlReadStats(1, 1, 0, 0));
    }

    @Test
    void serialIsMySqlsUnsignedBigintWhoseUniqueKeyAnInlinePrimaryKeyAbsorbs() throws IOException {
        DdlReadResult result = read("""
                CREATE TABLE events (id SERIAL, PRIMARY KEY (id));
                CREATE TABLE tags (id SERIAL PRIMARY KEY, name varchar(20));
                CREATE TABLE logs (id int SERIAL DEFAULT VALUE, note text);
                """);

        Table events = result.schema().table("events").orElseThrow();
        assertThat(events.column("id").orElseThrow()).extracting(Column::type, Column::nullable, Column::autoIncrement)
                .containsExactly("bigint unsigned", false, true);
        assertThat(events.keys()).extracting(Key::kind, Key::columns)
                .containsExactly(tuple(KeyKind.UNIQUE_CONSTRAINT, List.of("id")));
        assertThat(result.schema().table("tags").orElseThrow().keys()).isEmpty();
        Table logs = result.schema().table("logs").orElseThrow();
        assertThat(logs.column("id").orElseThrow()).extracting(Column::type, Column::nullable, Column::autoIncrement)
                .containsExactly("int", false, true);
        assertThat(logs.uniqueKeys()).extracting(Key::columns).containsExactly(List.of("id"));
    }

    @Test
    void appliesAlterTableActionsInOrderAcrossFiles() throws IOException {
        DdlReadResult result = read("""
                CREATE TABLE orders (id int PRIMARY KEY, order_no varchar(20), note text, tmp int);
                CREATE INDEX idx_tmp ON orders (tmp, note);
                """, """
                ALTER TABLE orders ADD COLUMN status int NOT NULL DEFAULT 0 COMMENT 'state',
                  MODIFY order_no varchar(32) NOT NULL COMMENT '订单号',
                  CHANGE `note` `remark` varchar(100) NULL,
                  DROP COLUMN tmp;
                ALTER TABLE orders ADD UNIQUE INDEX uk_no (order_no), ADD KEY idx_status (status);
                ALTER TABLE orders DROP INDEX idx_status;
                ALTER TABLE orders RENAME COLUMN status TO state;
                RENAME TABLE orders TO t_order;
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.schema().table("orders")).isEmpty();
        Table order = table(result, "t_order");
        assertThat(order.columns()).extracting(Column::name).containsExactly("id", "order_no", "remark", "state");
        assertThat(order.column("id").orElseThrow().nullable()).isFalse();
        Column orderNo = order.column("order_no").orElseThrow();
        assertThat(orderNo.type()).isEqualTo("varchar(32)");
        assertThat(orderNo.nullable()).isFalse();
        assertThat(orderNo.comment()).isEqualTo("订单号");
        assertThat(orderNo.location()).isEqualTo(Location.of("db/migration/V2__m.sql", 2, 10));
        assertThat(order.column("remark").orElseThrow().location())
                .isEqualTo(Location.of("db/migration/V2__m.sql", 3, 17));
        Column state = order.column("state").orElseThrow();
        assertThat(state.defaultExpression()).isEqualTo("0");
        assertThat(state.comment()).isEqualTo("state");
        assertThat(order.keys()).extracting(Key::name, Key::columns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idx_tmp", List.of("remark")),
                org.assertj.core.groups.Tuple.tuple("uk_no", List.of("order_no")));
        assertThat(order.keys().get(1).kind()).isEqualTo(KeyKind.UNIQUE_INDEX);
    }

    @Test
    void droppingTheOnlyColumnOfAKeyDropsTheKey() throws IOException {
        DdlReadResult result = read("""
                CREATE TABLE t (id int, code varchar(8), UNIQUE KEY uk_code (code), PRIMARY KEY (id));
                ALTER TABLE t DROP COLUMN code;
                ALTER TABLE t DROP PRIMARY KEY;
                """);

        Table t = table(result, "t");
        assertThat(t.keys()).isEmpty();
        assertThat(t.primaryKey()).isNull();
    }

    @Test
    void keepsPrimaryKeyColumnsNotNullAndTriggersWithTheirRenamedTable() throws IOException {
        DdlReadResult result = read("""
                CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.id = 1;
                ALTER TABLE t MODIFY id bigint;
                RENAME TABLE t TO t2;
                """);

        Table t2 = table(result, "t2");
        assertThat(t2.column("id").orElseThrow().type()).isEqualTo("bigint");
        assertThat(t2.column("id").orElseThrow().nullable()).isFalse();
        assertThat(t2.triggers()).extracting(trigger -> trigger.table()).containsExactly("t2");
    }

    @Test
    void readsMysqldumpTriggersAndReservedColumnNames() throws IOException {
        DdlReadResult result = read("""
                DROP TABLE IF EXISTS `job`;
                /*!40101 SET character_set_client = utf8 */;
                CREATE TABLE job (
                  id int NOT NULL AUTO_INCREMENT,
                  key varchar(64) NOT NULL,
                  script text,
                  PRIMARY KEY (id),
                  UNIQUE KEY uk_key (key)
                ) ENGINE=InnoDB PARTITION BY HASH (id) PARTITIONS 4;
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `job_bi` BEFORE INSERT ON `job` FOR EACH ROW BEGIN
                    SET NEW.key = DATE_FORMAT(NOW(), '%Y%m%d%H%i%s');
                END */;;
                DELIMITER ;
                """);

        assertThat(result.problems()).isEmpty();
        Table job = table(result, "job");
        assertThat(job.columns()).extracting(Column::name).containsExactly("id", "key", "script");
        assertThat(job.column("key").orElseThrow().location().line()).isEqualTo(5);
        assertThat(job.uniqueKeys()).extracting(Key::columns).containsExactly(List.of("id"), List.of("key"));
        assertThat(job.triggers()).singleElement().satisfies(trigger -> {
            assertThat(trigger.name()).isEqualTo("job_bi");
            assertThat(trigger.table()).isEqualTo("job");
            assertThat(trigger.body()).contains("DATE_FORMAT(NOW()");
            assertThat(trigger.location().line()).isEqualTo(11);
        });
        assertThat(result.stats().skipped()).isEqualTo(1);
    }
}
