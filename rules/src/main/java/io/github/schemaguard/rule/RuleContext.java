package io.github.schemaguard.rule;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.util.List;

/**
 * What a rule may look at.
 *
 * @param parseProblems schema statements that no reader understood (for {@code parse-error})
 */
public record RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options) {

    public RuleContext {
        parseProblems = List.copyOf(parseProblems);
    }

    public RuleContext withOptions(RuleOptions ruleOptions) {
        return new RuleContext(schema, parseProblems, ruleOptions);
    }
}
