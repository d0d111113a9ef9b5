package io.github.schemaguard;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.source.app.ApplicationSqlRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * What to lint.
 *
 * @param baseDirectory the project directory; locations are reported relative to it
 * @param ddlDirectory  where the DDL files are (absolute, or relative to {@code baseDirectory})
 * @param includes      glob patterns relative to {@code ddlDirectory}, e.g. {@code **}{@code /*.sql}
 * @param dialect       the dialect, or {@code null} to detect it from the files
 * @param applicationSql where the application's SQL is, checked against the schema the DDL files declare
 */
public record LintRequest(Path baseDirectory, Path ddlDirectory, List<String> includes,
                          List<String> excludes, Dialect dialect, ApplicationSqlRequest applicationSql) {

    public LintRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** DDL files alone, no application SQL. */
    public LintRequest(Path baseDirectory, Path ddlDirectory, List<String> includes, List<String> excludes,
                       Dialect dialect) {
        this(baseDirectory, ddlDirectory, includes, excludes, dialect, ApplicationSqlRequest.NONE);
    }
}
