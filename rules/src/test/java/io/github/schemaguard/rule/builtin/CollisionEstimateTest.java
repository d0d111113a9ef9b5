package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.data.RowsRead;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CollisionEstimateTest {

    @Test
    void aDayOfDatePlusFiveDigitsFollowsTheBirthdayBound() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add("20141025" + String.format(Locale.ROOT, "%05d", i * 7));
        }
        CollisionEstimate risk = CollisionEstimate.of(ClockReadings.read(values).orElseThrow(), RowsRead.all(300));

        assertThat(risk.spacePerDay()).isEqualTo(100_000);
        assertThat(risk.dayText()).isEqualTo("The busiest day observed, 2014-10-25, has 300 rows");
        assertThat(risk.probabilityPerDay()).isCloseTo(1 - Math.exp(-300.0 * 299 / 2 / 100_000), within(1e-12));
    }

    @Test
    void rowsSharingASecondMakeACollisionAllButCertain() {
        CollisionEstimate risk = CollisionEstimate.of(ClockReadings.read(List.of("20141021140307",
                "20141021140307", "20141021140307", "20141021150000")).orElseThrow(), RowsRead.all(4));

        assertThat(risk.busiestTick()).isEqualTo("2014-10-21 14:03:07");
        assertThat(risk.busiestTickRows()).isEqualTo(3);
        assertThat(risk.probabilityPerDay()).isCloseTo(1 - Math.exp(-3), within(1e-12));
    }

    @Test
    void aBlockSampleGivesAnAverageDayScaledUp() {
        CollisionEstimate risk = CollisionEstimate.of(ClockReadings.read(List.of("2014102500001", "2014102500002",
                "2014102600003", "2014102600004", "2014102600005", "2014102600006")).orElseThrow(),
                new RowsRead(6, "TABLESAMPLE SYSTEM 1% of about 600 rows", 100));

        assertThat(risk.dayText()).isEqualTo("A day holds about 300 rows on average (scaled up from the sample)");
    }

    @Test
    void theMostRecentRowsOfLessThanADayGiveADayAtTheirRate() {
        List<String> values = new ArrayList<>();
        for (int second = 0; second < 3600; second += 2) {
            values.add(String.format(Locale.ROOT, "20141025%02d%02d%02d", 10 + second / 3600, second / 60 % 60,
                    second % 60));
        }
        CollisionEstimate risk = CollisionEstimate.of(ClockReadings.read(values).orElseThrow(),
                new RowsRead(values.size(), "the 1800 most recent rows by id", 1));

        assertThat(risk.dayRows()).isCloseTo(1800 * 86_400 / 3598.0, within(1e-6));
        assertThat(risk.dayText()).startsWith("The rows read span 1.0 hours: at that rate a day brings about 43,");
    }

    @Test
    void probabilitiesReadAsPeopleWriteThem() {
        assertThat(CollisionEstimate.probability(0.6412)).isEqualTo("0.64");
        assertThat(CollisionEstimate.probability(0.0000035)).isEqualTo("3.5e-06");
    }
}
