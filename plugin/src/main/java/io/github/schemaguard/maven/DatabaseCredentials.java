package io.github.schemaguard.maven;

import io.github.schemaguard.source.live.JdbcUrl;
import io.github.schemaguard.source.live.LiveDatabase;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.function.UnaryOperator;

/**
 * Finds each database's credentials: a settings.xml {@code <server>} (decrypted) first, then environment
 * variables, then the POM (with a warning for a password there). A credential source that is named but empty
 * fails the build: checking with the wrong user would be worse than not checking.
 */
final class DatabaseCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;
    private final UnaryOperator<String> environment;
    private final Log log;

    DatabaseCredentials(Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> environment, Log log) {
        this.settings = settings;
        this.decrypter = decrypter;
        this.environment = environment;
        this.log = log;
    }

    LiveDatabase resolve(Database database) {
        if (database.url() == null || database.url().isBlank()) {
            throw new IllegalArgumentException("A <database> in databases has no <url>");
        }
        String shown = JdbcUrl.of(database.url()).display();
        String username = database.username();
        String password = database.password();
        if (password != null && !password.isEmpty()) {
            log.warn("schemaguard: the password of " + shown + " is in the POM; use <serverId> (settings.xml) or"
                    + " <passwordEnv> instead");
        }
        if (database.usernameEnv() != null) {
            username = variable(database.usernameEnv(), shown);
        }
        if (database.passwordEnv() != null) {
            password = variable(database.passwordEnv(), shown);
        }
        if (database.serverId() != null) {
            Server server = server(database.serverId(), shown);
            username = server.getUsername() != null ? server.getUsername() : username;
            password = server.getPassword() != null ? server.getPassword() : password;
        }
        return database.toLiveDatabase(username, password);
    }

    private String variable(String name, String shown) {
        String value = environment.apply(name);
        if (value == null) {
            throw new IllegalArgumentException("The environment variable " + name + " named for " + shown
                    + " is not set");
        }
        return value;
    }

    private Server server(String id, String shown) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new IllegalArgumentException("No <server> with id " + id + " in settings.xml, named by serverId for "
                    + shown);
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new IllegalArgumentException("The password of <server> " + id + " in settings.xml cannot be"
                        + " decrypted: " + problem.getMessage());
            }
        }
        return decrypted.getServer();
    }
}
