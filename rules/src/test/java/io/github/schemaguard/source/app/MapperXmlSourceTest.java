package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapperXmlSourceTest {

    @TempDir
    Path base;

    private ApplicationSqlRead read(String... namesAndTexts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(Files.writeString(base.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8));
        }
        return MapperXmlSource.read(base, files);
    }

    private static String mapper(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mapper namespace=\"com.example.OrderMapper\">\n" + body
                + "\n</mapper>\n";
    }

    private List<String> sql(String body) throws IOException {
        return read("OrderMapper.xml", mapper(body)).statements().stream().map(ApplicationSql::sql)
                .map(s -> s.replaceAll("\\s+", " ")).toList();
    }

    @Test
    void readsStatementsWithTheirElementLineAndNamespacedId() throws IOException {
        ApplicationSqlRead read = read("OrderMapper.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://127.0.0.1:9/mybatis-3-mapper.dtd">
                <mapper namespace="com.example.OrderMapper">
                  <update id="markPaid"
                          parameterType="string">
                    UPDATE t_order SET status = 1 WHERE order_no = #{orderNo}
                  </update>
                </mapper>
                """);

        assertThat(read.problems()).as("the DTD is never fetched").isEmpty();
        assertThat(read.statements()).containsExactly(new ApplicationSql(
                "UPDATE t_order SET status = 1 WHERE order_no = ?", Location.of("OrderMapper.xml", 4, 1),
                "com.example.OrderMapper.markPaid", false));
        assertThat(read.files()).isEqualTo(1);
    }

    @Test
    void whereSetAndTrimDropWhatMyBatisDrops() throws IOException {
        assertThat(sql("""
                <update id="u">UPDATE t <set><if test="a">a = #{a},</if><if test="b">b = #{b},</if></set>
                <where><if test="x">AND x = #{x}</if><if test="y">
                and y = #{y}</if></where></update>
                <select id="s">SELECT * FROM t <trim prefix="WHERE" prefixOverrides="AND |OR "> OR z = #{z}</trim></select>
                <select id="empty">SELECT * FROM t <where><if test="x"></if></where></select>
                <select id="word">SELECT * FROM t <trim prefix="WHERE" prefixOverrides="AND">android_id = #{a}</trim></select>
                """)).containsExactly("UPDATE t SET a = ?, b = ? WHERE x = ? and y = ?", "SELECT * FROM t WHERE z = ?",
                "SELECT * FROM t", "SELECT * FROM t WHERE android_id = ?");
    }

    @Test
    void foreachOnceIncludesWithPropertiesBindDroppedAndTextParametersOpaque() throws IOException {
        assertThat(sql("""
                <sql id="cols">${alias}.id, ${alias}.order_no</sql>
                <select id="s"><bind name="p" value="'%' + x"/>SELECT <include refid="cols"><property name="alias" value="o"/></include>
                FROM t o WHERE o.id IN <foreach collection="ids" item="i" open="(" separator="," close=")">#{i}</foreach>
                ORDER BY ${sort}</select>
                <select id="other">SELECT <include refid="com.example.Common.cols"/> FROM t</select>
                """)).containsExactly("SELECT o.id, o.order_no FROM t o WHERE o.id IN (?) ORDER BY schemaguard_dynamic",
                "SELECT schemaguard_dynamic FROM t");
    }

    @Test
    void everyChooseBranchIsCheckedInAVariantOfItsOwn() throws IOException {
        assertThat(sql("""
                <delete id="d">DELETE FROM t WHERE <choose><when test="id">id = #{id}</when>
                <when test="no">no = #{no}</when><otherwise>1 = 0</otherwise></choose></delete>
                """)).containsExactly("DELETE FROM t WHERE id = ?", "DELETE FROM t WHERE no = ?",
                "DELETE FROM t WHERE 1 = 0");
    }

    @Test
    void fragmentsResolveAcrossMappersAndAssociationSelectsAreSingleResults() throws IOException {
        ApplicationSqlRead read = read("CommonMapper.xml", """
                <mapper namespace="com.example.Common"><sql id="cols">id, name</sql></mapper>
                """, "OrderMapper.xml", mapper("""
                <resultMap id="m" type="x"><association property="c" select="findCustomer"/>
                  <collection property="items" select="findItems"/>
                  <association property="u" select="com.example.UserMapper.find"/></resultMap>
                <select id="findCustomer">SELECT <include refid="com.example.Common.cols"/> FROM c</select>
                """));

        assertThat(read.statements()).extracting(ApplicationSql::sql).containsExactly("SELECT  id, name  FROM c");
        assertThat(read.singleResultMethods()).containsExactlyInAnyOrder("com.example.OrderMapper.findCustomer",
                "com.example.UserMapper.find");
        assertThat(read.markedStatements()).extracting(ApplicationSql::singleResult).containsExactly(true);
    }

    @Test
    void otherXmlAndProcedureCallsArePassedOverAndMalformedXmlIsAProblemAtItsLine() throws IOException {
        ApplicationSqlRead read = read("beans.xml", "<beans><update id=\"x\">UPDATE t SET a = 1</update></beans>",
                "ProcedureMapper.xml", mapper("<select id=\"p\" statementType=\"CALLABLE\">{call refresh(#{id})}</select>"),
                "BrokenMapper.xml", "<mapper namespace=\"b\">\n  <update id=\"u\">\n    UPDATE t SET a = 1\n</mapper>\n");

        assertThat(read.statements()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().file()).isEqualTo("BrokenMapper.xml");
            assertThat(problem.location().line()).isEqualTo(4);
            assertThat(problem.cause()).startsWith("malformed XML: ").contains("update");
        });
    }
}
