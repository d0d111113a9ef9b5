package io.github.schemaguard.source.ddl;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementParserTest {

    @Test
    void parsesWithinTheTimeLimit() throws JSQLParserException {
        try (StatementParser parser = new StatementParser(StatementParser.DEFAULT_TIMEOUT_MILLIS, true)) {
            assertThat(parser.parse("CREATE TABLE t (a varchar(3) COMMENT 'it\\'s')")).isInstanceOf(CreateTable.class);
        }
    }

    @Test
    void givesUpOnAStatementThatTakesTooLong() {
        String huge = "CREATE TABLE t (c int DEFAULT (" + IntStream.range(0, 200_000)
                .mapToObj(Integer::toString).collect(Collectors.joining(" + ")) + "))";
        long started = System.nanoTime();
        try (StatementParser parser = new StatementParser(1, false)) {
            assertThatThrownBy(() -> parser.parse(huge)).isInstanceOf(JSQLParserException.class)
                    .hasMessageContaining("Time out");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(StatementParser.DEFAULT_TIMEOUT_MILLIS);
    }

    @Test
    void treatsAnUnsupportedStatementAsAFailure() {
        try (StatementParser parser = new StatementParser(StatementParser.DEFAULT_TIMEOUT_MILLIS, false)) {
            assertThatThrownBy(() -> parser.parse("CREATE TABLE script (id int, script text)"))
                    .isInstanceOf(JSQLParserException.class).hasMessageContaining("not supported");
        }
    }
}
