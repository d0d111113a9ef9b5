package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static io.github.schemaguard.rule.builtin.ModelBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class TableWithoutPrimaryKeyRuleTest {

    private final TableWithoutPrimaryKeyRule rule = new TableWithoutPrimaryKeyRule();

    @Test
    void firesAtTheTableAndSuggestsTheIdColumn() {
        Finding finding = run(rule, schema(Dialect.MYSQL, table("t_callback").column("id", "bigint")
                .column("payload", "text"))).get(0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(Location.of("test.sql", 1, 1));
        assertThat(finding.objectPath()).isEqualTo("t_callback");
        assertThat(finding.message()).contains("t_callback has no primary key");
        assertThat(finding.fix()).isEqualTo("ALTER TABLE t_callback ADD PRIMARY KEY (id);");
    }

    @Test
    void suggestsTheTableNamedIdColumnOrNothing() {
        assertThat(run(rule, schema(Dialect.POSTGRESQL, table("films").inSchema("public").column("film_id", "int")))
                .get(0).fix()).isEqualTo("ALTER TABLE public.films ADD PRIMARY KEY (film_id);");
        assertThat(run(rule, schema(Dialect.MYSQL, table("t_tag_link").column("tag", "varchar(10)")))
                .get(0).fix()).isNull();
    }

    @Test
    void aPrimaryKeyOrAnyAmountOfUniqueKeysBesidesItSilences() {
        assertThat(run(rule, schema(Dialect.MYSQL, table("t").column("id", "bigint").primaryKey("id")))).isEmpty();
        assertThat(run(rule, schema(Dialect.MYSQL, table("t").column("code", "varchar(8)")
                .key(KeyKind.UNIQUE_CONSTRAINT, "code")))).hasSize(1);
    }

    @Test
    void aUniqueKeyOnNotNullColumnsIsTheKeyToDeclarePrimary() {
        Finding finding = DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE public.changeset_watchers (
                    watcher_id bigint NOT NULL,
                    changeset_id bigint NOT NULL
                );
                CREATE UNIQUE INDEX changeset_watchers_uniq ON public.changeset_watchers (watcher_id, changeset_id);
                """).get(0);

        assertThat(finding.message()).contains("its unique key changeset_watchers_uniq on NOT NULL columns "
                + "(watcher_id, changeset_id) identifies its rows").doesNotContain("duplicate");
        assertThat(finding.fix())
                .isEqualTo("ALTER TABLE public.changeset_watchers ADD PRIMARY KEY (watcher_id, changeset_id);");
    }

    @Test
    void aUniqueKeyThatNullsOrAPredicateEscapeIsNoCandidate() {
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE links (a bigint NOT NULL, b bigint, c bigint NOT NULL, UNIQUE (a, b));
                CREATE UNIQUE INDEX links_c ON links (c) WHERE a > 0;
                """)).singleElement().satisfies(f -> assertThat(f.message()).contains("nothing stops duplicate rows"));
    }
}
