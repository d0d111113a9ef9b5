package io.github.schemaguard.rule;

import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.suppress.SuppressionProblem;

import java.util.List;

/**
 * What a rule may look at.
 *
 * @param parseProblems       schema and application statements that no reader understood (for {@code parse-error})
 * @param suppressionProblems faulty suppression comments, known only once the other rules ran
 * @param statements          the application's SQL statements (for rules with {@link SourceKind#STATEMENTS})
 * @param language            the language of messages, for rules that have a translation
 */
public record RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options,
                          List<SuppressionProblem> suppressionProblems, List<DataStatement> statements,
                          Language language) {

    public RuleContext {
        parseProblems = List.copyOf(parseProblems);
        suppressionProblems = List.copyOf(suppressionProblems);
        statements = List.copyOf(statements);
    }

    public RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options) {
        this(schema, parseProblems, options, List.of(), List.of(), Language.EN);
    }

    public RuleContext withOptions(RuleOptions ruleOptions) {
        return new RuleContext(schema, parseProblems, ruleOptions, suppressionProblems, statements, language);
    }

    public RuleContext withSuppressionProblems(List<SuppressionProblem> problems) {
        return new RuleContext(schema, parseProblems, options, problems, statements, language);
    }

    public RuleContext withStatements(List<DataStatement> dataStatements) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, dataStatements, language);
    }

    public RuleContext withLanguage(Language messageLanguage) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, statements, messageLanguage);
    }
}
