package io.github.schemaguard.rule.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INT(11)|int", "integer|int", "int4|int", "serial|int", "BIGSERIAL|bigint", "int8|bigint",
            "bigint(20) unsigned|bigint unsigned", "INT UNSIGNED ZEROFILL|int unsigned",
            "character varying(64)|varchar(64)", "VARCHAR( 64 )|varchar(64)", "numeric(10)|decimal(10,0)",
            "decimal(12, 2)|decimal(12,2)", "timestamp without time zone|timestamp", "double precision|double", "character varying|text"})
    void spellsEachTypeOneWay(String declared, String normalized) {
        assertThat(ColumnTypes.normalize(declared)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int|2147483647", "INT(10) UNSIGNED|4294967295", "serial|2147483647", "smallint unsigned|65535",
            "mediumint|8388607", "tinyint unsigned|255"})
    void knowsTheLimitOfNarrowIntegers(String declared, long maximum) {
        assertThat(ColumnTypes.narrowIntegerMaximum(declared)).contains(maximum);
    }

    @ParameterizedTest
    @CsvSource({"bigint", "bigserial", "uuid", "varchar(32)", "numeric(10)"})
    void hasNoLimitForWideOrNonIntegerTypes(String declared) {
        assertThat(ColumnTypes.narrowIntegerMaximum(declared)).isEmpty();
    }
}
