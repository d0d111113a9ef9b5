package io.github.schemaguard.source.app;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class JpqlTranslatorTest {
    private static final Map<String, String> ORDER_COLUMNS = Map.of("id", "id", "orderNo", "order_no",
            "status", "status", "customer", "customer_id");
    private static final EntityCatalog ENTITIES = new EntityCatalog(List.of(
            new EntityMapping("shop.LoanOrder", "LoanOrder", "loan_order", List.of(), ORDER_COLUMNS),
            new EntityMapping("shop.Customer", "Customer", "customer", List.of(), Map.of("id", "id")),
            new EntityMapping("shop.vip.Customer", "VipCustomer", "vip_customer", List.of("shop.Customer"),
                    Map.of("level", "level")),
            new EntityMapping("a.Item", "Item", "item", List.of(), Map.of("sku", "sku")),
            new EntityMapping("b.Item", "Item", "b_item", List.of(), Map.of("sku", "sku"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "update LoanOrder o set o.status = :s where o.orderNo = :no"
                    + "|update loan_order o set o.status = ? where o.order_no = ?",
            "UPDATE LoanOrder AS o SET o.status = ?1 WHERE o.orderNo = ?2"
                    + "|UPDATE loan_order AS o SET o.status = ? WHERE o.order_no = ?",
            "from LoanOrder where orderNo = :no|SELECT * from loan_order where order_no = ?",
            "SELECT O FROM LoanOrder O WHERE O.orderNo = 'a:b'|SELECT O.* FROM loan_order O WHERE O.order_no = 'a:b'",
            "select o from LoanOrder o where lower(o.orderNo) = lower(:#{#order.no}) and o.status is not null"
                    + "|select o.* from loan_order o where lower(o.order_no) = lower(?) and o.status is not null",
            "SELECT owner FROM LoanOrder owner WHERE owner.status LIKE :s% or owner.orderNo like %?1%"
                    + "|SELECT owner.* FROM loan_order owner WHERE owner.status LIKE ? or owner.order_no like ?",
            "delete from shop.LoanOrder o where o.customer = :c and o.status in :s"
                    + "|delete from loan_order o where o.customer_id = ? and o.status in (?)",
            "select o.orderNo from LoanOrder o where o.id in (select c.id from Customer c where c.id > 10)"
                    + "|select o.order_no from loan_order o where o.id in (select c.id from customer c where c.id > 10)",
    })
    void translatesEntitiesPropertiesAndParameters(String jpql, String sql) {
        assertThat(JpqlTranslator.toSql(jpql, ENTITIES)).contains(sql);
        assertThatCode(() -> CCJSqlParserUtil.parse(sql)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update Order o set o.status = :s",
            "update LoanOrder o set o.state = :s",
            "select o from LoanOrder o join o.items i where i.sku = :sku",
            "select o from LoanOrder o where o.customer.id = :id",
            "select new shop.View(o.orderNo) from LoanOrder o",
            "select o from LoanOrder o where :c member of o.customers",
            "select o from LoanOrder o where size(o.customers) > 0",
            "select o from LoanOrder o where o = :order",
            "select o from LoanOrder o where o.status = shop.Status.PAID",
            "select o from LoanOrder o where o.status = \"PAID\"",
            "select extract(year from o.createdAt) from LoanOrder o",
            "select i from Item i where i.sku = :sku",
            "select v from VipCustomer v where v.level = 1",
            "update LoanOrder set state = :s"})
    void skipsWhatItCannotTranslateForCertain(String jpql) {
        assertThat(JpqlTranslator.toSql(jpql, ENTITIES)).isEmpty();
    }
}
