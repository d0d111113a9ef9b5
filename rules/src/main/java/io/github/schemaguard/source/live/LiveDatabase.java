package io.github.schemaguard.source.live;

import io.github.schemaguard.rule.data.ProbeSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database to read the schema from.
 *
 * @param username       the user, or {@code null} for the driver's default
 * @param password       the password, or {@code null}; never shown
 * @param schemas        which schemas to read; system schemas ({@code information_schema}, {@code pg_catalog}...)
 *                       are always left out
 * @param tables         which tables to read, by {@code name} or {@code schema.name}
 * @param connectTimeout how long to wait for the server to accept the connection and the login
 * @param queryTimeout   how long one catalog query or network read may take
 * @param dataChecks     whether and how far the data probes read the rows (off by default)
 */
public record LiveDatabase(String url, String username, String password, NameFilter schemas, NameFilter tables,
                           Duration connectTimeout, Duration queryTimeout, ProbeSettings dataChecks) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(120);

    /** Schemas that hold the database's own catalog, in the engines this reads. */
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
            "mysql", "performance_schema", "sys", "system_lobs");

    public LiveDatabase {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A database needs a url, e.g. jdbc:postgresql://host:5432/app");
        }
        if (!url.strip().startsWith("jdbc:")) {
            throw new IllegalArgumentException("The database url " + JdbcUrl.of(url).display()
                    + " is not a JDBC URL: it must start with jdbc:");
        }
        schemas = schemas == null ? NameFilter.ALL : schemas;
        tables = tables == null ? NameFilter.ALL : tables;
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        queryTimeout = positive(queryTimeout, DEFAULT_QUERY_TIMEOUT, "queryTimeout");
        dataChecks = dataChecks == null ? ProbeSettings.DEFAULTS : dataChecks;
    }

    /** All schemas and tables, default timeouts. */
    public LiveDatabase(String url, String username, String password) {
        this(url, username, password, null, null, null, null, null);
    }

    /** The same database with the given data checks. */
    public LiveDatabase withDataChecks(ProbeSettings settings) {
        return new LiveDatabase(url, username, password, schemas, tables, connectTimeout, queryTimeout, settings);
    }

    public JdbcUrl jdbcUrl() {
        return JdbcUrl.of(url);
    }

    public String displayUrl() {
        return jdbcUrl().display();
    }

    /** Whether to read a schema (by its plain name). */
    public boolean includesSchema(String schema) {
        return schema == null || !SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT)) && schemas.test(schema);
    }

    /** Whether to read a table, given its schema ({@code null} when the database has none) and name. */
    public boolean includesTable(String schema, String table) {
        List<String> names = new ArrayList<>(List.of(table));
        if (schema != null) {
            names.add(schema + "." + table);
        }
        return tables.testAny(names);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value.toSeconds() + " s");
        }
        return value;
    }

    /** Never the password, nor a URL that may hold one. */
    @Override
    public String toString() {
        return "LiveDatabase[" + displayUrl() + ", user " + username + "]";
    }
}
