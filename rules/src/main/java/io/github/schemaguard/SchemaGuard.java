package io.github.schemaguard;

import io.github.schemaguard.config.RuleConfiguration;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.source.live.LiveDatabase;
import io.github.schemaguard.source.live.LiveSource;
import io.github.schemaguard.suppress.SuppressionOutcome;
import io.github.schemaguard.suppress.Suppressions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The engine: sources to model, model to rules, rules to sorted findings. */
public final class SchemaGuard {

    private final List<Rule> rules;
    private final RuleConfiguration configuration;
    /** Decides which suppressions are past their until: date; a fixed clock makes tests repeatable. */
    private final Clock clock;
    /** Where progress lines of long reads go: the build log, never standard output. */
    private final Consumer<String> progress;

    public SchemaGuard(List<Rule> rules) {
        this(rules, RuleConfiguration.defaults());
    }

    public SchemaGuard(List<Rule> rules, RuleConfiguration configuration) {
        this(rules, configuration, Clock.systemUTC(), line -> { });
    }

    private SchemaGuard(List<Rule> rules, RuleConfiguration configuration, Clock clock, Consumer<String> progress) {
        this.rules = List.copyOf(rules);
        this.configuration = configuration;
        this.clock = clock;
        this.progress = progress;
    }

    /** The same engine, with "today" taken from the given clock. */
    public SchemaGuard withClock(Clock newClock) {
        return new SchemaGuard(rules, configuration, newClock, progress);
    }

    /** The same engine, telling the given logger how reading live databases goes. */
    public SchemaGuard withProgress(Consumer<String> logger) {
        return new SchemaGuard(rules, configuration, clock, logger);
    }

    public static SchemaGuard withBuiltinRules() {
        return new SchemaGuard(BuiltinRules.all());
    }

    /**
     * The built-in rules as the user configured them.
     *
     * @throws IllegalArgumentException when a setting names an unknown rule or option
     */
    public static SchemaGuard withBuiltinRules(Collection<RuleSettings> settings) {
        List<Rule> rules = BuiltinRules.all();
        return new SchemaGuard(rules, RuleConfiguration.of(rules, settings));
    }

    /**
     * Lints the request's DDL files and each of its databases; the findings of all of them, in one order.
     *
     * @throws io.github.schemaguard.source.live.LiveDatabaseException when a database cannot be connected to or read
     */
    public LintResult lint(LintRequest request) throws IOException {
        LintResult result = request.ddlDirectory() == null
                ? new LintResult(List.of(), new DdlReadStats(0, 0, 0, 0)) : lintDdl(request);
        List<Finding> findings = new ArrayList<>(result.findings());
        for (LiveDatabase database : request.databases()) {
            findings.addAll(lint(LiveSource.read(database, progress)).findings());
        }
        findings.sort(Finding.ORDER);
        return new LintResult(findings, result.stats()).withSuppressed(result.suppressed());
    }

    private LintResult lintDdl(LintRequest request) throws IOException {
        Path ddlDirectory = request.baseDirectory().resolve(request.ddlDirectory());
        List<Path> files = DdlFiles.find(ddlDirectory, request.includes(), request.excludes());
        DdlReadResult read = DdlSource.read(request.baseDirectory(), files, request.dialect());
        RuleContext context = new RuleContext(read.schema(), read.problems(), null);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            check(rule, context, findings);
        }
        SuppressionOutcome suppression = Suppressions.apply(findings,
                Suppressions.scan(read.contents(), read.schema().dialect()),
                rules.stream().map(r -> r.metadata().id()).toList(), LocalDate.now(clock));
        List<Finding> active = new ArrayList<>(suppression.active());
        RuleContext suppressionContext = context.withSuppressionProblems(suppression.problems());
        rules.stream().filter(Suppressions::reportsOnSuppressions)
                .forEach(rule -> check(rule, suppressionContext, active));
        active.sort(Finding.ORDER);
        return new LintResult(active, read.stats()).withSuppressed(suppression.suppressed());
    }

    /**
     * Runs the rules on a schema read by some other source (a live database): no files, so no parse
     * problems and no suppression comments.
     */
    public LintResult lint(Schema schema) {
        RuleContext context = new RuleContext(schema, List.of(), null);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            check(rule, context, findings);
        }
        findings.sort(Finding.ORDER);
        return new LintResult(findings, new DdlReadStats(0, 0, 0, 0));
    }

    private void check(Rule rule, RuleContext context, List<Finding> findings) {
        if (configuration.enabled(rule)) {
            rule.check(context.withOptions(configuration.options(rule)),
                    finding -> findings.add(configuration.apply(finding)));
        }
    }
}
