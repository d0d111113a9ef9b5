package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class JavaSourcesTest {
    private static final Path PROJECT = Path.of("src/test/resources/app-java");
    private static final String MAPPER = "src/main/java/com/example/loan/mapper/LoanOrderMapper.java";
    private static final String ORDERS = "src/main/java/com/example/loan/repo/LoanOrderRepository.java";
    private static final String PAYMENTS = "src/main/java/com/example/loan/repo/PaymentRepository.java";

    private final JavaReadResult result = JavaSources.read(PROJECT, List.of(PROJECT.resolve("src/main/java")));

    @Test
    void findsMyBatisAnnotationSql() {
        assertThat(rendered(MAPPER)).containsExactly(
                "14:5 markPaid | UPDATE loan_order SET status = ? WHERE order_no = ?",
                "17:5 findByOrderNo single | SELECT * FROM loan_order WHERE order_no = ?",
                "20:5 listByStatus | SELECT * FROM loan_order WHERE status = ?",
                "23:5 lockByOrderNo single | SELECT * FROM loan_order WHERE order_no = ? FOR UPDATE",
                "26:5 purge | DELETE FROM schemaguard_dynamic WHERE order_no = ?",
                "29:5 upsert | INSERT INTO loan_order (order_no, status) VALUES (?, 'NEW')"
                        + " ON DUPLICATE KEY UPDATE status = 'NEW'",
                "36:5 search | <script>SELECT * FROM loan_order <where><if test='no != null'>order_no = #{no}</if>"
                        + "</where></script>",
                "47:5 all | SELECT * FROM loan_order");
    }

    @Test
    void findsSpringDataQueriesAndDerivedFinders() {
        assertThat(rendered(ORDERS)).containsExactly(
                "19:25 findByOrderNo single | SELECT * FROM loan_order WHERE order_no = ?",
                "21:15 getByOrderNoAndStatus single | SELECT * FROM loan_order WHERE order_no = ? AND status = ?",
                "23:21 findByStatus | SELECT * FROM loan_order WHERE status = ?",
                "25:25 findFirstByCustomerRefOrderByCreatedAtDesc | SELECT * FROM loan_order"
                        + " WHERE customer_ref = ? LIMIT 1",
                "27:21 findTop3ByStatus | SELECT * FROM loan_order WHERE status = ? LIMIT 3",
                "29:13 existsByOrderNo | SELECT * FROM loan_order WHERE order_no = ? LIMIT 1",
                "31:10 countByStatus | SELECT COUNT(*) FROM loan_order WHERE status = ?",
                "33:10 deleteByOrderNo | DELETE FROM loan_order WHERE order_no = ?",
                "35:25 findByOrderNoIgnoreCase single | SELECT * FROM loan_order WHERE order_no = ?",
                "37:23 streamByStatusOrCustomerRef | SELECT * FROM loan_order WHERE status = ? OR customer_ref = ?",
                "39:21 findByCreatedAtBetweenAndStatusNot | SELECT * FROM loan_order"
                        + " WHERE created_at BETWEEN ? AND ? AND status <> ?",
                "48:25 findLockedByOrderNo single | SELECT * FROM loan_order WHERE order_no = ? FOR UPDATE",
                "50:5 lookup single | select o.* from loan_order o where o.order_no = ?",
                "54:5 markPaid | update loan_order o set o.status = ? where o.order_no = ?",
                "58:5 markPaidNative | UPDATE loan_order SET status = 'PAID' WHERE order_no = ? AND status <> 'x:y'",
                "62:5 purge | delete from loan_order where order_no = ?",
                "65:5 nativeByCustomerRef single | SELECT * FROM loan_order WHERE customer_ref = ?",
                "72:5 countOpen single | select count(*) from loan_order o where o.customer_id = ?"
                        + " and o.status in (?)",
                "91:5 markPaidConstant | update loan_order o set o.status = 'PAID' where o.order_no = ?",
                "95:5 close | update loan_order o set o.status = 'CLOSED' where o.order_no = ?");
    }

    @Test
    void resolvesTheEntityThroughAGenericBaseRepositoryAndAnEntityName() {
        assertThat(rendered(PAYMENTS)).containsExactly(
                "12:29 findByTxnId single | SELECT * FROM payment WHERE txn_id = ?",
                "14:5 byTxn single | select p.* from payment p where p.txn_id = ?",
                "18:5 lockByTxn single | select p.* from payment p where p.txn_id = ? FOR UPDATE");
    }

    @Test
    void listsInterfaceMethodsReturningOneRowForMapperXml() {
        assertThat(result.singleResultMethods())
                .contains("com.example.loan.mapper.LoanOrderMapper.selectByCustomerRef",
                        "com.example.loan.mapper.LoanOrderMapper.findByOrderNo")
                .doesNotContain("com.example.loan.mapper.LoanOrderMapper.selectAllByStatus",
                        "com.example.loan.mapper.LoanOrderMapper.search",
                        "com.example.loan.mapper.LoanOrderMapper.all",
                        "com.example.loan.mapper.LoanOrderMapper.upsert",
                        "com.example.loan.repo.LoanOrderRepository.findByOrderNoOrFail");
    }

    @Test
    void reportsAnInterfaceThatDoesNotParseAndReadsTheOtherFiles() {
        assertThat(result.problems()).containsExactly(new ParseProblem(
                Location.of("src/main/java/com/example/loan/Broken.java", 7, 25),
                "Parse error. Found \"int\", expected one of  \";\" \"@\" \"[\" \"throws\" \"{\"",
                "int update(String no)"));
    }

    @Test
    void everyStatementOutsideDynamicSqlParsesAsSql() {
        result.statements().stream().filter(s -> !s.sql().startsWith("<script>")).forEach(statement ->
                assertThatCode(() -> CCJSqlParserUtil.parse(statement.sql()))
                        .as(statement.origin()).doesNotThrowAnyException());
    }

    @Test
    void readsEachFileOnceWhateverTheRootsAndIgnoresAMissingRoot() {
        Path sources = PROJECT.resolve("src/main/java");
        JavaReadResult overlapping = JavaSources.read(PROJECT, List.of(sources.resolve("com/example/loan/repo"),
                PROJECT.resolve("missing"), sources, sources.resolve("com/example/loan/mapper/LoanOrderMapper.java")));
        assertThat(overlapping).isEqualTo(result);
    }

    @Test
    void reportsAFileNestedTooDeeplyToReadAndReadsTheOthers(@TempDir Path project) throws IOException {
        String deep = String.join(" + ", Collections.nCopies(50_000, "\"a\""));
        Files.writeString(project.resolve("Deep.java"), "interface Deep {\n    String S = " + deep + ";\n}\n");
        Files.writeString(project.resolve("Shallow.java"), """
                interface Shallow {
                    @org.apache.ibatis.annotations.Delete("DELETE FROM t WHERE k = #{k}")
                    void delete(String k);
                }
                """);
        JavaReadResult deepAndShallow = JavaSources.read(project, List.of(project));
        assertThat(deepAndShallow.problems()).containsExactly(
                new ParseProblem(Location.of("Deep.java", 1, 1), "Too deeply nested to read", ""));
        assertThat(deepAndShallow.statements()).containsExactly(new ApplicationSql("DELETE FROM t WHERE k = ?",
                Location.of("Shallow.java", 2, 5), "Shallow.delete", false));
    }

    /** {@code line:column method [single] | sql on one line} for the statements of one file. */
    private List<String> rendered(String file) {
        return result.statements().stream().filter(s -> s.location().file().equals(file))
                .map(s -> s.location().line() + ":" + s.location().column() + " "
                        + s.origin().substring(s.origin().lastIndexOf('.') + 1) + (s.singleResult() ? " single" : "")
                        + " | " + s.sql().strip().replaceAll("\\s+", " "))
                .toList();
    }
}
