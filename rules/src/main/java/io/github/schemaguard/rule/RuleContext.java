package io.github.schemaguard.rule;

import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.suppress.SuppressionProblem;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may look at.
 *
 * @param parseProblems       schema and application statements that no reader understood (for {@code parse-error})
 * @param suppressionProblems faulty suppression comments, known only once the other rules ran
 * @param statements          the application's SQL statements (for rules with {@link SourceKind#STATEMENTS})
 * @param data                the live database's rows, or {@code null} when data checks are off
 *                            (see {@link #tableData()})
 * @param language            the language of messages, for rules that have a translation
 */
public record RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options,
                          List<SuppressionProblem> suppressionProblems, List<DataStatement> statements,
                          TableData data, Language language) {

    public RuleContext {
        parseProblems = List.copyOf(parseProblems);
        suppressionProblems = List.copyOf(suppressionProblems);
        statements = List.copyOf(statements);
    }

    public RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options) {
        this(schema, parseProblems, options, List.of(), List.of(), null, Language.EN);
    }

    /** The data rules' view of the rows: empty unless data checks are on for this database. */
    public Optional<TableData> tableData() {
        return Optional.ofNullable(data);
    }

    public RuleContext withOptions(RuleOptions ruleOptions) {
        return new RuleContext(schema, parseProblems, ruleOptions, suppressionProblems, statements, data, language);
    }

    public RuleContext withSuppressionProblems(List<SuppressionProblem> problems) {
        return new RuleContext(schema, parseProblems, options, problems, statements, data, language);
    }

    public RuleContext withStatements(List<DataStatement> dataStatements) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, dataStatements, data, language);
    }

    public RuleContext withData(TableData tableData) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, statements, tableData, language);
    }

    public RuleContext withLanguage(Language messageLanguage) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, statements, data,
                messageLanguage);
    }
}
