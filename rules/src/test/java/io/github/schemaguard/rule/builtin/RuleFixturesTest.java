package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.DataExamples;
import io.github.schemaguard.rule.Rule;
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
 */
class RuleFixturesTest {

    /** The copies Maven puts on the test classpath, so the test runs from any working directory. */
    private static final Path FIXTURES = fixturesDirectory();
    /** Fixtures' until: dates are read against a fixed day, so they never expire by themselves. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Pattern MARKER = Pattern.compile("^\\s*--\\s*expect:\\s*(.+?)\\s*$");
    /** "line rule-id" entries in line order, so a diff reads top to bottom like the file. */
    private static final Comparator<String> BY_LINE = Comparator
            .comparingInt((String entry) -> Integer.parseInt(entry.substring(0, entry.indexOf(' '))))
            .thenComparing(Comparator.naturalOrder());

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".sql"))
                    .map(f -> FIXTURES.relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name) throws IOException {
        Path file = FIXTURES.resolve(name);
        List<String> expected = expectedFindings(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<Finding> findings = lint(file);
        List<String> actual = findings.stream().map(f -> f.location().line() + " " + f.ruleId())
                .sorted(BY_LINE).toList();

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
            "foreign-key-without-index/mysql", "InnoDB creates an index for every foreign key itself");

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
                            .anyMatch(f -> f.startsWith(prefix) && f.endsWith(kind + ".sql"));
                }
            }
        }
    }

    /**
     * The whole engine on one fixture, as a build would run it, on a fixed "today" for until: dates. A data rule's
     * fixture holds rows too: it is checked as a live database holding them.
     */
    private static List<Finding> lint(Path file) throws IOException {
        if (DATA_RULES.contains(file.getParent().getFileName().toString())) {
            return DataExamples.lint(file.getParent(), file, dialectOf(file)).findings();
        }
        return SchemaGuard.withBuiltinRules().withClock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .lint(new LintRequest(file.getParent(), Path.of("."), List.of(file.getFileName().toString()),
                        List.of(), dialectOf(file)))
                .findings();
    }

    private static Dialect dialectOf(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(Dialect.values())
                .filter(d -> name.startsWith(d.name().toLowerCase(java.util.Locale.ROOT) + "-"))
                .findFirst().orElse(null);
    }

    /** Each marker expects its rules on the line after it, as "line rule-id" entries. */
    private static List<String> expectedFindings(List<String> lines) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (marker.matches()) {
                int findingLine = i + 2;
                Arrays.stream(marker.group(1).split(",")).map(String::trim)
                        .forEach(ruleId -> expected.add(findingLine + " " + ruleId));
            }
        }
        return expected.stream().sorted(BY_LINE).toList();
    }

    /** The entries of {@code a} not matched one-for-one in {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    private static String messageOf(List<Finding> findings, String entry) {
        return findings.stream().filter(f -> (f.location().line() + " " + f.ruleId()).equals(entry))
                .map(Finding::message).findFirst().orElse("");
    }

    private static String indent(List<String> entries) {
        return entries.isEmpty() ? "  (none)\n"
                : entries.stream().map(e -> "  " + e + "\n").collect(Collectors.joining());
    }
}
