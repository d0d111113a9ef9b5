package io.github.schemaguard;

import io.github.schemaguard.config.RuleConfiguration;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.data.ProbeSettings;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.app.ApplicationSources;
import io.github.schemaguard.source.app.ApplicationSql;
import io.github.schemaguard.source.app.ApplicationSqlRead;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.source.app.DataStatementReader;
import io.github.schemaguard.source.data.JdbcTableData;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.suppress.SuppressedFinding;
import io.github.schemaguard.suppress.SuppressionDirective;
import io.github.schemaguard.source.live.LiveDatabase;
import io.github.schemaguard.source.live.LiveSource;
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
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The engine: sources to model, model to rules, rules to sorted findings. */
public final class SchemaGuard {

    /** The statistics of a source that reads no files. */
    private static final DdlReadStats NOTHING_READ = new DdlReadStats(0, 0, 0, 0);

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
        return withBuiltinRules(settings, null, Language.EN);
    }

    /**
     * The built-in rules as the user configured them, with {@code preset}'s rules on ({@code null}: none) and
     * messages in {@code language} where a rule has a translation.
     *
     * @throws IllegalArgumentException when a setting names an unknown rule or option
     */
    public static SchemaGuard withBuiltinRules(Collection<RuleSettings> settings, Preset preset, Language language) {
        List<Rule> rules = BuiltinRules.all();
        return new SchemaGuard(rules, RuleConfiguration.of(rules, settings).withPreset(preset).withLanguage(language));
    }

    /**
     * Lints the request's DDL files and each of its databases; the findings of all of them, in one order.
     *
     * @throws io.github.schemaguard.source.live.LiveDatabaseException when a database cannot be connected to or read
     */
    public LintResult lint(LintRequest request) throws IOException {
        boolean ddl = request.ddlDirectory() != null;
        LintResult result = ddl ? lintDdl(request) : LintResult.EMPTY;
        // Application SQL is checked once: against the DDL files' schema when there are any, else each database's.
        ApplicationSqlRequest applicationSql = ddl ? ApplicationSqlRequest.NONE : request.applicationSql();
        for (LiveDatabase database : request.databases()) {
            result = result.plus(LiveSource.read(database, progress, (schema, connection) -> lintLive(schema,
                    connection, database.dataChecks(), request.baseDirectory(), applicationSql)));
        }
        return result;
    }

    /** A database's schema, the application SQL checked against it, and its rows when data checks are on. */
    private LintResult lintLive(Schema schema, Connection connection, ProbeSettings dataChecks, Path baseDirectory,
                                ApplicationSqlRequest applicationSql) throws SQLException, IOException {
        ApplicationSqlRead application = ApplicationSources.read(baseDirectory, applicationSql, schema.dialect());
        TableData data = dataChecks.enabled() ? new JdbcTableData(connection, dataChecks) : null;
        return lint(schema, List.of(), List.of(), application, data, NOTHING_READ);
    }

    private LintResult lintDdl(LintRequest request) throws IOException {
        Path ddlDirectory = request.baseDirectory().resolve(request.ddlDirectory());
        List<Path> files = DdlFiles.find(ddlDirectory, request.includes(), request.excludes());
        DdlReadResult read = DdlSource.read(request.baseDirectory(), files, request.dialect());
        ApplicationSqlRead application = ApplicationSources.read(request.baseDirectory(), request.applicationSql(),
                read.schema().dialect());
        return lint(read.schema(), read.problems(), Suppressions.scan(read.contents(), read.schema().dialect()),
                application, null, read.stats());
    }

    /**
     * Runs the rules on a schema read by some other source (a live database): no files, so no parse
     * problems and no suppression comments; the rules' {@code excludes} still apply.
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
        return lint(schema, List.of(), List.of(), ApplicationSqlRead.NONE, data, NOTHING_READ);
    }

    private LintResult lint(Schema schema, List<ParseProblem> schemaProblems, List<SuppressionDirective> directives,
                            ApplicationSqlRead application, TableData data, DdlReadStats stats) {
        DataStatementReader statements = DataStatementReader.read(application.markedStatements(), schema.dialect());
        List<ParseProblem> problems = new ArrayList<>(schemaProblems);
        problems.addAll(application.problems());
        problems.addAll(statements.problems());
        RuleContext context = new RuleContext(schema, problems, null).withStatements(statements.statements())
                .withData(data).withLanguage(configuration.language());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            check(rule, context, findings);
        }
        List<SuppressionDirective> allDirectives = new ArrayList<>(directives);
        allDirectives.addAll(application.suppressions());
        // The variants of one dynamic statement may each give the same finding: it is reported once.
        SuppressionOutcome suppression = Suppressions.apply(findings.stream().distinct().toList(), allDirectives,
                rules.stream().map(r -> r.metadata().id()).toList(), LocalDate.now(clock));
        List<Finding> active = new ArrayList<>(suppression.active());
        RuleContext suppressionContext = context.withSuppressionProblems(suppression.problems());
        rules.stream().filter(Suppressions::reportsOnSuppressions)
                .forEach(rule -> check(rule, suppressionContext, active));
        int applicationStatements = (int) application.statements().stream().map(ApplicationSql::location).distinct()
                .count();
        return result(active, suppression.suppressed(),
                stats.withApplicationSql(application.files(), applicationStatements));
    }

    /**
     * Sorted findings, less those the rules' {@code excludes} match, which join the suppressed ones. Comments go
     * first: their reason is the more specific, and a finding they cover does not make them unused.
     */
    private LintResult result(List<Finding> findings, List<SuppressedFinding> suppressedByComments,
                              DdlReadStats stats) {
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>(suppressedByComments);
        for (Finding finding : findings) {
            configuration.exclusion(finding).ifPresentOrElse(suppressed::add, () -> active.add(finding));
        }
        active.sort(Finding.ORDER);
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        return new LintResult(active, stats).withSuppressed(suppressed);
    }

    private void check(Rule rule, RuleContext context, List<Finding> findings) {
        if (configuration.enabled(rule)) {
            rule.check(context.withOptions(configuration.options(rule)),
                    finding -> findings.add(configuration.apply(rule, finding)));
        }
    }
}
