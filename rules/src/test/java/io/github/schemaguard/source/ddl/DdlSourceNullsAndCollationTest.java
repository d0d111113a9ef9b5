package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What the uniqueness rules need beyond key parts: NULLS NOT DISTINCT and column collations, on every read path. */
class DdlSourceNullsAndCollationTest {
    @TempDir
    Path dir;

    private Table read(Dialect dialect, String table, String sql) throws IOException {
        return CleanSchemaFile.table(dir, dialect, table, sql);
    }

    @Test
    void postgresNullsNotDistinctIsKeptOnConstraintsIndexesAndInlineUniques() throws IOException {
        Table users = read(Dialect.POSTGRESQL, "users", """
                CREATE TABLE users (
                    id bigint PRIMARY KEY,
                    email text UNIQUE NULLS NOT DISTINCT,
                    login text UNIQUE,
                    phone text,
                    handle text,
                    nick text,
                    code text,
                    CONSTRAINT users_phone_key UNIQUE NULLS NOT DISTINCT (phone)
                );
                ALTER TABLE ONLY users ADD CONSTRAINT users_handle_key UNIQUE NULLS NOT DISTINCT (handle);
                CREATE UNIQUE INDEX users_nick_idx ON users USING btree (nick) NULLS NOT DISTINCT;
                CREATE UNIQUE INDEX users_code_idx ON users (code) NULLS DISTINCT;
                """);

        assertThat(users.keys()).extracting(Key::columns, Key::nullsDistinct).containsExactlyInAnyOrder(
                tuple(List.of("email"), false), tuple(List.of("login"), true), tuple(List.of("phone"), false),
                tuple(List.of("handle"), false), tuple(List.of("nick"), false), tuple(List.of("code"), true));
    }

    @Test
    void nullsNotDistinctSurvivesTheTokenReaderForCreateTable() throws IOException {
        // EXCLUDE makes JSqlParser refuse the statement, so the token reader reads it
        Table users = read(Dialect.POSTGRESQL, "users", """
                CREATE TABLE users (
                    id bigint PRIMARY KEY,
                    phone text,
                    CONSTRAINT users_phone_key UNIQUE NULLS NOT DISTINCT (phone),
                    EXCLUDE USING gist (id WITH =)
                );
                """);

        assertThat(users.keys()).extracting(Key::nullsDistinct).containsExactly(false);
    }

    @Test
    void mysqlCollationsComeFromTheColumnTheBinaryAttributeOrTheTableDefault() throws IOException {
        Table account = read(Dialect.MYSQL, "account", """
                CREATE TABLE `account` (
                  `id` bigint NOT NULL AUTO_INCREMENT,
                  `email` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
                  `login` varchar(64) COLLATE utf8mb4_bin NOT NULL,
                  `nick` varchar(64) BINARY,
                  `token` varchar(64) CHARACTER SET binary,
                  `name` varchar(64),
                  `age` int,
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_as_cs;
                """);

        assertThat(account.columns()).extracting(Column::name, Column::collation).containsExactly(
                tuple("id", null), tuple("email", "utf8mb4_general_ci"), tuple("login", "utf8mb4_bin"),
                tuple("nick", "binary"), tuple("token", "binary"), tuple("name", "utf8mb4_0900_as_cs"),
                tuple("age", null));
    }

    @Test
    void postgresColumnCollationIsUnquoted() throws IOException {
        Table users = read(Dialect.POSTGRESQL, "users", """
                CREATE TABLE users (id bigint PRIMARY KEY, login text COLLATE "C" NOT NULL, email text);
                """);

        assertThat(users.columns()).extracting(Column::collation).containsExactly(null, "C", null);
    }
}
