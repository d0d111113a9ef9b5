package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.builtin.ClockReadings.Format;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClockReadingsTest {

    @Test
    void theIncidentsOrderNumbersAreSecondsNotADatePlusSixDigits() {
        ClockReadings.Reading reading = ClockReadings.read(List.of("20141021140307", "20141021140307",
                "20141022093011")).orElseThrow();

        assertThat(reading.shape().describe()).isEqualTo("yyyyMMddHHmmss");
        assertThat(reading.times()).first().isEqualTo(LocalDateTime.of(2014, 10, 21, 14, 3, 7));
    }

    @Test
    void theStopGapIsADatePlusFiveDigits() {
        assertThat(ClockReadings.read(List.of("2014102504811", "2014102539170")).orElseThrow().shape().describe())
                .isEqualTo("yyyyMMdd + 5 digits");
    }

    @Test
    void prefixesSuffixesAndMillisecondsAreRead() {
        ClockReadings.Reading reading = ClockReadings.read(List.of("PO20141021140307123-A")).orElseThrow();

        assertThat(reading.shape().format()).isEqualTo(Format.YYYYMMDDHHMMSSSSS);
        assertThat(reading.times()).containsExactly(LocalDateTime.of(2014, 10, 21, 14, 3, 7, 123_000_000));
    }

    @Test
    void epochSecondsAndMillisecondsAreRead() {
        assertThat(ClockReadings.read(List.of("1413900187", "1413986587")).orElseThrow().shape().format())
                .isEqualTo(Format.EPOCH_SECONDS);
        assertThat(ClockReadings.read(List.of("1413900187123")).orElseThrow().shape().format())
                .isEqualTo(Format.EPOCH_MILLIS);
    }

    @Test
    void aDateWithADailyCounterIsNotReadAsEpochSeconds() {
        assertThat(ClockReadings.read(List.of("INV1410210001", "INV1410210002")).orElseThrow().shape().describe())
                .isEqualTo("yyMMdd + 4 digits");
    }

    @Test
    void consecutiveNumbersAreACounterNotAClock() {
        assertThat(ClockReadings.read(List.of("1000000001", "1000000002", "1000000003"))).isEmpty();
    }

    @Test
    void impossibleDatesAndFreeTextAreNoReading() {
        assertThat(ClockReadings.read(List.of("20141321140307", "HELP-17", "7c9e6679-7425-40de-944b-e07fc1f90ae7")))
                .isEmpty();
    }

    @Test
    void theShareCountsEveryValueRead() {
        assertThat(ClockReadings.read(List.of("20141021140307", "HELP-17", "HELP-18", "HELP-19")).orElseThrow()
                .share()).isEqualTo(0.25);
    }
}
