package io.github.schemaguard.source.ddl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTextTest {

    @Test
    void decodesStringLiterals() {
        assertThat(SqlText.stringValue("'it''s'", false)).isEqualTo("it's");
        assertThat(SqlText.stringValue("'a\\'b\\\\c'", true)).isEqualTo("a'b\\c");
        assertThat(SqlText.stringValue("'a\\b'", false)).isEqualTo("a\\b");
        assertThat(SqlText.stringValue("E'line\\n'", false)).isEqualTo("line\n");
    }

    @Test
    void findsWholeNamesOutsideCommentsAndStrings() {
        String original = "a int COMMENT 'name', -- name\n `name` text, names int";
        String text = SqlText.blankLiteralsAndComments(original);

        assertThat(text).hasSameSizeAs(original);
        assertThat(SqlText.indexOfName(text, "name", 0)).isEqualTo(31);
        assertThat(SqlText.indexOfName(text, "`name`", 33)).isEqualTo(-1);
    }

    @Test
    void shortensMessagesAndExcerpts() {
        assertThat(SqlText.firstLine("net.sf.jsqlparser.parser.ParseException: Encountered \"KEY\"\n  at line 2"))
                .isEqualTo("Encountered \"KEY\"");
        assertThat(SqlText.excerpt("CREATE TABLE t (\n  id int\n)")).isEqualTo("CREATE TABLE t ( id int )");
        assertThat(SqlText.excerpt("x".repeat(80))).hasSize(63).endsWith("...");
        assertThat(SqlText.unparenthesize("((a + b))")).isEqualTo("a + b");
        assertThat(SqlText.unparenthesize("(a) + (b)")).isEqualTo("(a) + (b)");
    }

    @Test
    void unwrapsMysqlExecutableCommentsKeepingOffsets() {
        String text = "/*!50003 CREATE*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = '*/' */";

        String unwrapped = ExecutableComments.unwrap(text);

        assertThat(unwrapped).hasSameSizeAs(text);
        assertThat(unwrapped.strip().replaceAll("\\s+", " "))
                .isEqualTo("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = '*/'");
    }
}
