package io.github.schemaguard.suppress;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.report.ConsoleLine;
import io.github.schemaguard.report.ConsoleReport;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression comments through the whole engine: scanning, applying, and the findings about them. */
class SuppressionsTest {

    private static final Clock JUNE_1 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String NO_PK = "CREATE TABLE t_log (\n  payload TEXT\n);\n";

    @TempDir
    Path directory;

    @Test
    void directiveOnTheLineBeforeSuppressesWithItsReason() throws IOException {
        LintResult result = lint("-- schemaguard:ignore table-without-primary-key reason: append-only log\n" + NO_PK);

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("table-without-primary-key");
            assertThat(s.reason()).isEqualTo("append-only log");
            assertThat(s.suppressedAt().line()).isEqualTo(1);
        });
    }

    @Test
    void directiveAtTheEndOfTheLineSuppressesThatLineOnly() throws IOException {
        LintResult result = lint("""
                CREATE TABLE t_price (
                  id BIGINT NOT NULL PRIMARY KEY,
                  list_price DOUBLE NOT NULL, -- schemaguard:ignore money-as-float reason: display only
                  sale_price DOUBLE NOT NULL
                );
                """);

        assertThat(ids(result.findings())).containsExactly("money-as-float@4");
        assertThat(result.suppressed()).extracting(s -> s.finding().location().line()).containsExactly(3);
    }

    @Test
    void ignoreFileSuppressesTheRuleAnywhereInTheFileAndNothingElse() throws IOException {
        LintResult result = lint(NO_PK + NO_PK.replace("t_log", "t_log2")
                + "CREATE TABLE t_p (id BIGINT PRIMARY KEY, price DOUBLE NOT NULL);\n"
                + "-- schemaguard:ignore-file table-without-primary-key reason: logs\n");

        assertThat(ids(result.findings())).containsExactly("money-as-float@7");
        assertThat(result.suppressed()).hasSize(2);
    }

    @Test
    void oneDirectiveMayNameSeveralRules() throws IOException {
        LintResult result = lint("""
                -- schemaguard:ignore table-without-primary-key, money-as-float reason: staging copy
                CREATE TABLE t_order (id BIGINT NOT NULL, price DOUBLE NOT NULL);
                """);

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId())
                .containsExactly("table-without-primary-key", "money-as-float");
    }

    @Test
    void missingReasonStillSuppressesButWarns() throws IOException {
        LintResult result = lint("-- schemaguard:ignore table-without-primary-key\n" + NO_PK);

        assertThat(ids(result.findings())).containsExactly("suppression-without-reason@1");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.suppressed()).hasSize(1);
    }

    @Test
    void expiredSuppressionStopsWorkingAndSaysSo() throws IOException {
        LintResult result = lint(
                "-- schemaguard:ignore table-without-primary-key reason: log until: 2026-05-31\n" + NO_PK);

        assertThat(ids(result.findings())).containsExactly("expired-suppression@1", "table-without-primary-key@2");
        assertThat(result.findings().get(0).message()).contains("expired on 2026-05-31");
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void suppressionWorksUpToAndIncludingItsUntilDate() throws IOException {
        LintResult result = lint(
                "-- schemaguard:ignore table-without-primary-key reason: log until: 2026-06-01\n" + NO_PK);

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).hasSize(1);
    }

    @Test
    void unreadableUntilDateIsTreatedAsExpired() throws IOException {
        LintResult result = lint(
                "-- schemaguard:ignore table-without-primary-key reason: log until: soon\n" + NO_PK);

        assertThat(ids(result.findings())).containsExactly("expired-suppression@1", "table-without-primary-key@2");
        assertThat(result.findings().get(0).message()).contains("'soon', not a YYYY-MM-DD date");
    }

    @Test
    void suppressionWithNothingToSuppressIsReported() throws IOException {
        LintResult result = lint("-- schemaguard:ignore money-as-float reason: was a float once\n" + NO_PK);

        assertThat(ids(result.findings())).containsExactly("unused-suppression@1", "table-without-primary-key@2");
        assertThat(result.findings().get(0).message()).contains("schemaguard:ignore money-as-float suppresses nothing");
    }

    @Test
    void unknownRuleIdIsReportedWithTheKnownOnes() throws IOException {
        LintResult result = lint("-- schemaguard:ignore table-without-pk reason: log\n" + NO_PK);

        assertThat(ids(result.findings())).containsExactly("unused-suppression@1", "table-without-primary-key@2");
        assertThat(result.findings().get(0).message()).contains("names no known rule")
                .contains("table-without-primary-key");
    }

    @Test
    void directiveTextInsideStringLiteralsIsNoComment() throws IOException {
        LintResult result = lint("""
                CREATE TABLE t_p (
                  id BIGINT PRIMARY KEY,
                  price DOUBLE NOT NULL COMMENT 'x -- schemaguard:ignore money-as-float reason: no'
                );
                """);

        assertThat(ids(result.findings())).containsExactly("money-as-float@3");
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void consoleListsSuppressedFindingsAtInfoAndCountsOnlyActiveOnes() throws IOException {
        LintResult result = lint("-- schemaguard:ignore table-without-primary-key reason: append-only log\n" + NO_PK);

        List<ConsoleLine> lines = ConsoleReport.lines(result);

        assertThat(lines).anySatisfy(line -> {
            assertThat(line.level()).isEqualTo(Severity.INFO);
            assertThat(line.text()).startsWith("V1__init.sql:[2,1] (table-without-primary-key) (suppressed: "
                    + "append-only log)");
        });
        assertThat(result.countAtLeast(Severity.WARNING)).isZero();
    }

    @Test
    void sameInputGivesTheSameResult() throws IOException {
        String sql = "-- schemaguard:ignore money-as-float\n-- schemaguard:ignore-file x reason: y\n" + NO_PK;

        assertThat(lint(sql)).isEqualTo(lint(sql));
    }

    private LintResult lint(String sql) throws IOException {
        Files.writeString(directory.resolve("V1__init.sql"), sql);
        return SchemaGuard.withBuiltinRules().withClock(JUNE_1)
                .lint(new LintRequest(directory, Path.of("."), List.of("**/*.sql"), List.of(), Dialect.MYSQL));
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.location().line()).toList();
    }
}
