package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSensitiveUniqueIdentityRuleTest {

    private final CaseSensitiveUniqueIdentityRule rule = new CaseSensitiveUniqueIdentityRule();

    @Test
    void mysqlFixSwitchesToTheCharacterSetsCaseInsensitiveCollation() {
        Finding finding = DdlLint.run(rule, Dialect.MYSQL, """
                CREATE TABLE app_user (id BIGINT PRIMARY KEY, email VARCHAR(255) COLLATE latin1_bin NULL,
                  UNIQUE KEY uk_email (email));
                """).get(0);

        assertThat(finding.message()).contains("collation latin1_bin compares case-sensitively", "uk_email");
        assertThat(finding.fix()).isEqualTo("ALTER TABLE app_user MODIFY email varchar(255) COLLATE latin1_general_ci NULL;");
    }

    @Test
    void postgresKeysOnUpperOrLowerAndUncheckedDialectsAreSilent() {
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE users (id bigint PRIMARY KEY, login text NOT NULL UNIQUE);
                CREATE UNIQUE INDEX users_login_upper ON users (upper(login));
                """)).isEmpty();
        assertThat(DdlLint.run(rule, Dialect.H2, """
                CREATE TABLE users (id bigint PRIMARY KEY, login varchar(64) NOT NULL UNIQUE);
                """)).isEmpty();
    }

    @Test
    void theIdentityColumnNamesAreAnOption() {
        String sql = "CREATE TABLE users (id bigint PRIMARY KEY, handle text NOT NULL UNIQUE);";
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, sql)).isEmpty();
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, sql, Map.of("namePatterns", "handle")))
                .extracting(Finding::fix)
                .containsExactly("CREATE UNIQUE INDEX uk_users_handle_lower ON users (lower(handle));");
    }
}
