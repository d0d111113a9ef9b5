package io.github.schemaguard.source.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindParametersTest {

    @Test
    void mybatisParametersBecomeBindMarkersAndSplicedTextAnOpaqueIdentifier() {
        assertThat(BindParameters.mybatis("a = #{x} AND b = ${y} AND c = #{z, jdbcType=VARCHAR} AND d = '#'"))
                .isEqualTo("a = ? AND b = schemaguard_dynamic AND c = ? AND d = '#'");
    }

    @Test
    void namedPositionalAndSpelParametersBecomeBindMarkersOutsideStringsAndCasts() {
        assertThat(BindParameters.named("a = :x AND b::text = ?1 AND c = 'x:y ?' AND d in :ids"
                + " AND e = :#{#p.v} AND f IN (:list) AND g = ? AND join:x AND h LIKE %:h% AND i LIKE ?2%"))
                .isEqualTo("a = ? AND b::text = ? AND c = 'x:y ?' AND d in (?) AND e = ? AND f IN (?) AND g = ?"
                        + " AND join? AND h LIKE ? AND i LIKE ?");
    }

    @Test
    void springBootPhysicalNaming() {
        assertThat(SpringNaming.physicalName("LoanOrder")).isEqualTo("loan_order");
        assertThat(SpringNaming.physicalName("orderNo")).isEqualTo("order_no");
        assertThat(SpringNaming.physicalName("line1Item")).isEqualTo("line1_item");
        assertThat(SpringNaming.physicalName("URLValue")).isEqualTo("urlvalue");
    }
}
