package io.github.schemaguard.maven;

import io.github.schemaguard.rule.data.ProbeSettings;

import java.time.Duration;

/**
 * The {@code dataCheckSettings} parameter: how far the data probes may go on each database whose
 * {@code dataChecks} is on. Maven fills it from the POM by field name; a field left out keeps its default.
 */
public class DataCheckSettings {

    /** Tables with at most this many rows are read in full; larger ones are sampled (default 1,000,000). */
    private Long fullScanRows;

    /** Rows read from a sampled table (default 10,000). */
    private Integer sampleSize;

    /** Seconds one probe query may run (default 10). */
    private Integer statementTimeout;

    /** Seconds all probes on one database may take together; probes left then are reported as skipped (default 60). */
    private Integer budget;

    /** Duplicated values quoted in a finding (default 3). */
    private Integer exampleCount;

    /** Mask the quoted values, which can be personal data (default false). */
    private Boolean maskExamples;

    /** Probe every identifier-like column, not only business keys no constraint guards (default false). */
    private Boolean allIdentifierColumns;

    /** These settings over the defaults, switched on or off. */
    ProbeSettings toProbeSettings(boolean enabled) {
        ProbeSettings d = ProbeSettings.DEFAULTS;
        return new ProbeSettings(enabled, or(fullScanRows, d.fullScanRows()), or(sampleSize, d.sampleSize()),
                statementTimeout == null ? d.statementTimeout() : Duration.ofSeconds(statementTimeout),
                budget == null ? d.budget() : Duration.ofSeconds(budget), or(exampleCount, d.exampleCount()),
                or(maskExamples, d.maskExamples()), or(allIdentifierColumns, d.allIdentifierColumns()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
