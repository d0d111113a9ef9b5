package io.github.schemaguard.rule;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.suppress.SuppressionProblem;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may look at.
 *
 * @param parseProblems       schema statements that no reader understood (for {@code parse-error})
 * @param suppressionProblems faulty suppression comments, known only once the other rules ran
 * @param data                the live database's rows, or {@code null} when data checks are off
 *                            (see {@link #tableData()})
 */
public record RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options,
                          List<SuppressionProblem> suppressionProblems, TableData data) {

    public RuleContext {
        parseProblems = List.copyOf(parseProblems);
        suppressionProblems = List.copyOf(suppressionProblems);
    }

    public RuleContext(Schema schema, List<ParseProblem> parseProblems, RuleOptions options) {
        this(schema, parseProblems, options, List.of(), null);
    }

    /** The data rules' view of the rows: empty unless data checks are on for this database. */
    public Optional<TableData> tableData() {
        return Optional.ofNullable(data);
    }

    public RuleContext withOptions(RuleOptions ruleOptions) {
        return new RuleContext(schema, parseProblems, ruleOptions, suppressionProblems, data);
    }

    public RuleContext withSuppressionProblems(List<SuppressionProblem> problems) {
        return new RuleContext(schema, parseProblems, options, problems, data);
    }

    public RuleContext withData(TableData tableData) {
        return new RuleContext(schema, parseProblems, options, suppressionProblems, tableData);
    }
}
