package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A unique e-mail, user name or login that compares case-sensitively, so {@code A@x.com} and {@code a@x.com} both get in. */
public final class CaseSensitiveUniqueIdentityRule implements Rule {

    static final RuleOption NAME_PATTERNS = new RuleOption("namePatterns",
            "Column name globs (matched on the snake_case name) of e-mail addresses, user names and logins",
            "email,e_mail,*_email,email_address,*_email_address,mail,username,user_name,*_username,*_user_name,"
                    + "login,*_login,login_name,*_login_name,loginname,account_name");

    /** PostgreSQL types that compare as written; anything else (citext, a domain) may not. */
    private static final Pattern POSTGRES_TEXT_TYPE = Pattern.compile(
            "(?i)(text|varchar|character varying|character|char|bpchar|name)\\b.*");
    private static final Pattern MYSQL_BINARY_TYPE = Pattern.compile("(?i)(var)?binary\\b.*");
    private static final Pattern MYSQL_CASE_SENSITIVE_COLLATION = Pattern.compile("(?i)binary|\\w+_(bin|cs)");
    /** Collations that compare case-blind in PostgreSQL: nondeterministic ICU ones as people usually name them. */
    private static final Pattern POSTGRES_CASE_BLIND_COLLATION = Pattern.compile(
            "(?i).*(\\bci\\b|_ci\\b|insensitive|nondeterministic|ks-level[12]).*");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "case-sensitive-unique-identity", Severity.WARNING,
            "A unique e-mail, user name or login compares case-sensitively, so values differing only in case "
                    + "both get in.",
            "People type e-mail addresses and user names in any case, and mail servers and sign-in forms treat "
                    + "Alice@Example.com and alice@example.com as the same person. A unique key that compares "
                    + "case-sensitively accepts both: two accounts for one person, password resets sent to the "
                    + "wrong one, lookups that depend on how the value was typed. PostgreSQL compares text "
                    + "case-sensitively: key on lower(email) (a unique expression index) or use the citext type. "
                    + "MySQL's default collations are case-insensitive, but a _bin or _cs collation, the BINARY "
                    + "attribute or a BINARY/VARBINARY type make the key case-sensitive. Other dialects are not "
                    + "checked.",
            List.of(NAME_PATTERNS), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE app_user (
              id BIGINT NOT NULL PRIMARY KEY,
              email VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
              UNIQUE KEY uk_app_user_email (email)
            );
            """,
            """
            CREATE TABLE app_user (
              id BIGINT NOT NULL PRIMARY KEY,
              email VARCHAR(255) NOT NULL,
              UNIQUE KEY uk_app_user_email (email)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        NamePatterns identities = NamePatterns.of(context.options().list(NAME_PATTERNS.name()));
        Dialect dialect = context.schema().dialect();
        if (dialect != Dialect.POSTGRESQL && dialect != Dialect.MYSQL) {
            return;
        }
        for (Table table : context.schema().tablesWithoutPartitions()) {
            for (Column column : table.columns()) {
                if (identities.matches(NameWords.snake(column.name())) && comparesCaseSensitively(dialect, column)
                        && !hasCaseFoldedKey(table, column)) {
                    plainUniqueKey(table, column).ifPresent(key -> report.accept(
                            finding(dialect, table, column, key)));
                }
            }
        }
    }

    private static boolean comparesCaseSensitively(Dialect dialect, Column column) {
        String type = column.type() == null ? "" : column.type().strip();
        String collation = column.collation();
        if (dialect == Dialect.MYSQL) {
            return MYSQL_BINARY_TYPE.matcher(type).matches()
                    || collation != null && MYSQL_CASE_SENSITIVE_COLLATION.matcher(collation).matches();
        }
        return POSTGRES_TEXT_TYPE.matcher(type).matches()
                && (collation == null || !POSTGRES_CASE_BLIND_COLLATION.matcher(collation).matches());
    }

    /** A unique expression key on {@code lower(col)} or {@code upper(col)} already compares case-blind. */
    private static boolean hasCaseFoldedKey(Table table, Column column) {
        return table.uniqueKeys().stream().anyMatch(k -> foldsCase(k, column));
    }

    private static boolean foldsCase(Key key, Column column) {
        Pattern folded = Pattern.compile("(?i)\\b(?:lower|upper)\\s*\\(\\s*\\(?\\s*[`\"]?"
                + Pattern.quote(Names.unquote(column.name())) + "[`\"]?(?![\\w$])");
        return key.expression() && key.columns().stream().anyMatch(part -> folded.matcher(part).find());
    }

    /** The first unique key (the primary key included) with the column as a plain part. */
    private static Optional<Key> plainUniqueKey(Table table, Column column) {
        return table.uniqueKeys().stream().filter(k -> k.columns().stream()
                .anyMatch(part -> Names.same(part, column.name()))).findFirst();
    }

    private static Finding finding(Dialect dialect, Table table, Column column, Key key) {
        String name = Names.unquote(column.name());
        String keyName = key.name() == null ? "its unique key" : "unique key " + key.name();
        String why = dialect == Dialect.POSTGRESQL
                ? "PostgreSQL compares " + column.type() + " case-sensitively"
                : MYSQL_BINARY_TYPE.matcher(column.type()).matches() ? "the binary type " + column.type()
                + " compares bytes" : "collation " + column.collation() + " compares case-sensitively";
        // An index on lower(col) shows the application already looks values up case-blind: only the key lags.
        String caseBlindIndex = table.keys().stream().filter(k -> !k.isUnique() && k.name() != null
                && foldsCase(k, column)).findFirst().map(k -> " Index " + k.name() + " on the lower-cased value "
                + "already serves the lookups: make it the unique one.").orElse("");
        String cure = dialect == Dialect.POSTGRESQL
                ? "Key on lower(" + name + ") with a unique expression index (and look it up by lower(?)), or "
                + "make the column citext." + caseBlindIndex
                : "Give the column a case-insensitive collation (_ci).";
        String message = String.format("%s.%s holds e-mail addresses or user names, but %s: %s accepts "
                        + "'Alice@example.com' and 'alice@example.com' as two different values. %s",
                table.qualifiedName(), name, why, keyName, cure);
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), key.location(),
                table.qualifiedName() + "." + name, message, fix(dialect, table, column));
    }

    private static String fix(Dialect dialect, Table table, Column column) {
        String name = Names.unquote(column.name());
        if (dialect == Dialect.POSTGRESQL) {
            return "CREATE UNIQUE INDEX " + dialect.identifier(FixSql.constraintName("uk", table, name + "_lower"))
                    + " ON " + FixSql.table(dialect, table) + " (lower(" + dialect.identifier(name) + "));";
        }
        String type = column.type().toLowerCase(Locale.ROOT).replaceFirst("^(var)?binary", "$1char");
        return FixSql.mysqlModify(table, column, type, caseInsensitiveCollation(column.collation()),
                column.nullable());
    }

    /** The general case-insensitive collation of the same character set: {@code utf8mb4_bin} gives {@code utf8mb4_general_ci}. */
    private static String caseInsensitiveCollation(String collation) {
        String charset = collation == null || collation.equalsIgnoreCase("binary") ? "utf8mb4"
                : collation.substring(0, collation.indexOf('_'));
        return charset.toLowerCase(Locale.ROOT) + "_general_ci";
    }
}
