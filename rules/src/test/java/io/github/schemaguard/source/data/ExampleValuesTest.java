package io.github.schemaguard.source.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleValuesTest {

    @Test
    void maskingKeepsTheEnds() {
        assertThat(ExampleValues.render("13812345678", true)).isEqualTo("13*******78");
        assertThat(ExampleValues.render("abcd", true)).isEqualTo("****");
    }

    @Test
    void longValuesAreCut() {
        assertThat(ExampleValues.render("x".repeat(40), false)).isEqualTo("x".repeat(ExampleValues.MAX_LENGTH) + "...");
    }
}
