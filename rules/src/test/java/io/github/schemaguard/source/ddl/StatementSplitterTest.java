package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StatementSplitterTest {

    private static List<String> texts(String sql, Dialect dialect) {
        return StatementSplitter.split("f.sql", sql, dialect).stream()
                .map(SqlStatement::text)
                .collect(Collectors.toList());
    }

    @Test
    void splitsOnSemicolonsAndKeepsTheLastStatementWithoutTerminator() {
        assertThat(texts("create table a (x int);\ncreate table b (y int)\n", Dialect.GENERIC))
                .containsExactly("create table a (x int)", "create table b (y int)");
    }

    @Test
    void emptyAndCommentOnlyStatementsAreDropped() {
        assertThat(texts(";;\n-- only a comment\n;\n/* block */ ;\nselect 1;;", Dialect.GENERIC))
                .containsExactly("select 1");
    }

    @Test
    void positionIsTheFirstCharacterAfterLeadingCommentsAndBlanks() {
        String sql = "-- header\n\n  /* note */ create table t (\n  id int);\n   select 2;";
        List<SqlStatement> statements = StatementSplitter.split("db/V1__a.sql", sql);

        assertThat(statements).extracting(SqlStatement::line, SqlStatement::column)
                .containsExactly(tuple(3, 14), tuple(5, 4));
        assertThat(statements.get(0).text()).isEqualTo("create table t (\n  id int)");
        assertThat(statements.get(0).file()).isEqualTo("db/V1__a.sql");
    }

    @Test
    void crlfFilesKeepLineNumbersAndGetNormalisedText() {
        String sql = "-- c\r\n\r\nCREATE TABLE a (\r\n  x int\r\n);\r\n\r\n  DROP TABLE b;\r\n";
        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, Dialect.MYSQL);

        assertThat(statements.get(0).text()).isEqualTo("CREATE TABLE a (\n  x int\n)");
        assertThat(statements.get(0).line()).isEqualTo(3);
        assertThat(statements.get(1).line()).isEqualTo(7);
        assertThat(statements.get(1).column()).isEqualTo(3);
        assertThat(statements.get(0).locationOf(statements.get(0).text().indexOf("x int")).render())
                .isEqualTo("f.sql:[4,3]");
    }

    @Test
    void quotesHideSemicolonsAndDoubledQuotesEscape() {
        assertThat(texts("insert into t values ('a;b', 'it''s; fine', \"x;\"\"y\");select 1;", Dialect.GENERIC))
                .containsExactly("insert into t values ('a;b', 'it''s; fine', \"x;\"\"y\")", "select 1");
    }

    @Test
    void mysqlBackslashEscapesDoNotEndStrings() {
        String sql = "INSERT INTO t VALUES ('{\\\"a\\\":\\'x;\\'}', \"q\\\";\");\nINSERT INTO t VALUES ('c:\\\\');\nSELECT 1;";

        assertThat(texts(sql, Dialect.MYSQL)).hasSize(3).last().isEqualTo("SELECT 1");
    }

    @Test
    void standardStringsTreatBackslashAsLiteralButEStringsEscape() {
        String sql = "insert into t values ('c:\\');\ninsert into t values (E'it\\'s;');\nselect 1;";

        assertThat(texts(sql, Dialect.POSTGRESQL))
                .containsExactly("insert into t values ('c:\\')", "insert into t values (E'it\\'s;')", "select 1");
    }

    @Test
    void backticksAndLineAndBlockCommentsHideSemicolons() {
        String sql = "CREATE TABLE `a;b` (\n  x int -- c;\n, y int # d;\n /* e; */);\nSELECT 2;";

        assertThat(texts(sql, Dialect.MYSQL)).containsExactly(
                "CREATE TABLE `a;b` (\n  x int -- c;\n, y int # d;\n /* e; */)", "SELECT 2");
    }

    @Test
    void hashIsAnOperatorInPostgresql() {
        assertThat(texts("select data #> '{a}' from t;\nselect 2;", Dialect.POSTGRESQL))
                .containsExactly("select data #> '{a}' from t", "select 2");
    }

    @Test
    void mysqlExecutableCommentsAreStatements() {
        String sql = "/*!40101 SET NAMES utf8 */;\n/* plain */\n/*!40000 ALTER TABLE `t` DISABLE KEYS */;";

        assertThat(texts(sql, Dialect.MYSQL))
                .containsExactly("/*!40101 SET NAMES utf8 */", "/*!40000 ALTER TABLE `t` DISABLE KEYS */");
    }

    @Test
    void delimiterBlocksKeepTriggerBodiesWhole() {
        String sql = "DELIMITER ;;\r\n"
                + "CREATE TRIGGER ins AFTER INSERT ON film FOR EACH ROW BEGIN\r\n"
                + "  INSERT INTO log VALUES (1);\r\n"
                + "END;;\r\n"
                + "DELIMITER ;\r\n"
                + "DELIMITER $$\n"
                + "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END $$\n"
                + "delimiter ;\n"
                + "SELECT 3;";
        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, Dialect.MYSQL);

        assertThat(statements).extracting(SqlStatement::text).containsExactly(
                "CREATE TRIGGER ins AFTER INSERT ON film FOR EACH ROW BEGIN\n  INSERT INTO log VALUES (1);\nEND",
                "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
                "SELECT 3");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 7, 9);
    }

    @Test
    void mysqldumpTriggerInExecutableCommentsIsOneSchemaStatement() {
        String sql = "DELIMITER ;;\n"
                + "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `ins` AFTER INSERT ON `film`"
                + " FOR EACH ROW BEGIN\n    INSERT INTO log VALUES ('a;b');\n  END */;;\n"
                + "DELIMITER ;\n"
                + "/*!40101 SET character_set_client = @saved_cs_client */;\n";
        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, Dialect.MYSQL);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).text()).startsWith("/*!50003 CREATE*/").endsWith("END */");
        assertThat(StatementClassifier.classify(statements.get(0).text())).isEqualTo(StatementKind.SCHEMA);
        assertThat(StatementClassifier.classify(statements.get(1).text())).isEqualTo(StatementKind.SKIPPED);
    }

    @Test
    void dollarQuotedBodiesAreKeptWhole() {
        String sql = "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN NEW.x := 'a;'; RETURN NEW; END;\n$$ LANGUAGE plpgsql;\n"
                + "CREATE FUNCTION g() RETURNS int AS $_$ select $1; $$ not the end; $_$;\n"
                + "DO $body$ BEGIN PERFORM 1; END $body$;\n"
                + "select price$1 from t where a = $1;";

        assertThat(texts(sql, Dialect.POSTGRESQL)).containsExactly(
                "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN NEW.x := 'a;'; RETURN NEW; END;\n$$ LANGUAGE plpgsql",
                "CREATE FUNCTION g() RETURNS int AS $_$ select $1; $$ not the end; $_$",
                "DO $body$ BEGIN PERFORM 1; END $body$",
                "select price$1 from t where a = $1");
    }

    @Test
    void dollarSignsAreNotQuotesInMysql() {
        assertThat(texts("SELECT '$$';\nSELECT $$;\nSELECT 2;", Dialect.MYSQL))
                .containsExactly("SELECT '$$'", "SELECT $$", "SELECT 2");
    }

    @Test
    void nestedBlockCommentsInPostgresql() {
        assertThat(texts("/* a /* b; */ c; */ select 1;", Dialect.POSTGRESQL)).containsExactly("select 1");
    }

    @Test
    void copyDataBlocksAreSwallowed() {
        String sql = "COPY public.actor (id, name) FROM stdin;\n"
                + "1\tit's; me\n"
                + "2\t\\N\n"
                + "\\.\n"
                + "\n"
                + "ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (id);\n";
        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, Dialect.POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::text).containsExactly(
                "COPY public.actor (id, name) FROM stdin",
                "ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (id)");
        assertThat(statements.get(1).line()).isEqualTo(6);
    }

    @Test
    void copyDataWithCrlfAndNoEndMarkerRunsToTheEnd() {
        String sql = "COPY t (a) FROM stdin;\r\nx;y\r\n\\.\r\nselect 1;\r\nCOPY t (a) FROM STDIN;\r\nunfinished;\r\n";

        assertThat(texts(sql, Dialect.POSTGRESQL))
                .containsExactly("COPY t (a) FROM stdin", "select 1", "COPY t (a) FROM STDIN");
    }

    @Test
    void psqlMetaCommandsAreDropped() {
        String sql = "\\restrict abc\n\\connect mydb\nCREATE TABLE a (x int);\n\\unrestrict abc\n";

        assertThat(texts(sql, Dialect.POSTGRESQL)).containsExactly("CREATE TABLE a (x int)");
    }

    @Test
    void mysqlSourceCommandIsItsOwnStatementEndingAtTheLineEnd() {
        String sql = "source load_departments.dump ;\nSOURCE other.sql\nSELECT 1;";
        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, Dialect.MYSQL);

        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("source load_departments.dump", "SOURCE other.sql", "SELECT 1");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3);
    }

    @Test
    void unterminatedQuoteRunsToTheEndWithoutFailing() {
        assertThat(texts("select 1;\nselect 'open;\nselect 2;", Dialect.GENERIC))
                .containsExactly("select 1", "select 'open;\nselect 2;");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstStatement() {
        assertThat(texts("\uFEFFselect 1;", Dialect.GENERIC)).containsExactly("select 1");
    }

    @Test
    void largeInputSplitsInLinearTime() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sql.append("INSERT INTO t VALUES (").append(i).append(", 'row; ").append(i).append("', `x`); -- note\n");
        }
        long start = System.nanoTime();
        List<SqlStatement> statements = StatementSplitter.split("big.sql", sql.toString(), Dialect.MYSQL);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(statements).hasSize(20_000);
        assertThat(statements.get(19_999).line()).isEqualTo(20_000);
        assertThat(millis).as("split of %d chars took %d ms", sql.length(), millis).isLessThan(2_000);
    }
}
