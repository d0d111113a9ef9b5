package io.github.schemaguard.rule;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.model.Dialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a rule over one of its metadata examples through the real DDL reader, so the docs show what
 * users will see and a test can prove the examples behave as documented. An example for a rule about
 * application SQL is the schema's DDL followed by a MyBatis mapper (from its {@code <mapper} line on).
 */
public final class RuleExamples {

    /** The file name appears in rendered findings. */
    public static final String FILE_NAME = "example.sql";
    public static final String MAPPER_FILE_NAME = "ExampleMapper.xml";
    private static final String MAPPER_START = "<mapper";

    /**
     * An example cut into its DDL and its mapper XML.
     *
     * @param mapper the mapper XML, or {@code null} when the example is DDL alone
     */
    public record Parts(String sql, String mapper) {
    }

    public static Parts parts(String example) {
        int mapper = example.indexOf("\n" + MAPPER_START);
        return mapper < 0 ? new Parts(example, null)
                : new Parts(example.substring(0, mapper + 1), example.substring(mapper + 1));
    }

    private RuleExamples() {
    }

    /** The reason the documented suppression comments give. */
    public static final String SUPPRESSION_REASON = "reviewed exception, see ticket DB-123";

    /**
     * The rule's bad example with a suppression comment on its own line before each line a finding is reported
     * at, indented like that line: {@code -- schemaguard:ignore} in the DDL, {@code <!-- schemaguard:ignore -->}
     * in the mapper XML. This is how the docs show an inline suppression.
     *
     * @param badExampleFindings the rule's {@link #findings} on its bad example
     */
    public static String suppressedBadExample(Rule rule, List<Finding> badExampleFindings) {
        String directive = "schemaguard:ignore " + rule.metadata().id() + " reason: " + SUPPRESSION_REASON;
        Parts parts = parts(rule.metadata().badExample());
        String sql = withCommentsBefore(parts.sql(), linesIn(badExampleFindings, FILE_NAME), "-- " + directive);
        return parts.mapper() == null ? sql
                : sql + withCommentsBefore(parts.mapper(), linesIn(badExampleFindings, MAPPER_FILE_NAME),
                "<!-- " + directive + " -->");
    }

    private static List<Integer> linesIn(List<Finding> findings, String file) {
        return findings.stream().filter(f -> f.location().file().equals(file)).map(f -> f.location().line())
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** {@code text} with {@code comment} inserted before each of the given lines, which come last to first. */
    private static String withCommentsBefore(String text, List<Integer> descendingLines, String comment) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int line : descendingLines) {
            String target = lines.get(line - 1);
            lines.add(line - 1, target.substring(0, target.length() - target.stripLeading().length()) + comment);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The rule's findings on {@code sql}, in English. */
    public static List<Finding> findings(Rule rule, String sql) {
        return findings(rule, sql, Language.EN);
    }

    /**
     * The rule's findings on {@code sql}, linted by the engine with every built-in rule, as a user's build
     * would (so suppression comments in an example act on the findings they name); the rule itself is enabled
     * by id, as a user would enable one rule of a preset. A data rule's example, tables and rows, is loaded into
     * an in-process database first (see {@link DataExamples}).
     */
    public static List<Finding> findings(Rule rule, String sql, Language language) {
        return lint(rule, sql, language).findings().stream()
                .filter(f -> f.ruleId().equals(rule.metadata().id())).toList();
    }

    /** Everything the engine, with every built-in rule, reports on {@code sql} in the rule's example dialect. */
    public static LintResult lint(Rule rule, String sql) {
        return lint(rule, sql, Language.EN);
    }

    private static LintResult lint(Rule rule, String sql, Language language) {
        try {
            Path directory = Files.createTempDirectory("schemaguard-example");
            Parts parts = parts(sql);
            Path file = Files.writeString(directory.resolve(FILE_NAME), parts.sql(), StandardCharsets.UTF_8);
            Path mapper = directory.resolve(MAPPER_FILE_NAME);
            if (parts.mapper() != null) {
                Files.writeString(mapper, parts.mapper(), StandardCharsets.UTF_8);
            }
            try {
                ApplicationSqlRequest mappers = new ApplicationSqlRequest(List.of(directory),
                        List.of(MAPPER_FILE_NAME), List.of(), List.of());
                List<RuleSettings> enabled = List.of(new RuleSettings(rule.metadata().id(), true, null, null));
                SchemaGuard engine = SchemaGuard.withBuiltinRules(enabled, null, language);
                Dialect dialect = rule.metadata().exampleDialect();
                return rule.metadata().needs().contains(SourceKind.DATA)
                        ? DataExamples.lint(engine, directory, file, dialect)
                        : engine.lint(new LintRequest(directory, Path.of("."), List.of(FILE_NAME), List.of(),
                        dialect, mappers));
            } finally {
                Files.delete(file);
                Files.deleteIfExists(mapper);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the example of rule " + rule.metadata().id(), e);
        }
    }
}
