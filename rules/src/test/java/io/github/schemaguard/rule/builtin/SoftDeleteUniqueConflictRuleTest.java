package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SoftDeleteUniqueConflictRuleTest {

    private final SoftDeleteUniqueConflictRule rule = new SoftDeleteUniqueConflictRule();

    @Test
    void postgresFixIsAPartialIndexOverLiveRowsMatchingTheDeleteColumnsType() {
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, """
                CREATE TABLE plans (id bigint PRIMARY KEY, plan_code text NOT NULL, del_flag char(1) DEFAULT '0'::bpchar,
                  CONSTRAINT plans_code_key UNIQUE (plan_code));
                CREATE TABLE coupons (id bigint PRIMARY KEY, coupon_code text NOT NULL UNIQUE, deleted_at timestamptz);
                """)).extracting(Finding::fix).containsExactly(
                "ALTER TABLE plans DROP CONSTRAINT plans_code_key; CREATE UNIQUE INDEX plans_code_key ON plans "
                        + "(plan_code) WHERE del_flag = '0';",
                "CREATE UNIQUE INDEX uk_coupons_coupon_code ON coupons (coupon_code) WHERE deleted_at IS NULL;");
    }

    @Test
    void aGeneratedColumnComputedFromTheDeleteFlagIsMySqlsPartialKey() {
        assertThat(DdlLint.run(rule, Dialect.MYSQL, """
                CREATE TABLE t_product (
                  id BIGINT NOT NULL PRIMARY KEY,
                  product_code VARCHAR(32) NOT NULL,
                  is_deleted TINYINT NOT NULL DEFAULT 0,
                  live_marker TINYINT AS (IF(is_deleted = 0, 1, NULL)) VIRTUAL,
                  UNIQUE KEY uk_live_code (product_code, live_marker)
                );
                """)).isEmpty();
    }

    @Test
    void theDeleteColumnsAreAnOption() {
        String sql = """
                CREATE TABLE t_product (id BIGINT NOT NULL PRIMARY KEY, product_code VARCHAR(32) NOT NULL,
                  removed TINYINT NOT NULL DEFAULT 0, UNIQUE KEY uk_code (product_code));
                """;
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql)).isEmpty();
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of("deleteColumns", "removed")))
                .extracting(Finding::objectPath).containsExactly("t_product.uk_code");
    }
}
