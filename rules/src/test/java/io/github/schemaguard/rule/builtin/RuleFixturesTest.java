package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.DataExamples;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every {@code fixtures/<rule-id>/*.sql} file through the real pipeline (DDL reader and all built-in
 * rules). A line {@code -- expect: rule-id[, rule-id...]} expects those findings on the next line; any
 * other finding, of any rule, fails the fixture, and so does a marker nothing answers.
 *
 * <p>A fixture about application SQL is a directory {@code fixtures/<rule-id>/<dialect>-<case>/}: its
 * {@code schema.sql} is the DDL, its MyBatis mapper files are found as a plain MyBatis project's are, and
 * {@code dml/} holds {@code .sql} files of data statements and {@code java/} Java sources (MyBatis annotations,
 * Spring Data repositories). Mapper XML takes its markers as {@code <!-- expect: rule-id -->}, Java as
 * {@code // expect: rule-id}.
 */
class RuleFixturesTest {

    /** The copies Maven puts on the test classpath, so the test runs from any working directory. */
    private static final Path FIXTURES = fixturesDirectory();
    /** Fixtures' until: dates are read against a fixed day, so they never expire by themselves. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:--|<!--|//)\\s*expect:\\s*(.+?)\\s*(?:-->)?\\s*$");
    private static final String SCHEMA_FILE = "schema.sql";
    /** "file:line rule-id" entries in file and line order, so a diff reads top to bottom like the files. */
    private static final Comparator<String> BY_LINE = Comparator
            .comparing((String entry) -> entry.substring(0, entry.lastIndexOf(':')))
            .thenComparingInt(entry -> Integer.parseInt(entry.substring(entry.lastIndexOf(':') + 1, entry.indexOf(' ',
                    entry.lastIndexOf(':')))))
            .thenComparing(Comparator.naturalOrder());

    /** The {@code .sql} files and the application SQL directories right under each rule's directory. */
    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES, 2)) {
            return files.filter(f -> FIXTURES.relativize(f).getNameCount() == 2)
                    .filter(f -> Files.isDirectory(f) || f.toString().endsWith(".sql"))
                    .map(f -> FIXTURES.relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name) throws IOException {
        Path fixture = FIXTURES.resolve(name);
        Path base = Files.isDirectory(fixture) ? fixture : fixture.getParent();
        List<String> expected = expectedFindings(base, fixture);
        List<Finding> findings = lint(fixture);
        List<String> actual = findings.stream().map(RuleFixturesTest::entry).sorted(BY_LINE).toList();

        List<String> missing = minus(expected, actual);
        List<String> unexpected = minus(actual, expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(name + " does not behave as its markers say.\n"
                    + "Marked but not reported (line rule):\n" + indent(missing)
                    + "Reported but not marked:\n" + indent(unexpected.stream().map(entry -> entry + ": "
                    + messageOf(findings, entry)).toList()));
        }
    }

    private static Path fixturesDirectory() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the fixtures on the test classpath", e);
        }
    }

    /**
     * Rule and dialect pairs where the rule cannot fire by design, with the reason: their silent fixture
     * proves the silence instead.
     */
    private static final Map<String, String> SILENT_BY_DESIGN = Map.of(
            "foreign-key-without-index/mysql", "InnoDB creates an index for every foreign key itself",
            "alibaba-unsigned-auto-increment/postgresql", "PostgreSQL has no unsigned integers",
            "alibaba-boolean-column-type/postgresql", "PostgreSQL has a real boolean type");

    private static final Set<String> DATA_RULES = BuiltinRules.all().stream().map(Rule::metadata)
            .filter(m -> m.needs().contains(SourceKind.DATA)).map(RuleMetadata::id).collect(Collectors.toSet());

    /** Silent fixtures matter as much as firing ones: they hold false alarms down. */
    @Test
    void everyRuleHasFiringAndSilentFixturesInBothFirstClassDialects() throws IOException {
        List<String> fixtures = fixtures().toList();
        for (Rule rule : BuiltinRules.all()) {
            for (String dialect : List.of("mysql", "postgresql")) {
                boolean silentByDesign = SILENT_BY_DESIGN.containsKey(rule.metadata().id() + "/" + dialect);
                for (String kind : silentByDesign ? List.of("silent") : List.of("fires", "silent")) {
                    String prefix = rule.metadata().id() + "/" + dialect + "-";
                    assertThat(fixtures).as("a %s*%s.sql fixture", prefix, kind)
                            .anyMatch(f -> f.startsWith(prefix) && (f.endsWith(kind + ".sql") || f.endsWith(kind)));
                }
            }
        }
    }

    /**
     * The whole engine on one fixture (a DDL file, or a directory with a schema and application SQL), as a build
     * would run it, on a fixed "today" for until: dates, with the fixture's own rule enabled by id (which a
     * preset's rule needs; the others of its preset stay off). A data rule's fixture holds rows too: it is checked
     * as a live database holding them.
     */
    private static List<Finding> lint(Path fixture) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        SchemaGuard engine = SchemaGuard.withBuiltinRules(List.of(new RuleSettings(ruleId, true, null, null)))
                .withClock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        if (DATA_RULES.contains(ruleId)) {
            return DataExamples.lint(engine, fixture.getParent(), fixture, dialectOf(fixture)).findings();
        }
        boolean application = Files.isDirectory(fixture);
        Path base = application ? fixture : fixture.getParent();
        ApplicationSqlRequest applicationSql = application
                ? new ApplicationSqlRequest(List.of(Path.of(".")), ApplicationSqlRequest.DEFAULT_MAPPER_INCLUDES,
                List.of(), List.of(Path.of("dml")), List.of(Path.of("java")))
                : ApplicationSqlRequest.NONE;
        return engine.lint(new LintRequest(base, Path.of("."),
                        List.of(application ? SCHEMA_FILE : fixture.getFileName().toString()), List.of(),
                        dialectOf(fixture), applicationSql))
                .findings();
    }

    private static Dialect dialectOf(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(Dialect.values())
                .filter(d -> name.startsWith(d.name().toLowerCase(java.util.Locale.ROOT) + "-"))
                .findFirst().orElse(null);
    }

    /** Each marker in the fixture's files expects its rules on the line after it, as "file:line rule-id" entries. */
    private static List<String> expectedFindings(Path base, Path fixture) throws IOException {
        List<String> expected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixture)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = base.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = MARKER.matcher(lines.get(i));
                if (marker.matches()) {
                    int findingLine = i + 2;
                    Arrays.stream(marker.group(1).split(",")).map(String::trim)
                            .forEach(ruleId -> expected.add(name + ":" + findingLine + " " + ruleId));
                }
            }
        }
        return expected.stream().sorted(BY_LINE).toList();
    }

    private static String entry(Finding finding) {
        return finding.location().file() + ":" + finding.location().line() + " " + finding.ruleId();
    }

    /** The entries of {@code a} not matched one-for-one in {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    private static String messageOf(List<Finding> findings, String entry) {
        return findings.stream().filter(f -> entry(f).equals(entry))
                .map(Finding::message).findFirst().orElse("");
    }

    private static String indent(List<String> entries) {
        return entries.isEmpty() ? "  (none)\n"
                : entries.stream().map(e -> "  " + e + "\n").collect(Collectors.joining());
    }
}
