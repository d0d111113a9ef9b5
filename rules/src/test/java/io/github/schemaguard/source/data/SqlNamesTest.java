package io.github.schemaguard.source.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlNamesTest {

    @Test
    void embeddedQuotesAreDoubled() {
        assertThat(new SqlNames("\"").identifier("Or\"der; DROP")).isEqualTo("\"Or\"\"der; DROP\"");
        assertThat(new SqlNames("`").identifier("a`b \"c\"")).isEqualTo("`a``b \"c\"`");
    }

    @Test
    void aDatabaseWithoutAQuoteStringIsRefused() {
        assertThatThrownBy(() -> new SqlNames(" ")).hasMessageContaining("identifier quote string");
    }
}
