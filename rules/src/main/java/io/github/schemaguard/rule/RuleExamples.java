package io.github.schemaguard.rule;

import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                findings.sort(Finding.ORDER);
                return findings;
            } finally {
                Files.delete(file);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the example of rule " + rule.metadata().id(), e);
        }
    }
}
