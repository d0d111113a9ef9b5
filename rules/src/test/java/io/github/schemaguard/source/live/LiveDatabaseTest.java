package io.github.schemaguard.source.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveDatabaseTest {

    @Test
    void systemSchemasAreNeverRead() {
        LiveDatabase database = new LiveDatabase("jdbc:h2:mem:x", null, null);
        assertThat(database.includesSchema("PUBLIC")).isTrue();
        assertThat(database.includesSchema("INFORMATION_SCHEMA")).isFalse();
        assertThat(database.includesSchema("pg_catalog")).isFalse();
    }

    @Test
    void schemaAndTablePatternsAreGlobsIgnoringCase() {
        LiveDatabase database = new LiveDatabase("jdbc:h2:mem:x", null, null, NameFilter.parse("app,billing_*", null),
                NameFilter.parse("t_*, audit.*", "*_bak"), null, null, null);
        assertThat(database.includesSchema("APP")).isTrue();
        assertThat(database.includesSchema("billing_eu")).isTrue();
        assertThat(database.includesSchema("other")).isFalse();
        assertThat(database.includesTable("app", "T_ORDER")).isTrue();
        assertThat(database.includesTable("app", "t_order_bak")).isFalse();
        assertThat(database.includesTable("audit", "events")).isTrue();
        assertThat(database.includesTable("app", "events")).isFalse();
    }

    @Test
    void badSettingsFailWhenRead() {
        assertThatThrownBy(() -> new LiveDatabase("postgresql://h/db", null, null))
                .hasMessageContaining("must start with jdbc:");
        assertThatThrownBy(() -> new NameFilter(List.of("t_{a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveDatabase("jdbc:h2:mem:x", null, null, null, null, Duration.ZERO, null, null))
                .hasMessageContaining("connectTimeout must be positive");
    }

    @Test
    void neverShowsThePassword() {
        LiveDatabase database = new LiveDatabase("jdbc:postgresql://h/db?password=in-url", "app", "s3cret");
        assertThat(database.toString()).doesNotContain("s3cret").doesNotContain("in-url");
    }
}
