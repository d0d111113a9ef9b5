package io.github.schemaguard.rule;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.config.RuleSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a rule over one of its metadata examples through the real DDL reader, so the docs show what
 * users will see and a test can prove the examples behave as documented.
 */
public final class RuleExamples {

    /** The file name appears in rendered findings. */
    public static final String FILE_NAME = "example.sql";

    private RuleExamples() {
    }

    /** The rule's findings on {@code sql}, in English. */
    public static List<Finding> findings(Rule rule, String sql) {
        return findings(rule, sql, Language.EN);
    }

    /**
     * The rule's findings on {@code sql}, linted by the engine with every built-in rule, as a user's build
     * would (so suppression comments in an example act on the findings they name); the rule itself is enabled
     * by id, as a user would enable one rule of a preset.
     */
    public static List<Finding> findings(Rule rule, String sql, Language language) {
        try {
            Path directory = Files.createTempDirectory("schemaguard-example");
            Path file = Files.writeString(directory.resolve(FILE_NAME), sql, StandardCharsets.UTF_8);
            try {
                List<RuleSettings> enabled = List.of(new RuleSettings(rule.metadata().id(), true, null, null));
                LintResult result = SchemaGuard.withBuiltinRules(enabled, null, language).lint(new LintRequest(directory, Path.of("."),
                        List.of(FILE_NAME), List.of(), rule.metadata().exampleDialect()));
                return result.findings().stream().filter(f -> f.ruleId().equals(rule.metadata().id())).toList();
            } finally {
                Files.delete(file);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the example of rule " + rule.metadata().id(), e);
        }
    }
}
