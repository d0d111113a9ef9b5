package io.github.schemaguard.source.ddl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParserMessagesTest {

    private final SqlStatement statement = new SqlStatement("V1__x.sql",
            "CREATE TABLE t (\n  id BIGINT PRIMARY KEY,,\n  note text\n)", 7, 5);

    @Test
    void positionsOnTheStatementsFirstLineAreShiftedByItsColumn() {
        assertThat(ParserMessages.withFilePositions("Encountered \"(\" at line 1, column 15.", statement))
                .isEqualTo("Encountered \"(\" at line 7, column 19.");
    }

    @Test
    void positionsOnLaterLinesKeepTheirColumn() {
        assertThat(ParserMessages.withFilePositions("Encountered \",\" at line 2, column 25.", statement))
                .isEqualTo("Encountered \",\" at line 8, column 25.");
    }

    @Test
    void messagesWithoutAPositionStayAsTheyAre() {
        assertThat(ParserMessages.withFilePositions("statement not supported by the SQL parser", statement))
                .isEqualTo("statement not supported by the SQL parser");
    }
}
