package io.github.schemaguard.rule.data;

import java.time.Duration;

/**
 * How far data probes may go on one database.
 *
 * @param enabled              data checks run at all (off by default: they read the data, not just the schema)
 * @param fullScanRows         tables with at most this many rows are read in full; larger ones are sampled
 * @param sampleSize           rows read from a sampled table
 * @param statementTimeout     the longest one probe query may run
 * @param budget               the time all probes on one database may take together; probes left when it is
 *                             spent are reported as skipped
 * @param exampleCount         duplicated values quoted in a finding
 * @param maskExamples         quoted values are masked (they can be personal data)
 * @param allIdentifierColumns probe every identifier-like column, not only the business keys no constraint guards
 */
public record ProbeSettings(boolean enabled, long fullScanRows, int sampleSize, Duration statementTimeout,
                            Duration budget, int exampleCount, boolean maskExamples, boolean allIdentifierColumns) {

    public static final ProbeSettings DEFAULTS = new ProbeSettings(false, 1_000_000, 10_000, Duration.ofSeconds(10),
            Duration.ofSeconds(60), 3, false, false);

    public ProbeSettings {
        if (fullScanRows < 1 || sampleSize < 1 || exampleCount < 0) {
            throw new IllegalArgumentException("Data check sizes must be positive: fullScanRows=" + fullScanRows
                    + ", sampleSize=" + sampleSize + ", exampleCount=" + exampleCount);
        }
        if (statementTimeout.isNegative() || statementTimeout.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("Data check timeouts must be positive: statementTimeout="
                    + statementTimeout + ", budget=" + budget);
        }
    }

    public ProbeSettings withEnabled(boolean on) {
        return new ProbeSettings(on, fullScanRows, sampleSize, statementTimeout, budget, exampleCount, maskExamples,
                allIdentifierColumns);
    }
}
