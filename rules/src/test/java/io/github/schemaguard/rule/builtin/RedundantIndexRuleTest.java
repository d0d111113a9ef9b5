package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static io.github.schemaguard.rule.builtin.ModelBuilder.schema;
import static io.github.schemaguard.rule.builtin.ModelBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class RedundantIndexRuleTest {

    private final RedundantIndexRule rule = new RedundantIndexRule();

    /** The bug class other linters have: never advise dropping a unique key because a plain index exists. */
    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"UNIQUE_CONSTRAINT", "UNIQUE_INDEX"})
    void neverReportsAUniqueKeyOrThePrimaryKeyAgainstAPlainIndex(KeyKind unique) {
        ModelBuilder t = table("t").column("a", "bigint").column("b", "bigint").primaryKey("a")
                .key(KeyKind.INDEX, "a").key(KeyKind.INDEX, "a", "b").key(unique, "b").key(KeyKind.INDEX, "b")
                .key(KeyKind.INDEX, "b", "a");

        List<Finding> findings = run(rule, schema(Dialect.MYSQL, t));

        assertThat(findings).extracting(Finding::objectPath).containsExactlyInAnyOrder("t.k_a", "t.k_b");
    }

    @Test
    void ofTwoIdenticalUniqueKeysReportsTheLaterOneButNeverThePrimaryKey() {
        ModelBuilder t = table("t").column("a", "bigint").primaryKey("a")
                .key(KeyKind.UNIQUE_INDEX, "a").key(KeyKind.UNIQUE_CONSTRAINT, "a");

        List<Finding> findings = run(rule, schema(Dialect.MYSQL, t));

        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("primary key pk_t"));
        assertThat(findings).extracting(f -> f.location().line()).containsExactly(4, 5);

        ModelBuilder withoutPrimaryKey = table("t").column("a", "bigint")
                .key(KeyKind.UNIQUE_CONSTRAINT, "a").key(KeyKind.UNIQUE_INDEX, "a");
        assertThat(run(rule, schema(Dialect.MYSQL, withoutPrimaryKey))).singleElement()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(4));
    }

    @Test
    void namesTheCoveringIndexAndDropsInTheDialect() {
        Finding mysql = run(rule, schema(Dialect.MYSQL, table("t_order").column("user_id", "bigint")
                .column("created_at", "datetime").key(KeyKind.INDEX, "user_id")
                .key(KeyKind.INDEX, "user_id", "created_at"))).get(0);

        assertThat(mysql.severity()).isEqualTo(Severity.INFO);
        assertThat(mysql.objectPath()).isEqualTo("t_order.k_user_id");
        assertThat(mysql.message()).startsWith("Index k_user_id on t_order is redundant: index "
                + "k_user_id_created_at starts with the same columns (user_id)");
        assertThat(mysql.fix()).isEqualTo("ALTER TABLE t_order DROP INDEX k_user_id;");

        ModelBuilder invoices = table("invoices").inSchema("public").column("ref", "text").primaryKey("ref")
                .key(KeyKind.UNIQUE_CONSTRAINT, "ref").key(KeyKind.INDEX, "ref");
        assertThat(run(rule, schema(Dialect.POSTGRESQL, invoices))).extracting(Finding::fix).containsExactly(
                "ALTER TABLE public.invoices DROP CONSTRAINT k_ref;", "DROP INDEX public.k_ref;");
    }

    @Test
    void comparesPartialAndExpressionKeysOnlyWithTheirLikes() {
        ModelBuilder t = table("t").column("email", "text").column("a", "bigint")
                .key(KeyKind.INDEX, "email", "a").partialUnique("a > 0", "email").expressionUnique("lower(email)");

        assertThat(run(rule, schema(Dialect.POSTGRESQL, t))).isEmpty();
    }
}
