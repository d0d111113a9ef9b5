package io.github.schemaguard;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.source.live.LiveDatabase;

import java.nio.file.Path;
import java.util.List;

/**
 * What to lint.
 *
 * @param baseDirectory the project directory; locations are reported relative to it
 * @param ddlDirectory  where the DDL files are (absolute, or relative to {@code baseDirectory}), or {@code null}
 *                      to check only databases
 * @param includes      glob patterns relative to {@code ddlDirectory}, e.g. {@code **}{@code /*.sql}
 * @param dialect       the dialect, or {@code null} to detect it from the files
 * @param applicationSql where the application's SQL is, checked against the schema the DDL files declare (or,
 *                       without DDL files, each database's)
 * @param databases      live databases whose schemas the rules check as well
 */
public record LintRequest(Path baseDirectory, Path ddlDirectory, List<String> includes,
                          List<String> excludes, Dialect dialect, ApplicationSqlRequest applicationSql,
                          List<LiveDatabase> databases) {

    public LintRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        databases = List.copyOf(databases);
    }

    /** DDL files alone, no application SQL, no database. */
    public LintRequest(Path baseDirectory, Path ddlDirectory, List<String> includes, List<String> excludes,
                       Dialect dialect) {
        this(baseDirectory, ddlDirectory, includes, excludes, dialect, ApplicationSqlRequest.NONE);
    }

    /** DDL files and application SQL, no database. */
    public LintRequest(Path baseDirectory, Path ddlDirectory, List<String> includes, List<String> excludes,
                       Dialect dialect, ApplicationSqlRequest applicationSql) {
        this(baseDirectory, ddlDirectory, includes, excludes, dialect, applicationSql, List.of());
    }
}
