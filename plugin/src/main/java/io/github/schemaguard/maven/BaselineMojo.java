package io.github.schemaguard.maven;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.baseline.Baseline;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.report.ConsoleReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Accepts every current finding into the baseline file, so that {@code check} on an existing
 * schema fails only on new problems. Run again after fixing old findings to shrink the file.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractSchemaGuardMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Dialect chosenDialect = chosenDialect();
        SchemaGuard engine = engine();
        Path base = baseDirectory();
        Path ddl = ddlPath();
        if (!Files.isDirectory(ddl) && !hasDatabases()) {
            throw new MojoExecutionException(ConsoleReport.missingDirectory(relative(base, ddl))
                    + "; no baseline written");
        }
        LintResult result = lint(engine, chosenDialect);
        Path file = baselinePath();
        int before = Files.isRegularFile(file) ? readBaseline(file).entries().size() : 0;
        Baseline baseline = Baseline.of(result.findings());
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("schemaguard could not write the baseline " + relative(base, file) + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        getLog().info(ConsoleReport.summary(result));
        getLog().info("schemaguard: baseline " + relative(base, file) + " written with "
                + baseline.entries().size() + " entries (" + before + " before); commit it, and"
                + " schemaguard:check will fail only on findings not in it");
    }
}
