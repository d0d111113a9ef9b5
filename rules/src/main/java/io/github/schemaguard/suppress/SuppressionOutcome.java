package io.github.schemaguard.suppress;

import io.github.schemaguard.rule.Finding;

import java.util.List;

/**
 * The engine's findings split by the suppression comments.
 *
 * @param active     findings no working suppression covers, in the order given
 * @param suppressed findings a suppression covers
 * @param problems   suppressions that are expired, unused, unknown or without a reason
 */
public record SuppressionOutcome(List<Finding> active, List<SuppressedFinding> suppressed,
                                 List<SuppressionProblem> problems) {

    public SuppressionOutcome {
        active = List.copyOf(active);
        suppressed = List.copyOf(suppressed);
        problems = List.copyOf(problems);
    }
}
