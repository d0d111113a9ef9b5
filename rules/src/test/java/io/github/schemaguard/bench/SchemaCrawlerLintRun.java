package io.github.schemaguard.bench;

import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.command.text.schema.options.TextOutputFormat;
import schemacrawler.tools.executable.SchemaCrawlerExecutable;
import schemacrawler.tools.options.OutputOptionsBuilder;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import us.fatehi.utility.datasource.MultiUseUserCredentials;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Not a test: SchemaCrawler's lint command with its default linters and the standard info level (what its
 * command line does by default) on one schema, in a process of its own so that the benchmark can stop it.
 * Prints {@code elapsed-ms <n>} when done.
 *
 * <p>Arguments: JDBC URL, user, schema, report file.
 */
public final class SchemaCrawlerLintRun {

    private SchemaCrawlerLintRun() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        long start = System.nanoTime();
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .includeSchemas(new RegularExpressionInclusionRule(args[2])).toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder()
                        .withSchemaInfoLevel(SchemaInfoLevelBuilder.standard()).toOptions());
        SchemaCrawlerExecutable lint = new SchemaCrawlerExecutable("lint");
        lint.setSchemaCrawlerOptions(options);
        lint.setOutputOptions(OutputOptionsBuilder.newOutputOptions(TextOutputFormat.text, Path.of(args[3])));
        lint.setDataSource(DatabaseConnectionSources.newDatabaseConnectionSource(args[0],
                new MultiUseUserCredentials(args[1], "")));
        lint.execute();
        System.out.println("elapsed-ms " + (System.nanoTime() - start) / 1_000_000);
    }
}
