package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;

/**
 * A finding that was silenced on purpose, with the reason, so reports can still list it.
 *
 * @param suppressedAt where the suppression comment is; {@link Location#UNKNOWN} for the POM's excludes
 */
public record SuppressedFinding(Finding finding, String reason, Location suppressedAt, Kind kind) {

    /** Where the suppression was written; the labels are SARIF's names for the two places. */
    public enum Kind {
        /** A {@code schemaguard:ignore} comment next to the SQL. */
        IN_SOURCE("inSource"),
        /** An {@code <excludes>} pattern of the rule's configuration in the POM. */
        CONFIGURATION("external");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A finding a suppression comment at {@code suppressedAt} silenced. */
    public SuppressedFinding(Finding finding, String reason, Location suppressedAt) {
        this(finding, reason, suppressedAt, Kind.IN_SOURCE);
    }

    /** The reason as the console and reports show it. */
    public String shownReason() {
        return reason.isBlank() ? "no reason given" : reason;
    }
}
