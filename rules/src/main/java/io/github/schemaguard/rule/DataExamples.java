package io.github.schemaguard.rule;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.data.ProbeSettings;
import io.github.schemaguard.source.data.JdbcTableData;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;
import org.h2.Driver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Runs SQL that holds tables and their rows (a data rule's example or fixture) as a live database would be
 * checked: the file is loaded into a private in-process H2 database speaking the file's dialect, its schema is
 * read by the DDL reader (so findings point at the file's lines), and the engine runs with data checks on.
 * The H2 driver is called directly, not through {@code DriverManager}, which may not see it from a Maven plugin's
 * class realm.
 */
public final class DataExamples {

    private DataExamples() {
    }

    /** {@code engine}'s findings on the file's schema and rows. */
    public static LintResult lint(SchemaGuard engine, Path baseDirectory, Path file, Dialect dialect) {
        DdlReadResult read = DdlSource.read(baseDirectory, List.of(file), dialect);
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + (dialect == Dialect.POSTGRESQL ? "PostgreSQL"
                : "MySQL") + ";DATABASE_TO_LOWER=TRUE";
        try (Connection connection = new Driver().connect(url, new Properties())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' CHARSET 'UTF-8'");
            }
            connection.setReadOnly(true);
            return engine.lint(read.schema(),
                    new JdbcTableData(connection, ProbeSettings.DEFAULTS.withEnabled(true)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load " + file.getFileName() + " into an in-process H2 database: "
                    + e.getMessage(), e);
        }
    }
}
