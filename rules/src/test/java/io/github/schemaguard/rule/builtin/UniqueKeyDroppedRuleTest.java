package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.schemaguard.rule.builtin.ModelBuilder.run;
import static org.assertj.core.api.Assertions.assertThat;

class UniqueKeyDroppedRuleTest {
    @TempDir
    Path dir;

    private final UniqueKeyDroppedRule rule = new UniqueKeyDroppedRule();

    private Schema read(Dialect dialect, String... migrations) throws IOException {
        Path[] files = new Path[migrations.length];
        for (int i = 0; i < migrations.length; i++) {
            files[i] = Files.writeString(dir.resolve("V" + (i + 1) + "__m.sql"), migrations[i]);
        }
        return DdlSource.read(dir, List.of(files), dialect).schema();
    }

    @Test
    void reportsTheDroppingStatementAndOffersToPutTheKeyBack() throws IOException {
        Finding finding = run(rule, read(Dialect.MYSQL,
                "CREATE TABLE t_order (id BIGINT PRIMARY KEY, order_no VARCHAR(32) NOT NULL,\n"
                        + "  UNIQUE KEY uk_order_no (order_no));\n",
                "-- data fix\nALTER TABLE t_order DROP INDEX uk_order_no;\n")).get(0);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(Location.of("V2__m.sql", 2, 1));
        assertThat(finding.objectPath()).isEqualTo("t_order.uk_order_no");
        assertThat(finding.message()).contains("drops unique index uk_order_no on t_order (order_no)");
        assertThat(finding.fix()).isEqualTo("ALTER TABLE t_order ADD CONSTRAINT uk_order_no UNIQUE (order_no);");
    }

    @Test
    void aKeyPutBackInALaterMigrationSilences() throws IOException {
        assertThat(run(rule, read(Dialect.POSTGRESQL,
                "CREATE TABLE jobs (uuid uuid PRIMARY KEY, name text NOT NULL, UNIQUE (name));",
                "ALTER TABLE jobs DROP CONSTRAINT jobs_name_key;",
                "CREATE UNIQUE INDEX jobs_name_idx ON jobs (name);"))).isEmpty();
    }

    @Test
    void namesTheWiderKeyThatRemains() throws IOException {
        Finding finding = run(rule, read(Dialect.POSTGRESQL, """
                CREATE TABLE fields (uuid uuid PRIMARY KEY, dataset_uuid uuid NOT NULL, name text NOT NULL,
                    type text NOT NULL, UNIQUE (dataset_uuid, name));
                ALTER TABLE fields DROP CONSTRAINT fields_dataset_uuid_name_key;
                ALTER TABLE fields ADD UNIQUE (dataset_uuid, name, type);
                """)).get(0);

        assertThat(finding.message()).contains("only the wider unique constraint (dataset_uuid, name, type) remains");
    }

    @Test
    void aKeyRedefinedUnderItsNameOnOtherColumnsIsNotDroppedButAWidenedOneIs() throws IOException {
        assertThat(run(rule, read(Dialect.POSTGRESQL, """
                CREATE TABLE jobs (uuid uuid PRIMARY KEY, ns uuid NOT NULL, simple_name text NOT NULL,
                    fqn text NOT NULL, CONSTRAINT uk_jobs UNIQUE (ns, simple_name));
                ALTER TABLE jobs DROP CONSTRAINT uk_jobs;
                ALTER TABLE jobs ADD CONSTRAINT uk_jobs UNIQUE (ns, fqn);
                """))).isEmpty();
        assertThat(run(rule, read(Dialect.POSTGRESQL, """
                CREATE TABLE jobs (uuid uuid PRIMARY KEY, ns uuid NOT NULL, simple_name text NOT NULL,
                    kind text NOT NULL, CONSTRAINT uk_jobs UNIQUE (ns, simple_name));
                ALTER TABLE jobs DROP CONSTRAINT uk_jobs;
                ALTER TABLE jobs ADD CONSTRAINT uk_jobs UNIQUE (ns, simple_name, kind);
                """))).hasSize(1);
    }

    @Test
    void aDroppedColumnIsReportedWithoutAFix() throws IOException {
        Finding finding = run(rule, read(Dialect.MYSQL, """
                CREATE TABLE t_user (id BIGINT PRIMARY KEY, mobile VARCHAR(20) NOT NULL UNIQUE);
                ALTER TABLE t_user DROP COLUMN mobile;
                """)).get(0);

        assertThat(finding.message()).contains("whose column is gone at the end");
        assertThat(finding.fix()).isNull();
    }
}
