package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DdlSourcePostgresTest {
    @TempDir
    Path dir;

    private DdlReadResult read(Dialect dialect, String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("schema.sql"), sql);
        return DdlSource.read(dir, List.of(file), dialect);
    }

    @Test
    void readsPgDumpTablesConstraintsAndIndexes() throws IOException {
        DdlReadResult result = read(null, """
                SET statement_timeout = 0;
                CREATE TABLE public.users (
                    id bigint NOT NULL,
                    email character varying(255) NOT NULL,
                    login text,
                    tenant_id integer,
                    deleted_at timestamp without time zone,
                    created_at timestamp with time zone DEFAULT now() NOT NULL
                );
                CREATE SEQUENCE public.users_id_seq START WITH 1 INCREMENT BY 1;
                ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
                COPY public.users (id, email) FROM stdin;
                1\tme@example.org
                \\.
                ALTER TABLE ONLY public.users
                    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
                ALTER TABLE ONLY public.users
                    ADD CONSTRAINT users_login_key UNIQUE (login) DEFERRABLE INITIALLY DEFERRED;
                CREATE UNIQUE INDEX users_email_lower_idx ON public.users USING btree (lower((email)::text));
                CREATE UNIQUE INDEX users_tenant_login ON public.users USING btree (tenant_id, login) WHERE (deleted_at IS NULL);
                CREATE INDEX users_login_trgm ON public.users USING gin (login public.gin_trgm_ops);
                CREATE UNIQUE INDEX users_tenant_idx ON public.users (tenant_id);
                ALTER TABLE ONLY public.users ADD CONSTRAINT users_tenant_key UNIQUE USING INDEX users_tenant_idx;
                ALTER TABLE IF EXISTS ONLY public.users DROP CONSTRAINT IF EXISTS users_login_key;
                COMMENT ON TABLE public.users IS 'People who sign in';
                COMMENT ON COLUMN public.users.email IS 'Login e-mail, it''s unique';
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.schema().dialect()).isEqualTo(Dialect.POSTGRESQL);
        Table users = result.schema().table("USERS").orElseThrow();
        assertThat(users.schema()).isEqualTo("public");
        assertThat(users.comment()).isEqualTo("People who sign in");
        Column id = users.column("id").orElseThrow();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.defaultExpression()).startsWith("nextval(");
        Column email = users.column("email").orElseThrow();
        assertThat(email.type()).isEqualTo("character varying(255)");
        assertThat(email.comment()).isEqualTo("Login e-mail, it's unique");
        assertThat(users.column("created_at").orElseThrow().nullable()).isFalse();
        assertThat(users.column("created_at").orElseThrow().defaultExpression()).isEqualTo("now()");

        assertThat(users.primaryKey().name()).isEqualTo("users_pkey");
        assertThat(users.primaryKey().location()).isEqualTo(Location.of("schema.sql", 16, 20));
        assertThat(users.keys()).extracting(Key::name, Key::kind, Key::columns, Key::expression, Key::predicate)
                .containsExactly(
                        tuple("users_email_lower_idx", KeyKind.UNIQUE_INDEX, List.of("lower((email)::text)"), true,
                                null),
                        tuple("users_tenant_login", KeyKind.UNIQUE_INDEX, List.of("tenant_id", "login"), false,
                                "deleted_at IS NULL"),
                        tuple("users_login_trgm", KeyKind.INDEX, List.of("login"), false, null),
                        tuple("users_tenant_key", KeyKind.UNIQUE_CONSTRAINT, List.of("tenant_id"), false, null));
        assertThat(result.stats().skipped()).isEqualTo(3);
        assertThat(result.stats().notUnderstood()).isZero();
    }

    @Test
    void readsIdentitySerialGeneratedColumnsAndForeignKeys() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE customer (id serial PRIMARY KEY, code text UNIQUE);
                CREATE TABLE orders (
                    id bigint GENERATED BY DEFAULT AS IDENTITY,
                    seq bigserial,
                    customer_id integer NOT NULL REFERENCES customer (id),
                    amount numeric(10,2),
                    amount_cents bigint GENERATED ALWAYS AS (amount * 100) STORED,
                    CONSTRAINT orders_pkey PRIMARY KEY (id)
                );
                ALTER TABLE orders ALTER COLUMN amount SET NOT NULL, ALTER COLUMN amount SET DEFAULT 0;
                """);

        assertThat(result.problems()).isEmpty();
        Table customer = result.schema().table("customer").orElseThrow();
        assertThat(customer.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(customer.column("id").orElseThrow().nullable()).isFalse();
        assertThat(customer.primaryKey().columns()).containsExactly("id");
        assertThat(customer.keys()).extracting(Key::kind, Key::columns)
                .containsExactly(tuple(KeyKind.UNIQUE_CONSTRAINT, List.of("code")));

        Table orders = result.schema().table("orders").orElseThrow();
        assertThat(orders.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(orders.column("id").orElseThrow().nullable()).isFalse();
        assertThat(orders.column("seq").orElseThrow().autoIncrement()).isTrue();
        assertThat(orders.column("amount_cents").orElseThrow().generatedExpression()).isEqualTo("amount * 100");
        assertThat(orders.column("amount_cents").orElseThrow().autoIncrement()).isFalse();
        assertThat(orders.column("amount").orElseThrow().nullable()).isFalse();
        assertThat(orders.column("amount").orElseThrow().defaultExpression()).isEqualTo("0");
        assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("customer_id");
            assertThat(fk.referencedTable()).isEqualTo("customer");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
        assertThat(orders.primaryKey().location()).isEqualTo(Location.of("schema.sql", 8, 16));
    }

    @Test
    void readsPostgresTriggers() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE t (id int);
                CREATE TRIGGER t_stamp BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.stamp();
                """);

        assertThat(result.schema().table("t").orElseThrow().triggers()).singleElement().satisfies(trigger -> {
            assertThat(trigger.name()).isEqualTo("t_stamp");
            assertThat(trigger.body()).isEqualTo("EXECUTE FUNCTION public.stamp()");
            assertThat(trigger.location()).isEqualTo(Location.of("schema.sql", 2, 1));
        });
    }

    @Test
    void completesATriggerBodyWithTheFunctionItExecutes() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE FUNCTION public.set_order_no() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.order_no := to_char(now(), 'YYYYMMDDHH24MISS');
                  RETURN NEW;
                END $$;
                CREATE TABLE orders (id int, order_no text);
                CREATE TRIGGER orders_no BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION public.set_order_no();
                """);

        assertThat(result.schema().table("orders").orElseThrow().triggers()).singleElement()
                .satisfies(trigger -> assertThat(trigger.body())
                        .startsWith("EXECUTE FUNCTION public.set_order_no()")
                        .contains("NEW.order_no := to_char(now(), 'YYYYMMDDHH24MISS')"));
        assertThat(result.stats().skipped()).isEqualTo(1);
    }

    @Test
    void partitionsAttachedInAPgDumpTakeTheParentsKeysDeclaredAfterTheAttach() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE public.events (
                    id bigint NOT NULL,
                    ref text NOT NULL,
                    created_at timestamp with time zone NOT NULL
                )
                PARTITION BY RANGE (created_at);
                CREATE TABLE public.events_2024 (
                    id bigint,
                    ref text NOT NULL,
                    created_at timestamp with time zone NOT NULL
                );
                CREATE TABLE public.events_default (
                    id bigint NOT NULL,
                    ref text NOT NULL,
                    created_at timestamp with time zone NOT NULL
                );
                ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024
                    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
                ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;
                ALTER TABLE ONLY public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, created_at);
                CREATE UNIQUE INDEX events_ref_key ON ONLY public.events USING btree (ref, created_at);
                CREATE UNIQUE INDEX events_2024_ref_idx ON public.events_2024 USING btree (ref, created_at);
                ALTER INDEX public.events_ref_key ATTACH PARTITION public.events_2024_ref_idx;
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.schema().table("events").orElseThrow().isPartition()).isFalse();
        for (String partition : List.of("events_2024", "events_default")) {
            Table table = result.schema().table(partition).orElseThrow();
            assertThat(table.partitionOf()).as(partition).isEqualTo("public.events");
            assertThat(table.primaryKeyOptional()).as(partition).map(k -> k.name() + " " + k.columns())
                    .contains("events_pkey [id, created_at]");
            assertThat(table.column("id").orElseThrow().nullable()).as(partition).isFalse();
        }
        // the partition's own copy of the parent's unique index is not doubled
        assertThat(result.schema().table("events_2024").orElseThrow().keys()).extracting(Key::name)
                .containsExactly("events_2024_ref_idx");
        assertThat(result.schema().table("events_default").orElseThrow().keys()).extracting(Key::name)
                .containsExactly("events_ref_key");
    }

    @Test
    void partitionOfTakesTheParentsColumnsAndKeysOnEveryLevel() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE measurements (
                    id bigint NOT NULL,
                    code varchar(20) NOT NULL,
                    region text NOT NULL,
                    taken_on date NOT NULL,
                    PRIMARY KEY (id, taken_on),
                    UNIQUE (code, taken_on)
                ) PARTITION BY RANGE (taken_on);
                COMMENT ON COLUMN measurements.code IS 'Station code';
                CREATE TABLE measurements_2024 PARTITION OF measurements
                    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
                CREATE TABLE measurements_2024_eu PARTITION OF measurements_2024 FOR VALUES IN ('eu');
                """);

        assertThat(result.problems()).isEmpty();
        Table parent = result.schema().table("measurements").orElseThrow();
        for (String partition : List.of("measurements_2024", "measurements_2024_eu")) {
            Table table = result.schema().table(partition).orElseThrow();
            assertThat(table.columns()).as(partition).extracting(Column::name, Column::type, Column::nullable)
                    .containsExactly(tuple("id", "bigint", false), tuple("code", "varchar(20)", false),
                            tuple("region", "text", false), tuple("taken_on", "date", false));
            assertThat(table.column("code").orElseThrow().comment()).as(partition).isNull();
            assertThat(table.uniqueKeys()).as(partition).isEqualTo(parent.uniqueKeys());
        }
    }

    @Test
    void aDetachedPartitionKeepsOnlyTheKeysItHadWhenDetached() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL) PARTITION BY RANGE (placed_on);
                CREATE TABLE orders_2023 PARTITION OF orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
                CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                ALTER TABLE orders DETACH PARTITION orders_2023;
                ALTER TABLE orders ADD PRIMARY KEY (id, placed_on);
                ALTER TABLE orders DETACH PARTITION orders_2024 CONCURRENTLY;
                ALTER TABLE orders DROP CONSTRAINT orders_pkey;
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.schema().table("orders").orElseThrow().primaryKey()).isNull();
        assertThat(result.schema().table("orders_2023").orElseThrow().primaryKey()).isNull();
        assertThat(result.schema().table("orders_2024").orElseThrow().primaryKey().columns())
                .containsExactly("id", "placed_on");
        assertThat(result.schema().tables()).noneMatch(Table::isPartition);
    }

    @Test
    void aPartitionOfADroppedTableIsNoLongerAPartition() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE visits (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
                CREATE TABLE visits_eu (id bigint NOT NULL, region text NOT NULL);
                ALTER TABLE visits ATTACH PARTITION visits_eu FOR VALUES IN ('eu');
                DROP TABLE visits;
                CREATE TABLE visits (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
                CREATE TABLE visits_us PARTITION OF visits FOR VALUES IN ('us');
                """);

        assertThat(result.schema().table("visits_eu").orElseThrow().partitionOf()).isNull();
        assertThat(result.schema().table("visits_us").orElseThrow().partitionOf()).isEqualTo("visits");
    }

    @Test
    void constraintNamesGivenInlineAreKeptAndDropByThatName() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE customers (id bigint CONSTRAINT pk_customers PRIMARY KEY);
                CREATE TABLE orders (
                    id bigint CONSTRAINT pk_orders PRIMARY KEY,
                    order_no text NOT NULL CONSTRAINT uk_orders_order_no UNIQUE,
                    customer_id bigint CONSTRAINT fk_orders_customer REFERENCES customers (id),
                    note text CONSTRAINT note_not_blank CHECK (note <> '') UNIQUE
                );
                ALTER TABLE customers DROP CONSTRAINT pk_customers;
                """);

        Table orders = result.schema().table("orders").orElseThrow();
        assertThat(orders.primaryKey().name()).isEqualTo("pk_orders");
        assertThat(orders.keys()).extracting(Key::name, Key::columns).containsExactly(
                tuple("uk_orders_order_no", List.of("order_no")), tuple(null, List.of("note")));
        assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.name())
                .isEqualTo("fk_orders_customer"));
        assertThat(result.schema().table("customers").orElseThrow().primaryKey()).isNull();
        assertThat(result.schema().droppedKeys()).singleElement()
                .satisfies(dropped -> assertThat(dropped.key().name()).isEqualTo("pk_customers"));
    }

    @Test
    void constraintNamesGivenInlineInAnAddedColumnAreKept() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE orders (id bigint PRIMARY KEY);
                ALTER TABLE orders ADD COLUMN parent_order_id bigint CONSTRAINT orders_parent_fk REFERENCES orders (id);
                ALTER TABLE orders ADD COLUMN order_no text CONSTRAINT uk_orders_order_no UNIQUE;
                """);

        Table orders = result.schema().table("orders").orElseThrow();
        assertThat(orders.foreignKeys()).extracting(ForeignKey::name).containsExactly("orders_parent_fk");
        assertThat(orders.keys()).extracting(Key::name).containsExactly("uk_orders_order_no");
    }

    @Test
    void latestDefinitionWinsAndH2DropOrderIsUnderstood() throws IOException {
        DdlReadResult result = read(Dialect.H2, """
                CREATE TABLE owners (id INTEGER IDENTITY PRIMARY KEY, name VARCHAR(30));
                DROP TABLE owners IF EXISTS;
                DROP TABLE never_created IF EXISTS;
                CREATE TABLE IF NOT EXISTS owners (id INTEGER, login VARCHAR(30));
                CREATE INDEX owners_login ON owners (login);
                DROP INDEX owners_login;
                """);

        assertThat(result.problems()).isEmpty();
        Table owners = result.schema().table("owners").orElseThrow();
        assertThat(owners.columns()).extracting(Column::name).containsExactly("id", "login");
        assertThat(owners.location().line()).isEqualTo(4);
        assertThat(owners.keys()).isEmpty();
        assertThat(owners.primaryKey()).isNull();
    }

    @Test
    void reportsStatementsNoReaderUnderstandsAndGoesOn() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE a (id int);
                CREATE TABLE b (id int,, broken);
                CREATE TABLE c (id int);
                """);

        assertThat(result.schema().tables()).extracting(Table::name).containsExactly("a", "c");
        assertThat(result.stats()).isEqualTo(new DdlReadStats(1, 3, 0, 1));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(Location.of("schema.sql", 2, 1));
            assertThat(problem.cause()).isNotBlank().doesNotContain("\n").doesNotStartWith("net.sf");
            assertThat(problem.excerpt()).isEqualTo("CREATE TABLE b (id int,, broken)");
        });
    }

    @Test
    void reportsAnUnreadableFileAndReadsTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.sql"), "CREATE TABLE a (id int);");
        Path missing = dir.resolve("sub/missing.sql");

        DdlReadResult result = DdlSource.read(dir, List.of(missing, good), Dialect.MYSQL);

        assertThat(result.schema().tables()).extracting(Table::name).containsExactly("a");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(Location.of("sub/missing.sql", 1, 1));
            assertThat(problem.cause()).contains("missing.sql");
        });
        assertThat(result.stats().files()).isEqualTo(2);
    }
}
