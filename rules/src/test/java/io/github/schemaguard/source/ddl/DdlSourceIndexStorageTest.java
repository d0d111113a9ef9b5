package io.github.schemaguard.source.ddl;

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

/** What redundant-index needs beyond key parts: index method, INCLUDE columns, MySQL prefix lengths. */
class DdlSourceIndexStorageTest {
    @TempDir
    Path dir;

    private Table read(Dialect dialect, String table, String sql) throws IOException {
        return CleanSchemaFile.table(dir, dialect, table, sql);
    }

    @Test
    void postgresMethodsAndIncludeColumnsOnBothReadPaths() throws IOException {
        // The operator class makes JSqlParser refuse the GIN index, so the token reader reads it.
        Table events = read(Dialect.POSTGRESQL, "events", """
                CREATE TABLE public.events (id bigint PRIMARY KEY, account_id bigint, topic text);
                CREATE INDEX events_account_idx ON public.events USING btree (account_id) INCLUDE (topic);
                CREATE INDEX events_topic_trgm ON public.events USING gin (account_id, topic public.gin_trgm_ops);
                CREATE INDEX events_topic_hash ON public.events USING hash (topic);
                """);

        assertThat(events.keys()).extracting(Key::name, Key::method, Key::included).containsExactly(
                tuple("events_account_idx", null, List.of("topic")),
                tuple("events_topic_trgm", "gin", List.of()),
                tuple("events_topic_hash", "hash", List.of()));
    }

    @Test
    void mysqlFullTextKeysAndPrefixLengths() throws IOException {
        Table article = read(Dialect.MYSQL, "t_article", """
                CREATE TABLE t_article (
                  id BIGINT PRIMARY KEY,
                  title VARCHAR(200) NOT NULL,
                  body TEXT,
                  KEY idx_title_prefix (title(20), id),
                  FULLTEXT KEY ft_body (body)
                );
                CREATE INDEX idx_body ON t_article (body(100));
                """);

        assertThat(article.keys()).extracting(Key::name, Key::method, Key::prefixLengths).containsExactly(
                tuple("idx_title_prefix", null, List.of(20, 0)),
                tuple("ft_body", "fulltext", List.of()),
                tuple("idx_body", null, List.of(100)));
    }

    @Test
    void renamingAColumnKeepsTheIndexStorage() throws IOException {
        Table article = read(Dialect.MYSQL, "t_article", """
                CREATE TABLE t_article (id BIGINT PRIMARY KEY, body TEXT, FULLTEXT KEY ft_body (body));
                ALTER TABLE t_article CHANGE body content TEXT;
                """);

        assertThat(article.keys()).singleElement()
                .satisfies(key -> assertThat(key.columns()).containsExactly("content"))
                .extracting(Key::method).isEqualTo("fulltext");
    }
}
