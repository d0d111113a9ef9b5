package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one rule over DDL text read by the real reader: for rules whose input is easiest written as SQL. */
final class DdlLint {

    private DdlLint() {
    }

    static List<Finding> run(Rule rule, Dialect dialect, String sql) {
        return run(rule, dialect, sql, Map.of());
    }

    static List<Finding> run(Rule rule, Dialect dialect, String sql, Map<String, String> options) {
        try {
            Path directory = Files.createTempDirectory("schemaguard-test");
            Path file = Files.writeString(directory.resolve("test.sql"), sql, StandardCharsets.UTF_8);
            try {
                DdlReadResult read = DdlSource.read(directory, List.of(file), dialect);
                List<Finding> findings = new ArrayList<>();
                rule.check(new RuleContext(read.schema(), read.problems(), new RuleOptions(rule.metadata(), options)),
                        findings::add);
                return findings;
            } finally {
                Files.delete(file);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
