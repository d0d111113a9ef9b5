package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.builtin.ClockReadings.Reading;
import io.github.schemaguard.rule.builtin.ProbedColumns.Candidate;
import io.github.schemaguard.rule.data.ValueSample;

import java.util.Locale;
import java.util.Optional;

/**
 * What the data rules share: the finding for a probe that could not run, and the clock reading most sampled
 * values fit. Findings that are not the rule's problem (nothing found, not probed) carry a qualified object
 * path, so a baseline that accepts them never hides the problem when it appears later.
 */
final class DataFindings {

    /** Fewer values say nothing about how a column's values are made. */
    private static final int MIN_VALUES = 2;

    private DataFindings() {
    }

    static Finding notProbed(RuleMetadata metadata, Candidate candidate, String reason) {
        return new Finding(metadata.id(), Severity.INFO, candidate.column().location(),
                candidate.objectPath() + " (not probed)",
                candidate.objectPath() + " was not probed: " + reason + ".", null);
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
