package io.github.schemaguard.maven;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.baseline.Baseline;
import io.github.schemaguard.baseline.BaselineComparison;
import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.report.ConsoleLine;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.source.live.LiveDatabase;
import io.github.schemaguard.source.live.LiveDatabaseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every goal that lints shares: where the DDL is, how to read it, which rules run, and the
 * baseline file. {@code check} and {@code baseline} must see the same findings, so both get
 * their sources and rules from here.
 */
abstract class AbstractSchemaGuardMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Where the DDL migration files are. A missing directory is reported, not failed. */
    @Parameter(property = "schemaguard.ddlDirectory", defaultValue = "${project.basedir}/src/main/resources/db")
    private File ddlDirectory;

    /** Glob patterns of the files to read, relative to {@code ddlDirectory}. */
    @Parameter(property = "schemaguard.includes", defaultValue = "**/*.sql")
    private List<String> includes;

    /** Glob patterns of the files to leave out, relative to {@code ddlDirectory}. */
    @Parameter(property = "schemaguard.excludes")
    private List<String> excludes;

    /** {@code auto} (detected from the files), {@code mysql}, {@code mariadb}, {@code postgresql}, {@code h2} or {@code generic}. */
    @Parameter(property = "schemaguard.dialect", defaultValue = "auto")
    private String dialect;

    /**
     * Where MyBatis mapper XML files are; their statements are checked against the schema. Directories that
     * do not exist are passed over.
     */
    @Parameter(property = "schemaguard.mapperDirectories", defaultValue = "${project.basedir}/src/main/resources")
    private List<File> mapperDirectories;

    /** Glob patterns of mapper files, relative to each mapper directory; XML files whose root is not {@code <mapper>} are passed over. */
    @Parameter(property = "schemaguard.mapperIncludes", defaultValue = "**/*Mapper.xml,**/mapper/**/*.xml")
    private List<String> mapperIncludes;

    /** Glob patterns of mapper files to leave out. */
    @Parameter(property = "schemaguard.mapperExcludes")
    private List<String> mapperExcludes;

    /** Directories of {@code .sql} files with data statements (UPDATE, DELETE, upserts) to check; none by default. */
    @Parameter(property = "schemaguard.dmlDirectories")
    private List<File> dmlDirectories;

    /**
     * Java source directories: SQL in MyBatis {@code @Select/@Update/@Delete/@Insert} and Spring Data
     * {@code @Query} annotations, Spring Data derived finders, and mapper interfaces' return types (a method
     * returning one object makes its mapper XML select a single-row lookup). Directories that do not exist are
     * passed over.
     */
    @Parameter(property = "schemaguard.javaSourceDirectories", defaultValue = "${project.build.sourceDirectory}")
    private List<File> javaSourceDirectories;

    /**
     * Per-rule settings: {@code <rule><id>..</id><enabled>false</enabled><severity>warning</severity>
     * <options><namePatterns>..</namePatterns></options><excludes><exclude>billing.*</exclude></excludes></rule>}.
     * An unknown rule id or option, or an invalid exclude pattern, fails the build.
     */
    @Parameter
    private List<Rule> rules;

    /**
     * A set of convention rules to turn on besides the default ones: {@code alibaba} (the Alibaba Java Development
     * Manual's MySQL rules) or {@code none}. Single preset rules can also be enabled by id in {@code rules}.
     */
    @Parameter(property = "schemaguard.preset", defaultValue = "none")
    private String preset;

    /**
     * The language of finding messages: {@code en} or {@code zh}. Rules without a Chinese text (so far all but
     * the preset's) stay English.
     */
    @Parameter(property = "schemaguard.language", defaultValue = "en")
    private String language;

    /**
     * The findings accepted on an existing schema, written by {@code schemaguard:baseline}. When the
     * file exists, {@code check} fails only on findings not in it.
     */
    @Parameter(property = "schemaguard.baselineFile", defaultValue = "${project.basedir}/" + Baseline.DEFAULT_FILE_NAME)
    private File baselineFile;

    /**
     * Live databases whose schemas the rules check too, read-only: {@code <database><url>..</url>
     * <serverId>..</serverId></database>}, credentials from settings.xml ({@code serverId}) or the environment
     * ({@code usernameEnv}, {@code passwordEnv}); {@code schemas} and {@code tables} take {@code <include>} and
     * {@code <exclude>} globs. With databases, the DDL directory may be missing.
     */
    @Parameter
    private List<Database> databases;

    /** One more database, by JDBC URL, for the command line; its credentials come from the properties below. */
    @Parameter(property = "schemaguard.url")
    private String url;

    /** The settings.xml {@code <server>} holding the credentials of {@code schemaguard.url}. */
    @Parameter(property = "schemaguard.serverId")
    private String serverId;

    /** The environment variable holding the user name for {@code schemaguard.url}. */
    @Parameter(property = "schemaguard.usernameEnv")
    private String usernameEnv;

    /** The environment variable holding the password for {@code schemaguard.url}. */
    @Parameter(property = "schemaguard.passwordEnv")
    private String passwordEnv;

    /** The user name for {@code schemaguard.url}, when no server or variable gives it. */
    @Parameter(property = "schemaguard.username")
    private String username;

    /**
     * Run the data probes on {@code schemaguard.url}'s rows too: duplicated business keys, clock-made and
     * low-entropy identifiers, whether the missing unique key would succeed today. SELECT only; off by default.
     */
    @Parameter(property = "schemaguard.dataChecks", defaultValue = "false")
    private boolean dataChecks;

    /**
     * How far the data probes may go on each database whose {@code dataChecks} is on: {@code <fullScanRows>},
     * {@code <sampleSize>}, {@code <statementTimeout>} and {@code <budget>} (seconds), {@code <exampleCount>},
     * {@code <maskExamples>}, {@code <allIdentifierColumns>}.
     */
    @Parameter
    private DataCheckSettings dataCheckSettings;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    protected Path baseDirectory() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    protected Path ddlPath() {
        return ddlDirectory.toPath().toAbsolutePath().normalize();
    }

    protected Path baselinePath() {
        return baselineFile.toPath().toAbsolutePath().normalize();
    }

    protected Dialect chosenDialect() throws MojoExecutionException {
        return parameter(() -> Dialect.parseOrAuto(dialect));
    }

    /**
     * The built-in rules as configured by {@code rules}, {@code preset} and {@code language}; a bad setting fails
     * with the valid choices.
     */
    protected SchemaGuard engine() throws MojoExecutionException {
        return parameter(() -> SchemaGuard.withBuiltinRules(ruleSettings(), Preset.parseOrNone(preset),
                Language.parse(language)));
    }

    private List<RuleSettings> ruleSettings() {
        return rules == null ? List.of() : rules.stream().map(Rule::toSettings).toList();
    }

    /** Whether any live database is configured: then the DDL directory may be missing. */
    protected boolean hasDatabases() {
        return !orEmpty(databases).isEmpty() || url != null && !url.isBlank();
    }

    /** Each configured database with its credentials; a missing credential source fails with one line. */
    private List<LiveDatabase> liveDatabases() throws MojoExecutionException {
        List<Database> all = new ArrayList<>(orEmpty(databases));
        if (url != null && !url.isBlank()) {
            all.add(Database.of(url, serverId, usernameEnv, passwordEnv, username, dataChecks));
        }
        DatabaseCredentials credentials = new DatabaseCredentials(settings, settingsDecrypter, System::getenv,
                getLog());
        List<LiveDatabase> resolved = new ArrayList<>();
        DataCheckSettings probes = dataCheckSettings == null ? new DataCheckSettings() : dataCheckSettings;
        for (Database database : all) {
            resolved.add(parameter(() -> credentials.resolve(database)
                    .withDataChecks(probes.toProbeSettings(database.dataChecks()))));
        }
        return resolved;
    }

    protected LintResult lint(SchemaGuard engine, Dialect chosenDialect) throws MojoExecutionException {
        Path ddl = Files.isDirectory(ddlPath()) || !hasDatabases() ? ddlPath() : null;
        LintRequest request = new LintRequest(baseDirectory(), ddl, orEmpty(includes), orEmpty(excludes),
                chosenDialect, applicationSql(), liveDatabases());
        try {
            return engine.withProgress(getLog()::info).lint(request);
        } catch (LiveDatabaseException e) {
            // One line: Maven would append the cause's text to it. The (password-free) cause only with -X.
            getLog().debug(e.getCause());
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw unreadable(request, e);
        } catch (UncheckedIOException e) {
            throw unreadable(request, e.getCause());
        }
    }

    /** Where the application SQL is; a schema read from a live database is checked against it too. */
    protected ApplicationSqlRequest applicationSql() {
        return new ApplicationSqlRequest(paths(mapperDirectories), orEmpty(mapperIncludes), orEmpty(mapperExcludes),
                paths(dmlDirectories), paths(javaSourceDirectories));
    }

    private static List<Path> paths(List<File> directories) {
        return directories == null ? List.of() : directories.stream().map(File::toPath).toList();
    }

    private static MojoExecutionException unreadable(LintRequest request, IOException e) {
        // File-system exceptions often carry only a path as their message: the type says what went wrong.
        return new MojoExecutionException("schemaguard could not read the DDL files under "
                + relative(request.baseDirectory(), request.ddlDirectory()) + " or the application SQL files: "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /**
     * Marks the findings the baseline file accepts and logs each entry nothing matches any more;
     * without a baseline file the result is returned as it is.
     */
    protected LintResult applyBaseline(LintResult result) throws MojoExecutionException {
        Path file = baselinePath();
        if (!Files.isRegularFile(file)) {
            return result;
        }
        Baseline baseline = readBaseline(file);
        BaselineComparison comparison = baseline.compare(result.findings());
        comparison.staleMessages(relative(baseDirectory(), file)).forEach(getLog()::warn);
        return result.withBaselined(baseline.fingerprints());
    }

    protected Baseline readBaseline(Path file) throws MojoExecutionException {
        try {
            return Baseline.read(file);
        } catch (IOException e) {
            // The message names the file and what is wrong with it.
            throw new MojoExecutionException("schemaguard: " + e.getMessage()
                    + " (fix it, or delete it and run schemaguard:baseline)", e);
        }
    }

    protected void log(ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            case INFO -> getLog().info(line.text());
        }
    }

    /** Turns a bad parameter value into one clear line instead of a stack trace. */
    protected static <T> T parameter(Supplier<T> parser) throws MojoExecutionException {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    protected static String relative(Path base, Path path) {
        Path shown = path.startsWith(base) ? base.relativize(path) : path;
        return shown.toString().replace(File.separatorChar, '/');
    }

    protected static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
