package io.github.schemaguard.source.ddl;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationOrderTest {

    private static List<String> sorted(String... paths) {
        List<String> list = new ArrayList<>(List.of(paths));
        Collections.reverse(list);
        list.sort(MigrationOrder.INSTANCE);
        return list;
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertThat(sorted("V10__c.sql", "V2__b.sql", "V1__a.sql", "V10.1__d.sql"))
                .containsExactly("V1__a.sql", "V2__b.sql", "V10__c.sql", "V10.1__d.sql");
    }

    @Test
    void underscoreAndDotBothSeparateVersionParts() {
        assertThat(sorted("V3.8.1_0__x.sql", "V3.8.0_2__y.sql", "V3.8.0_1__z.sql", "V3.10.0_0__w.sql"))
                .containsExactly("V3.8.0_1__z.sql", "V3.8.0_2__y.sql", "V3.8.1_0__x.sql", "V3.10.0_0__w.sql");
    }

    @Test
    void repeatablesComeAfterAllVersionedThenOtherFilesByPath() {
        assertThat(sorted("schema.sql", "R__views.sql", "V99__last.sql", "R__a_functions.sql", "a/data.sql"))
                .containsExactly("V99__last.sql", "R__a_functions.sql", "R__views.sql", "a/data.sql", "schema.sql");
    }

    @Test
    void versionedFilesInSubdirectoriesSortByVersionNotByFolder() {
        assertThat(sorted("a/V2__x.sql", "b/V1__y.sql"))
                .containsExactly("b/V1__y.sql", "a/V2__x.sql");
    }

    @Test
    void hugeVersionNumbersDoNotOverflow() {
        assertThat(sorted("V20260101120000__b.sql", "V9__a.sql", "V99999999999999999999__c.sql"))
                .containsExactly("V9__a.sql", "V20260101120000__b.sql", "V99999999999999999999__c.sql");
    }

    @Test
    void namesThatOnlyLookVersionedAreOtherFiles() {
        assertThat(sorted("Vx__a.sql", "V1__b.sql", "V__c.sql", "V1_init.sql"))
                .containsExactly("V1__b.sql", "V1_init.sql", "V__c.sql", "Vx__a.sql");
    }

    @Test
    void equalVersionsFallBackToPathSoTheOrderIsTotal() {
        assertThat(sorted("V1.0__b.sql", "V1__a.sql"))
                .containsExactly("V1.0__b.sql", "V1__a.sql");
        assertThat(MigrationOrder.INSTANCE.compare("V1__a.sql", "V1__a.sql")).isZero();
    }
}
