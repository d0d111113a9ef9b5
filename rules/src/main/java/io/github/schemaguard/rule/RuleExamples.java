package io.github.schemaguard.rule;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.source.app.ApplicationSqlRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The rule's findings on {@code sql}, linted by the engine with every built-in rule, as a user's build
     * would (so suppression comments in an example act on the findings they name).
     */
    public static List<Finding> findings(Rule rule, String sql) {
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
                LintResult result = SchemaGuard.withBuiltinRules().lint(new LintRequest(directory, Path.of("."),
                        List.of(FILE_NAME), List.of(), rule.metadata().exampleDialect(), mappers));
                return result.findings().stream().filter(f -> f.ruleId().equals(rule.metadata().id())).toList();
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
