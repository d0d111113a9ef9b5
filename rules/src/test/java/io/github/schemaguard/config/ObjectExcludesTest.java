package io.github.schemaguard.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectExcludesTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            // A whole schema (or a table of that name) and everything in it.
            "billing.*, billing.invoice, true",
            "billing.*, billing.invoice.amount, true",
            "billing.*, billing, false",
            "billing.*, archive.invoice.amount, false",
            // '*' stays within one name.
            "*.legacy_*, archive.legacy_orders, true",
            "*.legacy_*, archive.legacy_orders.amount, true",
            "*.legacy_*, archive.orders.amount, false",
            // A leading '*.' also matches no schema: tables of the default schema have none in their path.
            "*.legacy_*, legacy_orders, true",
            "*.legacy_*, legacy_orders.amount, true",
            "*.t_order.order_no, t_order.order_no, true",
            "*.t_order.order_no, billing.t_order.order_no, true",
            // Without one, a pattern names exactly what it says.
            "t_order.order_no, t_order.order_no, true",
            "t_order.order_no, t_order.order_no_2, false",
            "t_order.order_no, billing.t_order.order_no, false",
            "t_order, t_order.order_no, true",
            "t_order, t_order_item.order_no, false",
            // '**' spans names; the other glob forms work; case is ignored as SQL ignores it.
            "**.amount, billing.invoice.amount, true",
            "**.amount, invoice.amount, true",
            "'{billing,archive}.*', archive.invoice, true",
            "t_order.order_?o, t_order.order_no, true",
            "T_ORDER.Order_No, t_order.ORDER_NO, true",
    })
    void matchesObjectPaths(String pattern, String objectPath, boolean matches) {
        ObjectExcludes excludes = ObjectExcludes.compile("money-as-float", List.of(pattern));

        assertThat(excludes.matching(objectPath)).isEqualTo(matches ? Optional.of(pattern) : Optional.empty());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "billing.{a,b     | not a valid glob: Missing '}",
            "t_order.[a-      | not a valid glob: ",
            "''               | it is empty",
            "src/db/*.sql     | excludes name schema objects as schema.table.column, separated by '.', not files",
            "billing..invoice | it has an empty name between dots",
            "t_order.         | it has an empty name between dots",
    })
    void rejectsPatternsThatCanNeverMatch(String pattern, String problem) {
        assertThatThrownBy(() -> ObjectExcludes.compile("money-as-float", List.of("ok.*", pattern)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Rule 'money-as-float': exclude '" + pattern + "' is not a valid object pattern ("
                        + problem)
                .hasMessageEndingWith("write [schema.]table[.column] with * ? ** [a-z] {a,b}, e.g. billing.*,"
                        + " *.legacy_*, t_order.order_no");
    }
}
