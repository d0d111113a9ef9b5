package io.github.schemaguard.rule;

import io.github.schemaguard.rule.builtin.BuiltinRules;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FindingSubjectTest {

    @Test
    void aTablePartBelongsToThePathBeforeItsLastPart() {
        assertThat(FindingSubject.TABLE_PART.table("t_order.order_no")).isEqualTo("t_order");
        assertThat(FindingSubject.TABLE_PART.table("sales.t_order.uk_order_no")).isEqualTo("sales.t_order");
        assertThat(FindingSubject.TABLE_PART.table("sales.t_order.(tenant_id, order_no)")).isEqualTo("sales.t_order");
    }

    @Test
    void aTableIsItsWholePathAndAFileHasNoTable() {
        assertThat(FindingSubject.TABLE.table("sales.t_order")).isEqualTo("sales.t_order");
        assertThat(FindingSubject.FILE.table("V1.sql:3f2a9c")).isEmpty();
    }

    static Stream<Named<Rule>> rules() {
        return BuiltinRules.all().stream().map(rule -> Named.of(rule.metadata().id(), rule));
    }

    /** A rule that names a table but declares a part (or the reverse) would put its findings under the wrong heading. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleDeclaresWhatItsBadExampleFindingsName(Rule rule) {
        String sql = rule.metadata().badExample().toLowerCase(Locale.ROOT);
        for (Finding finding : RuleExamples.findings(rule, rule.metadata().badExample())) {
            String path = finding.objectPath();
            String table = rule.subject().table(path);
            switch (rule.subject()) {
                case FILE -> assertThat(path).startsWith(finding.location().file() + ":");
                case TABLE -> assertThat(path).doesNotContain(".");
                case TABLE_PART -> assertThat(path).startsWith(table + ".");
            }
            if (rule.subject() != FindingSubject.FILE) {
                assertThat(sql).as("the example names table %s", table).contains(table.toLowerCase(Locale.ROOT));
            }
        }
    }
}
