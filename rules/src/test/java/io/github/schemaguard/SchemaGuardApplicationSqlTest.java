package io.github.schemaguard;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import io.github.schemaguard.suppress.SuppressedFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine checks application SQL against whichever schema it lints, and applies mapper suppressions. */
class SchemaGuardApplicationSqlTest {

    private static final String SCHEMA = """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              status INT NOT NULL
            );
            """;
    private static final ApplicationSqlRequest MAPPERS = new ApplicationSqlRequest(List.of(Path.of("mappers")),
            ApplicationSqlRequest.DEFAULT_MAPPER_INCLUDES, List.of(), List.of());

    @TempDir
    Path base;

    private void mapper(String body) throws IOException {
        Files.createDirectories(base.resolve("mappers"));
        Files.writeString(base.resolve("mappers/OrderMapper.xml"),
                "<mapper namespace=\"com.example.OrderMapper\">\n" + body + "\n</mapper>\n");
    }

    @Test
    void theUniqueKeyProposedForASingleRowLookupLeavesTheSoftDeleteFlagOut() throws IOException {
        Files.writeString(base.resolve("V1__users.sql"), """
                CREATE TABLE sys_user (
                  user_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  user_name VARCHAR(30) NOT NULL,
                  del_flag CHAR(1) DEFAULT '0'
                );
                """);
        mapper("""
                <resultMap id="owner" type="com.example.Order">
                  <association property="user" column="user_name" select="selectUserByUserName"/>
                </resultMap>
                <select id="selectUserByUserName" resultType="com.example.User">
                  SELECT * FROM sys_user WHERE user_name = #{userName} AND del_flag = '0'
                </select>""");

        List<Finding> findings = SchemaGuard.withBuiltinRules().lint(new LintRequest(base, Path.of("."),
                List.of("*.sql"), List.of(), Dialect.MYSQL, MAPPERS)).findings().stream()
                .filter(f -> f.ruleId().equals("single-row-lookup-by-non-unique-key")).toList();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("looks it up by user_name, del_flag")
                    .contains("The soft-delete column del_flag stays out of the key");
            assertThat(finding.fix()).isEqualTo(
                    "ALTER TABLE sys_user ADD CONSTRAINT uk_sys_user_user_name UNIQUE (user_name);");
        });
    }

    @Test
    void aMapperCommentSuppressesTheFindingOfTheElementAfterIt() throws IOException {
        Files.writeString(base.resolve("V1__orders.sql"), SCHEMA);
        mapper("""
                <!-- schemaguard:ignore update-by-non-unique-key reason: every copy of a reused number is archived -->
                <update id="archive">UPDATE t_order SET status = 9 WHERE order_no = #{orderNo}</update>""");

        LintResult result = SchemaGuard.withBuiltinRules().lint(new LintRequest(base, Path.of("."),
                List.of("*.sql"), List.of(), Dialect.MYSQL, MAPPERS));

        assertThat(result.findings()).noneMatch(f -> f.location().file().endsWith(".xml"));
        assertThat(result.suppressed()).extracting(SuppressedFinding::reason)
                .containsExactly("every copy of a reused number is archived");
        assertThat(result.stats().applicationFiles()).isEqualTo(1);
        assertThat(result.stats().applicationStatements()).isEqualTo(1);
    }
}
