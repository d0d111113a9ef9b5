package io.github.schemaguard;

import io.github.schemaguard.config.RuleConfiguration;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.data.ProbeSettings;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.data.JdbcTableData;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.suppress.SuppressionOutcome;
import io.github.schemaguard.suppress.Suppressions;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The engine: sources to model, model to rules, rules to sorted findings. */
public final class SchemaGuard {

    private final List<Rule> rules;
    private final RuleConfiguration configuration;
    /** Decides which suppressions are past their until: date; a fixed clock makes tests repeatable. */
    private final Clock clock;

    public SchemaGuard(List<Rule> rules) {
        this(rules, RuleConfiguration.defaults());
    }

    public SchemaGuard(List<Rule> rules, RuleConfiguration configuration) {
        this(rules, configuration, Clock.systemUTC());
    }

    private SchemaGuard(List<Rule> rules, RuleConfiguration configuration, Clock clock) {
        this.rules = List.copyOf(rules);
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The same engine, with "today" taken from the given clock. */
    public SchemaGuard withClock(Clock newClock) {
        return new SchemaGuard(rules, configuration, newClock);
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

    public LintResult lint(LintRequest request) throws IOException {
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
        return lint(schema, (TableData) null);
    }

    /**
     * Runs the rules on a live database's schema with data checks on its rows, when {@code settings} enables
     * them: SELECT statements only, on {@code connection} as given (open it read-only), within the settings'
     * statement timeout and time budget, which starts now.
     *
     * @throws SQLException when the connection cannot describe its database (its identifier quote string)
     */
    public LintResult lint(Schema schema, Connection connection, ProbeSettings settings) throws SQLException {
        return lint(schema, settings.enabled() ? new JdbcTableData(connection, settings) : null);
    }

    /** Runs the rules on a schema, the data rules asking {@code data} ({@code null}: no data checks). */
    public LintResult lint(Schema schema, TableData data) {
        RuleContext context = new RuleContext(schema, List.of(), null).withData(data);
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
