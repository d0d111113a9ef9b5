package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.builtin.ClockReadings.Reading;
import io.github.schemaguard.rule.data.ValueSample;

import java.util.Locale;
import java.util.Optional;

/** What the data rules' messages share, and the clock reading most sampled values fit. */
final class DataFindings {

    /** Fewer values say nothing about how a column's values are made. */
    private static final int MIN_VALUES = 2;

    private DataFindings() {
    }

    /** {@code 1 value}, {@code 17 values}. */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** The clock reading at least {@code minimumShare} of the sampled values fit, if any. */
    static Optional<Reading> clockReading(ValueSample sample, double minimumShare) {
        return ClockReadings.read(sample.values())
                .filter(reading -> reading.times().size() >= MIN_VALUES && reading.share() >= minimumShare);
    }
}
