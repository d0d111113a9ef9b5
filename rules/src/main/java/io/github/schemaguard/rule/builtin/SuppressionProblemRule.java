package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.suppress.SuppressionProblem;

import java.util.function.Consumer;

/**
 * A rule about suppression comments: the problems come from the context, where the engine puts them after
 * applying the suppressions, as parse problems come for {@code parse-error}.
 */
abstract class SuppressionProblemRule implements Rule {

    @Override
    public FindingSubject subject() {
        return FindingSubject.FILE;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        RuleMetadata metadata = metadata();
        for (SuppressionProblem problem : context.suppressionProblems()) {
            if (problem.ruleId().equals(metadata.id())) {
                report.accept(new Finding(metadata.id(), metadata.defaultSeverity(), problem.location(),
                        problem.objectPath(), problem.message(), null));
            }
        }
    }
}
