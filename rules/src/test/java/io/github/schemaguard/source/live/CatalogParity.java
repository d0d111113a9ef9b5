package io.github.schemaguard.source.live;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.SqlStatement;
import io.github.schemaguard.source.ddl.StatementSplitter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The parity check of a direct catalog reader: the same DDL files linted from disk and, loaded into a real
 * database, linted from the crawl give the same rule ids on the same objects; only locations differ.
 */
final class CatalogParity {

    /** Rules about the files themselves or their history, which a database does not keep. */
    private static final Set<String> FILE_ONLY_RULES = Set.of("parse-error", "unique-key-dropped",
            "expired-suppression", "suppression-without-reason", "unused-suppression");

    static final Path FIXTURES = resource("/fixtures");

    private CatalogParity() {
    }

    /**
     * The DDL rule fixtures of a dialect ({@code postgresql-*.sql}), as paths relative to the fixtures folder;
     * not the folders of application-SQL fixtures, whose statements and suppression comments live in files only.
     */
    static Stream<String> fixtures(String dialectPrefix, Set<String> leftOut) throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES, 2)) {
            return files.map(f -> FIXTURES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".sql") && f.substring(f.indexOf('/') + 1).startsWith(dialectPrefix))
                    .filter(f -> !leftOut.contains(f) && !leftOut.contains(f.substring(0, f.indexOf('/'))))
                    .sorted().toList().stream();
        }
    }

    /** The files a case consists of, in migration order: one fixture, or every script of a folder. */
    static List<Path> files(Path fixtureOrFolder) throws IOException {
        return Files.isDirectory(fixtureOrFolder) ? DdlFiles.find(fixtureOrFolder, List.of("*.sql"), List.of())
                : List.of(fixtureOrFolder);
    }

    /**
     * Runs the scripts statement by statement, as the database's command-line client would. Fixtures follow
     * dump order, which may name a key before the statement that creates it: statements the database refuses
     * are tried again after the rest, for as long as that gets any further; what still fails fails the test.
     */
    static void load(Connection connection, List<Path> files, Dialect dialect) throws IOException, SQLException {
        List<SqlStatement> pending = new ArrayList<>();
        for (Path file : files) {
            pending.addAll(StatementSplitter.split(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8), dialect));
        }
        try (Statement statement = connection.createStatement()) {
            SQLException lastError = null;
            int before;
            do {
                before = pending.size();
                List<SqlStatement> refused = new ArrayList<>();
                for (SqlStatement sql : pending) {
                    try {
                        statement.execute(sql.text());
                    } catch (SQLException e) {
                        refused.add(sql);
                        lastError = new SQLException(sql.file() + ":" + sql.line() + ": " + e.getMessage(), e);
                    }
                }
                pending = refused;
            } while (!pending.isEmpty() && pending.size() < before);
            if (!pending.isEmpty()) {
                throw lastError;
            }
        }
    }

    /**
     * DDL-mode findings as "rule-id object-path". The crawl leaves a table of the default schema unqualified,
     * so {@code defaultSchema.} is taken off the paths of DDL that names it ({@code public.orders}).
     */
    static List<String> ddlFindings(List<Path> files, Dialect dialect, String defaultSchema) throws IOException {
        Path folder = files.get(0).getParent();
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        List<Finding> findings = SchemaGuard.withBuiltinRules()
                .lint(new LintRequest(folder, Path.of("."), names, List.of(), dialect)).findings();
        return entries(findings.stream().filter(f -> !FILE_ONLY_RULES.contains(f.ruleId())), defaultSchema);
    }

    /**
     * The crawl's findings as "rule-id object-path". A key or foreign key the DDL left unnamed has the name the
     * database gave it ({@code order_lines_product_id_fkey}) where DDL mode says {@code (product_id)}: such a
     * path is written the DDL way when that is the entry DDL mode has, since it is the same object.
     */
    static List<String> liveFindings(Schema schema, List<String> ddlEntries) {
        return entries(SchemaGuard.withBuiltinRules().lint(schema).findings().stream(), null).stream()
                .map(entry -> ddlEntries.contains(entry) ? entry : unnamedForm(schema, entry)
                        .filter(ddlEntries::contains).orElse(entry))
                .sorted().toList();
    }

    /** {@code rule table.(columns)} for {@code rule table.name} when {@code name} is a key or foreign key. */
    private static Optional<String> unnamedForm(Schema schema, String entry) {
        String rule = entry.substring(0, entry.indexOf(' '));
        String path = entry.substring(rule.length() + 1);
        for (Table table : schema.tables()) {
            String prefix = table.qualifiedName() + ".";
            if (path.startsWith(prefix)) {
                String name = path.substring(prefix.length());
                Stream<List<String>> named = Stream.concat(
                        table.foreignKeys().stream().filter(fk -> name.equals(fk.name())).map(ForeignKey::columns),
                        table.uniqueKeys().stream().filter(key -> name.equals(key.name())).map(Key::columns));
                Optional<String> form = named.findFirst()
                        .map(columns -> rule + " " + prefix + "(" + String.join(", ", columns) + ")");
                if (form.isPresent()) {
                    return form;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> entries(Stream<Finding> findings, String defaultSchema) {
        String prefix = defaultSchema + ".";
        return findings.map(f -> f.ruleId() + " " + (defaultSchema != null && f.objectPath().startsWith(prefix)
                ? f.objectPath().substring(prefix.length()) : f.objectPath())).sorted().toList();
    }

    static Path resource(String name) {
        try {
            return Path.of(CatalogParity.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + name + " on the test classpath", e);
        }
    }
}
