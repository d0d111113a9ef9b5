package io.github.schemaguard.maven;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.report.ConsoleReport;
import io.github.schemaguard.report.FailOn;
import io.github.schemaguard.report.GithubAnnotations;
import io.github.schemaguard.report.ReportFormat;
import io.github.schemaguard.report.ReportInput;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlReadStats;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lints the project's DDL migration files and fails the build when a finding reaches
 * {@code failOn}. All logic lives in the Maven-free engine; this class maps parameters, logs
 * and decides the verdict.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSchemaGuardMojo {

    /** Skips the check. */
    @Parameter(property = "schemaguard.skip", defaultValue = "false")
    private boolean skip;

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "schemaguard.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Report files to write besides the console output, comma-separated: {@code sarif},
     * {@code checkstyle}, {@code junit}, {@code json}, {@code html}. None by default.
     */
    @Parameter(property = "schemaguard.formats")
    private List<String> formats;

    /** Where report files go. */
    @Parameter(property = "schemaguard.outputDirectory", defaultValue = "${project.build.directory}/schemaguard")
    private File outputDirectory;

    /**
     * Where the rule pages ({@code <rule-id>.md}) are, for links in reports: an absolute URL, or the
     * repository path {@code docs/rules/}. SARIF links to the page only when this is absolute.
     */
    @Parameter(property = "schemaguard.docsBaseUrl", defaultValue = ReportInput.DEFAULT_DOCS_BASE_URL)
    private String docsBaseUrl;

    /** On GitHub Actions, also print each finding as a workflow annotation on the file and line. */
    @Parameter(property = "schemaguard.githubAnnotations", defaultValue = "true")
    private boolean githubAnnotations;

    /** How many findings at or above {@code failOn} the build tolerates before it fails. */
    @Parameter(property = "schemaguard.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(ConsoleReport.skipped());
            return;
        }
        FailOn threshold = parameter(() -> FailOn.parse(failOn));
        Dialect chosenDialect = chosenDialect();
        Set<ReportFormat> reportFormats = parameter(() -> ReportFormat.parse(orEmpty(formats)));
        SchemaGuard engine = engine();
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("maxAllowedViolations must be 0 or more, not " + maxAllowedViolations);
        }
        Path base = baseDirectory();
        Path ddl = ddlPath();
        if (!Files.isDirectory(ddl) && !hasDatabases()) {
            getLog().warn(ConsoleReport.missingDirectory(relative(base, ddl)));
            // Empty reports still, so CI steps that upload them find their files.
            writeReports(reportFormats, new LintResult(List.of(), new DdlReadStats(0, 0, 0, 0)), threshold, base);
            return;
        }
        LintResult result = applyBaseline(lint(engine, chosenDialect));
        ConsoleReport.lines(result).forEach(this::log);
        // Reports come before the verdict: a failing build is when CI needs them most.
        writeReports(reportFormats, result, threshold, base);
        if (githubAnnotations && "true".equals(System.getenv("GITHUB_ACTIONS"))) {
            // Straight to stdout: the runner only reads commands at the start of a line, not after "[ERROR] ".
            GithubAnnotations.lines(result, workspacePrefix(base)).forEach(System.out::println);
        }
        Optional<String> failure = threshold.failure(result);
        if (failure.isPresent()) {
            long reached = threshold.reached(result);
            if (reached > maxAllowedViolations) {
                throw new MojoFailureException(maxAllowedViolations == 0 ? failure.get() : failure.get()
                        + " maxAllowedViolations=" + maxAllowedViolations + " allows at most " + maxAllowedViolations + ".");
            }
            getLog().warn("schemaguard: " + ConsoleReport.plural(reached, "finding") + " at or above failOn="
                    + threshold.label() + ", within maxAllowedViolations=" + maxAllowedViolations + ".");
        }
    }

    private void writeReports(Set<ReportFormat> reportFormats, LintResult result, FailOn threshold, Path base)
            throws MojoExecutionException {
        ReportInput input = new ReportInput(result, BuiltinRules.all(), threshold, pluginVersion, docsBaseUrl);
        Path directory = outputDirectory.toPath().toAbsolutePath().normalize();
        for (ReportFormat format : reportFormats) {
            try {
                Path file = format.writeTo(directory, input);
                getLog().info("schemaguard: " + format.label() + " report written to " + relative(base, file));
            } catch (IOException e) {
                throw new MojoExecutionException("schemaguard could not write the " + format.label() + " report to "
                        + relative(base, directory.resolve(format.fileName())) + ": "
                        + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Annotations name files relative to the repository (the workspace), not to a module inside it. */
    private static String workspacePrefix(Path base) {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        if (!base.startsWith(root) || base.equals(root)) {
            return "";
        }
        return relative(root, base) + "/";
    }
}
