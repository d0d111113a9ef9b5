package io.github.schemaguard.source.ddl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatementClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TABLE t (id int)",
            "create temporary table t (id int)",
            "CREATE UNLOGGED TABLE t (id int)",
            "CREATE GLOBAL TEMPORARY TABLE t (id int)",
            "CREATE TABLE IF NOT EXISTS `t` (id int)",
            "CREATE CACHED TABLE t (id int)",
            "CREATE UNIQUE INDEX uk ON t (a)",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON t (a)",
            "CREATE FULLTEXT INDEX ix ON t (a)",
            "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
            "CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
            "CREATE CONSTRAINT TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
            "CREATE DEFINER=`root`@`localhost` TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
            "CREATE DEFINER = 'root'@'%' TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
            "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `ins` AFTER INSERT ON `film` FOR EACH ROW BEGIN END */",
            "-- leading comment\n/* another */ ALTER TABLE t ADD COLUMN b int",
            "ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)",
            "ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT c",
            "ALTER IGNORE TABLE t ADD UNIQUE (a)",
            "ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('s'::regclass)",
            "DROP TABLE IF EXISTS t",
            "DROP TEMPORARY TABLE t",
            "DROP INDEX ix",
            "RENAME TABLE a TO b",
            "COMMENT ON TABLE t IS 'x'",
            "comment on column t.a is 'x'"
    })
    void schemaStatements(String statement) {
        assertThat(StatementClassifier.classify(statement)).isEqualTo(StatementKind.SCHEMA);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO t VALUES (1)",
            "update t set a = 1",
            "DELETE FROM t",
            "SET NAMES utf8mb4",
            "LOCK TABLES `t` WRITE",
            "UNLOCK TABLES",
            "GRANT SELECT ON t TO u",
            "REVOKE ALL ON t FROM u",
            "COPY public.t (a) FROM stdin",
            "SELECT pg_catalog.set_config('search_path', '', false)",
            "CREATE VIEW v AS SELECT 1",
            "CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ select 1 $$ LANGUAGE sql",
            "CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN END",
            "CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1",
            "CREATE SEQUENCE s",
            "CREATE TYPE mood AS ENUM ('a')",
            "CREATE EXTENSION IF NOT EXISTS pgcrypto",
            "CREATE SCHEMA s",
            "CREATE DATABASE d",
            "USE sakila",
            "BEGIN",
            "COMMIT",
            "DO $$ BEGIN END $$",
            "ALTER SEQUENCE s OWNED BY t.id",
            "ALTER FUNCTION f() OWNER TO postgres",
            "ALTER TABLE public.t OWNER TO postgres",
            "ALTER TABLE \"public\".\"t\" OWNER TO postgres",
            "ALTER TABLE public.t DISABLE TRIGGER ALL",
            "/*!40000 ALTER TABLE `t` DISABLE KEYS */",
            "/*!40101 SET NAMES utf8 */",
            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
            "source load_departments.dump",
            "DROP VIEW v",
            "DROP TRIGGER IF EXISTS trg",
            "COMMENT ON FUNCTION f() IS 'x'",
            "'not a keyword'",
            "-- only a comment"
    })
    void skippedStatements(String statement) {
        assertThat(StatementClassifier.classify(statement)).isEqualTo(StatementKind.SKIPPED);
    }
}
