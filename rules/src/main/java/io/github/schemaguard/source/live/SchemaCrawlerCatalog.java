package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import schemacrawler.crawl.SchemaCrawler;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the schema of any JDBC database through SchemaCrawler and its standard JDBC metadata: tables, columns,
 * keys, indexes, foreign keys and triggers, nothing else (no routines, views, privileges or row counts).
 * PostgreSQL and MySQL/MariaDB have faster readers of their own catalogs.
 */
public final class SchemaCrawlerCatalog {

    /** SchemaCrawler logs every step through java.util.logging, which Maven prints outside its own log. */
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("schemacrawler"),
            Logger.getLogger("us.fatehi"));

    /** What JDBC drivers call ordinary tables: {@code TABLE}, H2's {@code BASE TABLE}. */
    private static final List<String> TABLE_TYPES = List.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    static {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.OFF));
    }

    private SchemaCrawlerCatalog() {
    }

    /**
     * The tables of the included schemas; tables of the connection's default schema have no schema qualifier,
     * so their object paths read as in DDL files.
     *
     * @param includeSchema by plain schema name (for MySQL: database name)
     * @param includeTable  by schema name ({@code null} where there are none) and table name
     * @param displayUrl    the URL without credentials, the start of every location
     */
    public static Schema read(Connection connection, Predicate<String> includeSchema,
                              BiPredicate<String, String> includeTable, String displayUrl, Consumer<String> progress)
            throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        progress.accept("schemaguard: reading " + displayUrl + " (" + product + ") through JDBC metadata");
        Catalog catalog;
        try {
            // Straight to the crawler: SchemaCrawler's own entry refuses engines it has an uninstalled plugin for.
            SchemaRetrievalOptions retrieval = SchemaRetrievalOptionsBuilder.builder().fromConnnection(connection)
                    .withInformationSchemaViews(StandardViews.of(connection)).toOptions();
            catalog = new SchemaCrawler(DatabaseConnectionSources.fromConnection(connection), retrieval,
                    options(includeSchema)).crawl();
        } catch (RuntimeException e) {
            // SchemaCrawler wraps the driver's SQLException in its own unchecked exceptions.
            throw new SQLException(rootMessage(e), e);
        }
        CrawledTables tables = new CrawledTables(displayUrl, defaultSchema(connection));
        List<Table> read = catalog.getTables().stream()
                .filter(table -> TABLE_TYPES.contains(table.getTableType().getTableType().toUpperCase(Locale.ROOT)))
                .filter(table -> includeTable.test(tables.schemaName(table), table.getName()))
                .map(tables::table)
                .sorted(Comparator.comparing(Table::qualifiedName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Schema(product.toUpperCase(Locale.ROOT).startsWith("H2") ? Dialect.H2 : Dialect.GENERIC, read);
    }

    private static SchemaCrawlerOptions options(Predicate<String> includeSchema) {
        SchemaInfoLevelBuilder level = SchemaInfoLevelBuilder.builder().withInfoLevel(InfoLevel.minimum)
                .setRetrieveTables(true).setRetrieveTableColumns(true).setRetrieveColumnDataTypes(true)
                .setRetrievePrimaryKeys(true).setRetrieveIndexes(true).setRetrieveForeignKeys(true)
                .setRetrieveTableConstraints(true).setRetrieveTriggerInformation(true)
                .setRetrieveAdditionalColumnAttributes(true)
                .setRetrieveRoutines(false).setRetrieveRoutineParameters(false).setRetrieveRoutineInformation(false)
                .setRetrieveTablePrivileges(false).setRetrieveTableColumnPrivileges(false)
                .setRetrieveSequenceInformation(false).setRetrieveSynonymInformation(false)
                .setRetrieveDatabaseUsers(false).setRetrieveViewInformation(false);
        InclusionRule schemas = fullName -> includeSchema.test(CrawledTables.lastPart(fullName));
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder().includeSchemas(schemas).tableTypes(TABLE_TYPES)
                        .toOptions())
                // One thread: the crawl shares the one read-only connection, and not every driver is thread-safe.
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level.toOptions()).withMaxThreads(1)
                        .toOptions());
    }

    /** PostgreSQL's and H2's {@code current_schema}, MySQL's current database. */
    private static String defaultSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema != null ? schema : connection.getCatalog();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
