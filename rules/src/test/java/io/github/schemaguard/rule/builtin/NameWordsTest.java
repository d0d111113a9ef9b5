package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameWordsTest {

    private static Table table(String name) {
        return new Table(null, name, List.of(), null, List.of(), List.of(), List.of(), null, Location.UNKNOWN);
    }

    @Test
    void namesInEveryStyleBecomeTheSameWords() {
        assertThat(NameWords.of("orderNo")).containsExactly("order", "no");
        assertThat(NameWords.of("`ORDER_NO`")).containsExactly("order", "no");
        assertThat(NameWords.snake("OutTradeNo")).isEqualTo("out_trade_no");
    }

    @Test
    void tableEntitiesDropGenericTrailingWordsAndMatchPlurals() {
        assertThat(NameWords.entityOf(table("t_order_info"))).containsExactly("t", "order");
        assertThat(NameWords.endsWith(List.of("public", "orders"), List.of("order"))).isTrue();
        assertThat(NameWords.endsWith(List.of("categories"), List.of("category"))).isTrue();
        assertThat(NameWords.containsBeforeEnd(List.of("oms", "order", "item"), List.of("order"))).isTrue();
        assertThat(NameWords.containsBeforeEnd(List.of("oms", "order"), List.of("order"))).isFalse();
        assertThat(NameWords.abbreviates(List.of("cust"), List.of("ins", "customer"))).isTrue();
        assertThat(NameWords.abbreviates(List.of("cu"), List.of("ins", "customer"))).isFalse();
    }

    @Test
    void globsMatchWholeSnakeCaseNamesIgnoringCase() {
        NamePatterns patterns = NamePatterns.of(List.of("*_no", "external_*_id", "code"));

        assertThat(patterns.matches("ORDER_NO")).isTrue();
        assertThat(patterns.matches("external_customer_id")).isTrue();
        assertThat(patterns.matches("code")).isTrue();
        assertThat(patterns.matches("barcode")).isFalse();
        assertThat(patterns.matches("no_show")).isFalse();
    }
}
