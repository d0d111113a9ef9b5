package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.source.ParseProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static org.assertj.core.api.Assertions.assertThat;

class ParseErrorRuleTest {

    private final ParseErrorRule rule = new ParseErrorRule();

    private List<Finding> check(ParseProblem... problems) {
        return run(rule, schema(Dialect.POSTGRESQL), List.of(problems), Map.of());
    }

    @Test
    void eachProblemBecomesAWarningAtItsStatement() {
        ParseProblem problem = new ParseProblem(Location.of("db/V1__init.sql", 12, 1),
                "Encountered unexpected token: \"DEFERRABLE\"", "ALTER TABLE ONLY a ADD CONSTRAINT a_fk ...");

        Finding finding = check(problem).get(0);

        assertThat(finding.ruleId()).isEqualTo("parse-error");
        assertThat(finding.location()).isEqualTo(problem.location());
        assertThat(finding.message()).isEqualTo("Statement not understood: Encountered unexpected token: "
                + "\"DEFERRABLE\" (ALTER TABLE ONLY a ADD CONSTRAINT a_fk ...)");
        assertThat(finding.objectPath()).matches("db/V1__init\\.sql:[0-9a-f]{16}");
    }

    @Test
    void aProblemWithoutStatementTextHasNoEmptyExcerpt() {
        Finding finding = check(new ParseProblem(Location.of("db/V2__x.sql", 1, 1), "Malformed input", "")).get(0);

        assertThat(finding.message()).isEqualTo("Statement not understood: Malformed input");
    }

    @Test
    void theObjectPathSurvivesMovedLinesAndTellsRepeatsApart() {
        List<Finding> first = check(new ParseProblem(Location.of("a.sql", 3, 1), "x", "LOCK TABLES t"),
                new ParseProblem(Location.of("a.sql", 9, 1), "x", "LOCK  TABLES\n t"),
                new ParseProblem(Location.of("a.sql", 20, 1), "x", "DO $$ BEGIN END $$"));
        List<Finding> moved = check(new ParseProblem(Location.of("a.sql", 30, 1), "x", "LOCK TABLES t"));

        assertThat(first.get(1).objectPath()).isEqualTo(first.get(0).objectPath() + "#2");
        assertThat(first.get(2).objectPath()).isNotIn(first.get(0).objectPath(), first.get(1).objectPath());
        assertThat(moved.get(0).objectPath()).isEqualTo(first.get(0).objectPath());
    }
}
