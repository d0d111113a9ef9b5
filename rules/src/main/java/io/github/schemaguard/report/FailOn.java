package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Severity;

import java.util.Locale;
import java.util.Optional;

/** The build-breaking threshold: findings at this severity or worse fail the build. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public static FailOn parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (FailOn failOn : values()) {
            if (failOn.name().equals(v)) {
                return failOn;
            }
        }
        throw new IllegalArgumentException("Unknown failOn '" + value + "': use error, warning, info or none");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a finding of this severity fails the build. */
    public boolean reachedBy(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** How many findings reach the threshold; baselined findings never do. */
    public long reached(LintResult result) {
        return threshold == null ? 0 : result.countNewAtLeast(threshold);
    }

    /**
     * The reason to fail the build, or empty when no finding reaches the threshold. It says how
     * many, where to see them and how to proceed, because it is the last thing the user reads.
     */
    public Optional<String> failure(LintResult result) {
        long reached = reached(result);
        if (reached == 0) {
            return Optional.empty();
        }
        return Optional.of("schemaguard: " + ConsoleReport.plural(reached, "finding") + " at or above failOn="
                + label() + (result.baselined().isEmpty() ? "" : " not in the baseline")
                + " (" + ConsoleReport.bySeverity(result) + "). Each is listed above as"
                + " file:[line,col] (rule-id) message, with a fix where one can be written."
                + " To report without failing use -Dschemaguard.failOn=none;"
                + " to skip the check use -Dschemaguard.skip=true.");
    }
}
