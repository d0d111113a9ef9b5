package io.github.schemaguard.rule;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.suppress.SuppressionOutcome;
import io.github.schemaguard.suppress.SuppressionScanner;
import io.github.schemaguard.suppress.Suppressions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    public static List<Finding> findings(Rule rule, String sql) {
        try {
            Path directory = Files.createTempDirectory("schemaguard-example");
            Path file = Files.writeString(directory.resolve(FILE_NAME), sql, StandardCharsets.UTF_8);
            try {
                DdlReadResult read = DdlSource.read(directory, List.of(file), rule.metadata().exampleDialect());
                RuleContext context = new RuleContext(read.schema(), read.problems(),
                        RuleOptions.defaults(rule.metadata()));
                List<Finding> findings = new ArrayList<>();
                rule.check(context, findings::add);
                // Suppression comments apply to examples as to users' files; the suppression rules report on them
                SuppressionOutcome suppression = Suppressions.apply(findings, SuppressionScanner.scan(FILE_NAME, sql,
                        rule.metadata().exampleDialect() == Dialect.MYSQL),
                        BuiltinRules.all().stream().map(r -> r.metadata().id()).toList(), LocalDate.now());
                List<Finding> active = new ArrayList<>(suppression.active());
                if (Suppressions.reportsOnSuppressions(rule)) {
                    rule.check(context.withSuppressionProblems(suppression.problems()), active::add);
                }
                active.sort(Finding.ORDER);
                return active;
            } finally {
                Files.delete(file);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the example of rule " + rule.metadata().id(), e);
        }
    }
}
