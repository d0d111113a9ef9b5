package io.github.schemaguard.maven;

import io.github.schemaguard.source.live.LiveDatabase;
import io.github.schemaguard.source.live.NameFilter;

import java.time.Duration;

/**
 * One {@code <database>} of the {@code databases} parameter: where it is, whose credentials, what to read.
 * Maven fills it from the POM by field name.
 */
public class Database {

    /** The JDBC URL, e.g. {@code jdbc:postgresql://db.example.com:5432/app}. Keep credentials out of it. */
    private String url;

    /** The id of a {@code <server>} in settings.xml holding the user name and (encrypted) password. */
    private String serverId;

    /** The environment variable holding the user name. */
    private String usernameEnv;

    /** The environment variable holding the password. */
    private String passwordEnv;

    /** The user name, when neither serverId nor usernameEnv gives it. */
    private String username;

    /** Accepted, with a warning: a password belongs in settings.xml or the environment, not in the POM. */
    private String password;

    /** Schemas to read: {@code <include>} and {@code <exclude>}, comma-separated globs; system schemas never. */
    private Patterns schemas;

    /** Tables to read, by {@code name} or {@code schema.name}: comma-separated globs. */
    private Patterns tables;

    /** Seconds to wait for the connection and login (default 5). */
    private Integer connectTimeout;

    /** Seconds one catalog query or network read may take (default 120). */
    private Integer queryTimeout;

    /** Run the data probes on this database's rows too (SELECT only, bounded by {@code dataCheckSettings}). */
    private boolean dataChecks;

    /** The shortcut properties' single database. */
    static Database of(String url, String serverId, String usernameEnv, String passwordEnv, String username,
                       boolean dataChecks) {
        Database database = new Database();
        database.dataChecks = dataChecks;
        database.url = url;
        database.serverId = serverId;
        database.usernameEnv = usernameEnv;
        database.passwordEnv = passwordEnv;
        database.username = username;
        return database;
    }

    String url() {
        return url;
    }

    String serverId() {
        return blankToNull(serverId);
    }

    String usernameEnv() {
        return blankToNull(usernameEnv);
    }

    String passwordEnv() {
        return blankToNull(passwordEnv);
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean dataChecks() {
        return dataChecks;
    }

    /** The entry with the credentials found for it; data checks off until the mojo sets them. */
    LiveDatabase toLiveDatabase(String user, String secret) {
        return new LiveDatabase(url, user, secret, filter(schemas), filter(tables), seconds(connectTimeout),
                seconds(queryTimeout), null);
    }

    private static NameFilter filter(Patterns patterns) {
        return patterns == null ? null : patterns.toFilter();
    }

    private static Duration seconds(Integer value) {
        return value == null ? null : Duration.ofSeconds(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code <include>} and {@code <exclude>}: comma-separated glob patterns. */
    public static class Patterns {

        private String include;

        private String exclude;

        NameFilter toFilter() {
            return NameFilter.parse(include, exclude);
        }
    }
}
