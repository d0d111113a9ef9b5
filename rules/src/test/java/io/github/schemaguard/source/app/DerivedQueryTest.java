package io.github.schemaguard.source.app;

import io.github.schemaguard.source.app.DerivedQuery.Action;
import io.github.schemaguard.source.app.DerivedQuery.Criterion;
import io.github.schemaguard.source.app.DerivedQuery.Operator;
import io.github.schemaguard.source.app.EntityCatalog.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedQueryTest {
    private static final Table ORDERS = new Table("loan_order", Map.of("orderNo", "order_no", "status", "status",
            "location", "location"));

    @Test
    void readsEqualityCriteriaJoinedByAnd() {
        assertThat(DerivedQuery.parse("findByOrderNoAndStatus")).contains(new DerivedQuery(Action.FIND, 0, List.of(
                List.of(new Criterion("orderNo", Operator.EQUAL), new Criterion("status", Operator.EQUAL)))));
    }

    @Test
    void readsTheOperatorAtTheEndOfEachCriterionAndIgnoresCaseAndOrdering() {
        assertThat(DerivedQuery.parse("findByOrderNoIsAndStatusNotInOrStatusIsNullAllIgnoreCaseOrderByOrderNoDesc"))
                .contains(new DerivedQuery(Action.FIND, 0, List.of(
                        List.of(new Criterion("orderNo", Operator.EQUAL), new Criterion("status", Operator.NOT_IN)),
                        List.of(new Criterion("status", Operator.IS_NULL)))));
    }

    @Test
    void readsLimitsAndActions() {
        assertThat(DerivedQuery.parse("findDistinctTop10ByStatus")).get().extracting(DerivedQuery::limit).isEqualTo(10);
        assertThat(DerivedQuery.parse("queryFirstByStatus")).get().extracting(DerivedQuery::limit).isEqualTo(1);
        assertThat(DerivedQuery.parse("findByFirstName")).get().extracting(DerivedQuery::limit).isEqualTo(0);
        assertThat(DerivedQuery.parse("removeByStatus")).get().extracting(DerivedQuery::action)
                .isEqualTo(Action.DELETE);
        assertThat(DerivedQuery.parse("findAllByStatus")).get().extracting(DerivedQuery::action)
                .isEqualTo(Action.FIND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"findAll", "save", "findBy", "findByCustomer_Email", "findByOrderByStatus",
            "lookupByStatus"})
    void isNoDerivedQuery(String methodName) {
        assertThat(DerivedQuery.parse(methodName)).isEmpty();
    }

    @Test
    void rendersSqlOnlyWhenEveryPropertyHasAColumnAndEveryOperatorHasSql() {
        assertThat(DerivedQuery.parse("findByStatusStartingWithOrOrderNoLessThanEqual").get().toSql(ORDERS, false))
                .contains("SELECT * FROM loan_order WHERE status LIKE ? OR order_no <= ?");
        assertThat(DerivedQuery.parse("findByStatusTrue").get().toSql(ORDERS, false))
                .contains("SELECT * FROM loan_order WHERE status = TRUE");
        assertThat(DerivedQuery.parse("findByLocationNear").get().toSql(ORDERS, false)).isEmpty();
        assertThat(DerivedQuery.parse("findByCustomerRef").get().toSql(ORDERS, false)).isEmpty();
    }
}
