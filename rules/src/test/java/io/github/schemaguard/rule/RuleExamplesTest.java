package io.github.schemaguard.rule;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.suppress.Suppressions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule's documented examples behave as documented, read by the real DDL reader. */
class RuleExamplesTest {

    static Stream<Named<Rule>> rules() {
        return BuiltinRules.all().stream().map(rule -> Named.of(rule.metadata().id(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleFires(Rule rule) {
        List<Finding> findings = RuleExamples.findings(rule, rule.metadata().badExample());

        assertThat(findings).as(rule.metadata().id() + " on its bad example").isNotEmpty()
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.metadata().id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void goodExampleStaysSilent(Rule rule) {
        assertThat(RuleExamples.findings(rule, rule.metadata().goodExample()))
                .as(rule.metadata().id() + " on its good example").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void documentedSuppressionCommentSuppressesTheBadExample(Rule rule) {
        Assumptions.assumeFalse(Suppressions.reportsOnSuppressions(rule), "no comment reaches the rules about comments");
        Assumptions.assumeFalse(rule.metadata().needs().contains(SourceKind.DATA), "no comment reaches a database's rows");
        List<Finding> bad = RuleExamples.findings(rule, rule.metadata().badExample());
        String suppressed = RuleExamples.suppressedBadExample(rule, bad);

        LintResult result = RuleExamples.lint(rule, suppressed);

        assertThat(suppressed).contains("schemaguard:ignore " + rule.metadata().id() + " reason: ");
        assertThat(result.findings()).as(rule.metadata().id() + " on its suppressed example")
                .extracting(Finding::ruleId).doesNotContain(rule.metadata().id(), Suppressions.UNUSED);
        // Silent because the comment suppressed the findings, not because it broke the example.
        assertThat(result.suppressed()).extracting(s -> s.finding().fingerprint())
                .isEqualTo(bad.stream().map(Finding::fingerprint).toList());
    }

    @Test
    void rulesAreListedOnceInIdOrder() {
        List<String> ids = BuiltinRules.all().stream().map(r -> r.metadata().id()).toList();

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
