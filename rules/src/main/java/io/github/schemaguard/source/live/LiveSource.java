package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Schema;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Reads a live database's schema over a read-only connection, with the reader that fits its engine. */
public final class LiveSource {

    private LiveSource() {
    }

    /**
     * Connects, reads, rolls back and closes.
     *
     * @param progress receives a line now and then on long reads; never a password
     * @throws LiveDatabaseException with one line naming the database and the cause
     */
    public static Schema read(LiveDatabase database, Consumer<String> progress) throws IOException {
        return read(database, progress, (schema, connection) -> schema);
    }

    /**
     * Connects, reads the schema, hands it to {@code work} with the still open read-only connection (for data
     * checks), then rolls back and closes.
     *
     * @throws LiveDatabaseException with one line naming the database and the cause
     */
    public static <T> T read(LiveDatabase database, Consumer<String> progress, SchemaWork<T> work)
            throws IOException {
        Connection connection = LiveConnector.open(database);
        String displayUrl = database.displayUrl();
        long start = System.nanoTime();
        try {
            Schema schema = reader(connection.getMetaData().getDatabaseProductName())
                    .read(connection, database::includesSchema, database::includesTable, displayUrl, progress);
            int tables = schema.tables().size();
            progress.accept(String.format(Locale.ROOT, "schemaguard: %d %s read from %s in %.1f s", tables,
                    tables == 1 ? "table" : "tables", displayUrl, (System.nanoTime() - start) / 1e9));
            return work.apply(schema, connection);
        } catch (SQLException e) {
            Secrets secrets = Secrets.of(database);
            throw new LiveDatabaseException(secrets.scrub("schemaguard could not read " + displayUrl
                    + ": " + ConnectionFailure.firstLine(e.getMessage())), secrets.scrubbed(e));
        } finally {
            LiveConnector.close(connection);
        }
    }

    /**
     * The one place that picks a reader by database product: PostgreSQL and MySQL/MariaDB through a few set-based
     * catalog queries (linear in the number of tables, where SchemaCrawler's metadata calls go per table), any
     * other database through SchemaCrawler.
     */
    private static CatalogReader reader(String product) {
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> PostgresCatalog::read;
            case "mysql", "mariadb" -> MariaDbCatalog::read;
            default -> SchemaCrawlerCatalog::read;
        };
    }

    /** What to do with a database's schema while its read-only connection is open. */
    @FunctionalInterface
    public interface SchemaWork<T> {
        T apply(Schema schema, Connection connection) throws SQLException, IOException;
    }

    /** The signature every catalog reader shares. */
    @FunctionalInterface
    private interface CatalogReader {
        Schema read(Connection connection, Predicate<String> includeSchema, BiPredicate<String, String> includeTable,
                    String displayUrl, Consumer<String> progress) throws SQLException;
    }
}
