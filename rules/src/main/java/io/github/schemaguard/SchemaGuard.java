package io.github.schemaguard;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The engine: sources to model, model to rules, rules to sorted findings. */
public final class SchemaGuard {

    private final List<Rule> rules;

    public SchemaGuard(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SchemaGuard withBuiltinRules() {
        return new SchemaGuard(BuiltinRules.all());
    }

    public LintResult lint(LintRequest request) throws IOException {
        Path ddlDirectory = request.baseDirectory().resolve(request.ddlDirectory());
        List<Path> files = DdlFiles.find(ddlDirectory, request.includes(), request.excludes());
        DdlReadResult read = DdlSource.read(request.baseDirectory(), files, request.dialect());
        RuleContext context = new RuleContext(read.schema(), read.problems(), null);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context.withOptions(RuleOptions.defaults(rule.metadata())), findings::add);
        }
        findings.sort(Finding.ORDER);
        return new LintResult(findings, read.stats());
    }
}
