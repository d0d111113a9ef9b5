package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClockValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DATE_FORMAT(NOW(), '%Y%m%d%H%i%s') | varchar(32) | MYSQL | SECOND",
            "DATE_FORMAT(NOW(), '%Y%m%d') | varchar(32) | MYSQL | DAY",
            "DATE_FORMAT(NOW(), '%Y%m%d%H%i') | varchar(32) | MYSQL | MINUTE",
            "DATE_FORMAT(NOW(6), '%Y%m%d%H%i%s%f') | varchar(32) | MYSQL | MICROSECOND",
            "to_char(now(), 'YYYYMMDDHH24MISS') | text | POSTGRESQL | SECOND",
            "to_char(now(), 'YYYYMMDDHH24MISSMS') | text | POSTGRESQL | MILLISECOND",
            "to_char(now(), 'YYYYMMDDHH24MISSUS') | text | POSTGRESQL | MICROSECOND",
            "FORMATDATETIME(NOW(), 'yyyyMMddHHmmssSSS') | varchar | H2 | MILLISECOND",
            "FORMATDATETIME(NOW(), 'yyyyMMddHHmmss') | varchar | H2 | SECOND",
            "UNIX_TIMESTAMP() | bigint | MYSQL | SECOND",
            "(UNIX_TIMESTAMP(NOW(3)) * 1000) | bigint | MYSQL | MILLISECOND",
            "extract(epoch from now()) | double precision | POSTGRESQL | MICROSECOND",
            "CURRENT_TIMESTAMP(3) | varchar(32) | MYSQL | MILLISECOND",
            "CURRENT_TIMESTAMP | datetime | MYSQL | SECOND",
            "now() | timestamp | POSTGRESQL | MICROSECOND",
            "CURRENT_DATE | date | POSTGRESQL | DAY",
    })
    void precision(String expression, String type, Dialect dialect, ClockValues.Precision expected) {
        assertThat(ClockValues.readsClock(expression)).isTrue();
        assertThat(ClockValues.precision(expression, type, dialect)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "'N'", "nextval('order_no_seq'::regclass)", "uuid()", "'snowflake'", "known_at"})
    void notTheClock(String expression) {
        assertThat(ClockValues.readsClock(expression)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"datetime,MYSQL,SECOND", "timestamp(3),MYSQL,MILLISECOND", "timestamptz,POSTGRESQL,MICROSECOND",
            "date,POSTGRESQL,DAY", "timestamp(0) without time zone,POSTGRESQL,SECOND"})
    void typePrecision(String type, Dialect dialect, ClockValues.Precision expected) {
        assertThat(ClockValues.typePrecision(type, dialect)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"varchar(32)", "bigint", "interval", "datetimeoffset_like_text"})
    void notADateType(String type) {
        assertThat(ClockValues.typePrecision(type, Dialect.MYSQL)).isEmpty();
    }
}
