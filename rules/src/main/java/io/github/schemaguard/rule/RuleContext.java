package io.github.schemaguard.rule;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.suppress.SuppressionProblem;

import java.util.List;

/**
 * What a rule may look at.
 *
 * @param parseProblems       schema statements that no reader understood (for {@code parse-error})
 * @param suppressionProblems faulty suppression comments, known only once the other rules ran
 * @param language            the language of messages, for rules that have a translation
 */
public record RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options,
                          List<SuppressionProblem> suppressionProblems, Language language) {

    public RuleContext {
        parseProblems = List.copyOf(parseProblems);
        suppressionProblems = List.copyOf(suppressionProblems);
    }

    public RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options) {
        this(schema, parseProblems, options, List.of(), Language.EN);
    }

    public RuleContext withOptions(RuleOptions ruleOptions) {
        return new RuleContext(schema, parseProblems, ruleOptions, suppressionProblems, language);
    }

    public RuleContext withSuppressionProblems(List<SuppressionProblem> problems) {
        return new RuleContext(schema, parseProblems, options, problems, language);
    }

    public RuleContext withLanguage(Language messageLanguage) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, messageLanguage);
    }
}
