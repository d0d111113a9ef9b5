package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.DdlFileReader;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.source.ddl.SqlStatement;
import io.github.schemaguard.source.ddl.StatementSplitter;
import io.github.schemaguard.suppress.SuppressionDirective;
import io.github.schemaguard.suppress.SuppressionScanner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the data statements (UPDATE, DELETE, INSERT, REPLACE, SELECT) of plain {@code .sql} files, such as
 * the scripts a back office or a batch job runs; other statements in them are passed over.
 */
public final class DmlFileSource {

    private static final Pattern DATA_STATEMENT = Pattern.compile(
            "(?i)^(UPDATE|DELETE|INSERT|REPLACE|SELECT|WITH)\\b");

    private DmlFileSource() {
    }

    /**
     * @param dialect decides how statements are split and comments found; {@code null} for generic rules
     */
    public static ApplicationSqlRead read(Path baseDirectory, List<Path> files, Dialect dialect) {
        List<ApplicationSql> statements = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        List<SuppressionDirective> suppressions = new ArrayList<>();
        for (Path file : files) {
            String name = DdlSource.displayName(baseDirectory, file);
            try {
                String text = DdlFileReader.read(file);
                for (SqlStatement statement : StatementSplitter.split(name, text, dialect)) {
                    if (DATA_STATEMENT.matcher(statement.text()).find()) {
                        statements.add(new ApplicationSql(statement.text(), statement.location(), name, false));
                    }
                }
                suppressions.addAll(SuppressionScanner.scan(name, text, dialect == Dialect.MYSQL));
            } catch (IOException e) {
                problems.add(new ParseProblem(Location.of(name, 1, 1), e.getMessage(), ""));
            }
        }
        return new ApplicationSqlRead(statements, Set.of(), problems, suppressions, files.size());
    }
}
