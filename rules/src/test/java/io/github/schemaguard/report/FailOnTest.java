package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailOnTest {

    private static final LintResult ONE_WARNING_ONE_INFO = new LintResult(List.of(
            new Finding("table-without-primary-key", Severity.WARNING, Location.of("a.sql", 1, 1), "t", "m", null),
            new Finding("x", Severity.INFO, Location.of("a.sql", 2, 1), "u", "m", null)),
            new DdlReadStats(1, 2, 0, 0));

    @ParameterizedTest
    @CsvSource({"error, ERROR, true", "error, WARNING, false", "warning, ERROR, true", "warning, INFO, false",
            "info, INFO, true", "none, ERROR, false"})
    void tellsWhetherASeverityFailsTheBuild(String failOn, Severity severity, boolean fails) {
        assertThat(FailOn.parse(failOn).reachedBy(severity)).isEqualTo(fails);
    }

    @ParameterizedTest
    @CsvSource({"error, 0", "warning, 1", "info, 2", "none, 0", " WARNING , 1"})
    void countsFindingsAtOrAboveTheThreshold(String value, long expected) {
        assertThat(FailOn.parse(value).reached(ONE_WARNING_ONE_INFO)).isEqualTo(expected);
    }

    @Test
    void failureSaysHowManyAndHowToProceed() {
        assertThat(FailOn.WARNING.failure(ONE_WARNING_ONE_INFO)).hasValue(
                "schemaguard: 1 finding at or above failOn=warning (0 errors, 1 warning, 1 info)."
                        + " Each is listed above as file:[line,col] (rule-id) message, with a fix where one can be written."
                        + " To report without failing use -Dschemaguard.failOn=none;"
                        + " to skip the check use -Dschemaguard.skip=true.");
    }

    @Test
    void noFailureBelowTheThreshold() {
        assertThat(FailOn.ERROR.failure(ONE_WARNING_ONE_INFO)).isEmpty();
        assertThat(FailOn.NONE.failure(ONE_WARNING_ONE_INFO)).isEmpty();
    }

    @Test
    void unknownValueIsOneClearLine() {
        assertThatThrownBy(() -> FailOn.parse("fatal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown failOn 'fatal': use error, warning, info or none");
    }
}
