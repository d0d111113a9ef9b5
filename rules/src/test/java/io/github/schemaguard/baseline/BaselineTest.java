package io.github.schemaguard.baseline;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    private static final String LEGACY = """
            CREATE TABLE audit_log (message VARCHAR(200));
            CREATE TABLE invoice (id BIGINT NOT NULL PRIMARY KEY, amount FLOAT);
            CREATE TABLE broken (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL,,);
            """;

    /** The same schema, statements moved down, reordered and reformatted. */
    private static final String LEGACY_MOVED = """
            -- a comment added on top

            CREATE TABLE invoice (
                id BIGINT NOT NULL PRIMARY KEY,
                amount FLOAT
            );


            CREATE TABLE broken (
                id   BIGINT NOT NULL PRIMARY KEY,
                name VARCHAR(64) NOT NULL,,
            );
            CREATE TABLE audit_log (
                message VARCHAR(200)
            );
            """;

    @TempDir
    Path project;

    @Test
    void findingsKeepTheirBaselineWhenStatementsMoveLinesAndAreReformatted() throws IOException {
        List<Finding> before = lint(LEGACY);
        assertThat(before).extracting(Finding::ruleId)
                .contains("table-without-primary-key", "money-as-float", "parse-error");

        List<Finding> after = lint(LEGACY_MOVED);
        assertThat(after).extracting(f -> f.location().line())
                .doesNotContainAnyElementsOf(before.stream().map(f -> f.location().line()).toList());

        BaselineComparison comparison = Baseline.of(before).compare(after);
        assertThat(comparison.fresh()).isEmpty();
        assertThat(comparison.stale()).isEmpty();
        assertThat(comparison.baselined()).hasSameSizeAs(after);
    }

    @Test
    void aNewViolationIsFreshAndAFixedOneLeavesAStaleEntry() throws IOException {
        Baseline baseline = Baseline.of(lint(LEGACY));

        BaselineComparison comparison = baseline.compare(lint("""
                CREATE TABLE audit_log (id BIGINT NOT NULL PRIMARY KEY, message VARCHAR(200));
                CREATE TABLE invoice (id BIGINT NOT NULL PRIMARY KEY, amount FLOAT);
                CREATE TABLE broken (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL,,);
                CREATE TABLE payment (total DOUBLE PRECISION);
                """));

        assertThat(comparison.fresh()).extracting(Finding::fingerprint)
                .containsExactlyInAnyOrder("table-without-primary-key:payment", "money-as-float:payment.total");
        assertThat(comparison.stale()).extracting(BaselineEntry::fingerprint)
                .containsExactly("table-without-primary-key:audit_log");
        assertThat(comparison.staleMessages("schemaguard-baseline.json")).containsExactly(
                "schemaguard: stale baseline entry table-without-primary-key:audit_log in schemaguard-baseline.json"
                        + " (no longer found): run schemaguard:baseline to shrink the file");
    }

    @Test
    void theSameFindingsInAnyOrderGiveByteIdenticalSortedFiles() throws IOException {
        List<Finding> findings = new ArrayList<>(lint(LEGACY));
        String first = text(Baseline.of(findings));
        Collections.reverse(findings);
        String second = text(Baseline.of(findings));

        assertThat(second).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"version\": 1,\n  \"entries\": [\n").endsWith("]\n}\n")
                .contains("\"ruleId\": \"money-as-float\"", "\"objectPath\": \"invoice.amount\"",
                        "\"file\": \"db/V1__legacy.sql\"", "\"message\": ");
        assertThat(Baseline.of(findings).entries()).extracting(BaselineEntry::fingerprint).isSorted();
    }

    @Test
    void aWrittenBaselineReadsBackEqual() throws IOException {
        Baseline written = Baseline.of(lint(LEGACY));
        Path file = project.resolve("sub/schemaguard-baseline.json");
        written.write(file);

        Baseline read = Baseline.read(file);

        assertThat(read.entries()).isEqualTo(written.entries());
        assertThat(read.compare(lint(LEGACY)).fresh()).isEmpty();
    }

    @Test
    void aBrokenFileIsRejectedNamingTheFile() throws IOException {
        Path file = project.resolve("schemaguard-baseline.json");
        Files.writeString(file, "{ \"entries\": [ {\"ruleId\": ");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid JSON");

        Files.writeString(file, "{ \"version\": 1, \"entries\": [ {\"ruleId\": \"x\"} ] }");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("without a fingerprint");
    }

    private List<Finding> lint(String sql) throws IOException {
        Path ddl = Files.createDirectories(project.resolve("db"));
        Files.writeString(ddl.resolve("V1__legacy.sql"), sql);
        return SchemaGuard.withBuiltinRules()
                .lint(new LintRequest(project, ddl, List.of("**/*.sql"), List.of(), null)).findings();
    }

    private static String text(Baseline baseline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        baseline.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
