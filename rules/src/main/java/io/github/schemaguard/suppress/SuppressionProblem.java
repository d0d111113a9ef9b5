package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Location;

/**
 * Something wrong with a suppression comment; the rule with {@code ruleId} turns it into a finding.
 *
 * @param objectPath stable across line moves: file, directive kind, rule id, and an occurrence number
 */
public record SuppressionProblem(String ruleId, Location location, String objectPath, String message) {
}
