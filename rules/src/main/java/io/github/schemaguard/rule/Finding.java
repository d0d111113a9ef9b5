package io.github.schemaguard.rule;

import io.github.schemaguard.model.Location;

import java.util.Comparator;

/**
 * One problem found by a rule.
 *
 * @param objectPath  what the finding is about, independent of line numbers, e.g.
 *                    {@code t_order.order_no}; baselines match on it
 * @param fix         SQL that repairs the problem in the schema's dialect, or {@code null}
 */
public record Finding(String ruleId, Severity severity, Location location, String objectPath,
                      String message, String fix) {

    /** Report order: file, line, column, then rule and object, so output is deterministic. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::objectPath);

    /** The same finding at another severity, as the user's rule configuration asks. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, objectPath, message, fix);
    }

    /** Stable across edits that move lines: rule id plus object path. */
    public String fingerprint() {
        return ruleId + ":" + objectPath;
    }
}
