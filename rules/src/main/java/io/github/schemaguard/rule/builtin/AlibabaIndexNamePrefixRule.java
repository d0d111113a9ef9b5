package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The manual's key names: {@code pk_} for primary keys, {@code uk_} for unique keys, {@code idx_} for plain
 * indexes. MySQL calls every primary key {@code PRIMARY} whatever the DDL says, so primary key names are
 * checked only in dialects that keep them, and only when the DDL gives one.
 */
public final class AlibabaIndexNamePrefixRule implements Rule {

    static final RuleOption PRIMARY_KEY_PREFIXES = new RuleOption("primaryKeyPrefixes",
            "Prefixes a named primary key constraint may have (not checked in MySQL, whose primary key is always "
                    + "named PRIMARY)", "pk_");
    static final RuleOption UNIQUE_KEY_PREFIXES = new RuleOption("uniqueKeyPrefixes",
            "Prefixes a unique constraint or unique index may have; the first is used in suggested names", "uk_");
    static final RuleOption INDEX_PREFIXES = new RuleOption("indexPrefixes",
            "Prefixes a plain (non-unique) index may have; the first is used in suggested names", "idx_");

    /** MySQL rejects longer names and PostgreSQL truncates them. */
    private static final int MAX_NAME_LENGTH = 63;

    private static final RuleMetadata METADATA = new RuleMetadata(
            "alibaba-index-name-prefix", Severity.WARNING,
            "A unique key is not named uk_..., an index not idx_..., or a named primary key not pk_... "
                    + "(Alibaba manual).",
            "The Alibaba Java Development Manual (MySQL, index rules) makes the key kind readable from its "
                    + "name: pk_ for the primary key, uk_ for unique keys, idx_ for plain indexes, followed by the "
                    + "column names. Whoever reads an execution plan, a duplicate-key error (Duplicate entry ... "
                    + "for key 'uk_order_no') or a migration then knows at once whether the index enforces "
                    + "uniqueness, and a unique index named like a plain one is not dropped as 'redundant' by "
                    + "mistake. An unnamed key gets the database's name (MySQL: its first column; PostgreSQL: "
                    + "table_column_key), which says nothing about its kind. MySQL names every primary key "
                    + "PRIMARY and ignores the name written in the DDL, so there the pk_ part cannot be followed "
                    + "and is not checked; elsewhere only a primary key the DDL names is checked, since an "
                    + "unnamed one gets the database's fixed name (table_pkey).",
            List.of(PRIMARY_KEY_PREFIXES, UNIQUE_KEY_PREFIXES, INDEX_PREFIXES, AlibabaPreset.EXCLUDED_TABLES),
            Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              user_id BIGINT UNSIGNED NOT NULL,
              UNIQUE KEY order_no_unique (order_no),
              KEY user_id (user_id)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              user_id BIGINT UNSIGNED NOT NULL,
              UNIQUE KEY uk_order_no (order_no),
              KEY idx_user_id (user_id)
            );
            """).inPreset(Preset.ALIBABA, new RuleMetadata.Translation(
            "唯一索引名不是 uk_ 开头、普通索引名不是 idx_ 开头，或命名的主键名不是 pk_ 开头（阿里巴巴开发手册）。",
            "《阿里巴巴 Java 开发手册》（MySQL 索引规约）规定：主键索引名为 pk_字段名，唯一索引名为 uk_字段名，"
                    + "普通索引名为 idx_字段名。看执行计划、唯一键冲突报错（Duplicate entry ... for key 'uk_order_no'）"
                    + "或迁移脚本时，一眼就知道索引是否保证唯一，也不会把名字像普通索引的唯一索引当作冗余索引误删。"
                    + "未命名的索引由数据库命名（MySQL 用第一列的列名，PostgreSQL 用 表名_列名_key），看不出索引类型。"
                    + "MySQL 的主键总是叫 PRIMARY，会忽略 DDL 中写的名字，所以在 MySQL 中不检查 pk_；其他数据库只检查 "
                    + "DDL 中命名了的主键，未命名的主键由数据库取固定名字（表名_pkey）。"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        for (Table table : AlibabaPreset.tables(context)) {
            if (hasOwnPrimaryKeyName(table) && dialect != Dialect.MYSQL) {
                checkKey(context, table, table.primaryKey(), context.options().list(PRIMARY_KEY_PREFIXES.name()),
                        report);
            }
            for (Key key : table.keys()) {
                RuleOption prefixes = key.isUnique() ? UNIQUE_KEY_PREFIXES : INDEX_PREFIXES;
                checkKey(context, table, key, context.options().list(prefixes.name()), report);
            }
        }
    }

    private static void checkKey(RuleContext context, Table table, Key key, List<String> prefixes,
                                 Consumer<Finding> report) {
        if (prefixes.isEmpty() || (key.name() != null && hasPrefix(Names.unquote(key.name()), prefixes))) {
            return;
        }
        String suggested = suggestedName(prefixes.get(0), key);
        Language language = context.language();
        String kind = kindOf(key, language);
        String message = key.name() == null
                ? language.pick(String.format("The %s on %s%s has no name, and the name the database gives it "
                                + "does not say what kind of key it is: name it %s.", kind,
                        table.qualifiedName(), columns(key), suggested),
                String.format("%s%s 上的%s没有命名，数据库自动取的名字看不出索引类型：请命名为 %s。",
                        table.qualifiedName(), columns(key), kind, suggested))
                : language.pick(String.format("The %s %s on %s%s is not named %s...: name it %s, so the name "
                                + "says what kind of key it is.", kind, Names.unquote(key.name()), table.qualifiedName(),
                        columns(key), String.join("... or ", prefixes), suggested),
                String.format("%s%s 上的%s %s 没有以 %s 开头：请改名为 %s，让名字表明索引类型。",
                        table.qualifiedName(), columns(key), kind, Names.unquote(key.name()),
                        String.join(" 或 ", prefixes), suggested));
        String objectPath = table.qualifiedName() + "." + (key.name() == null
                ? key.kind().name().toLowerCase(Locale.ROOT) + columns(key) : Names.unquote(key.name()));
        report.accept(new Finding(METADATA.id(), METADATA.defaultSeverity(), key.location(), objectPath, message,
                key.name() == null ? null : rename(context.schema().dialect(), table, key, suggested)));
    }

    /**
     * A primary key named in the DDL, other than the name PostgreSQL gives anyway ({@code <table>_pkey}, with a
     * number when taken), which pg_dump writes out.
     */
    private static boolean hasOwnPrimaryKeyName(Table table) {
        String name = table.primaryKey() == null ? null : table.primaryKey().name();
        return name != null && !Names.key(name).matches(Pattern.quote(Names.key(table.name()) + "_pkey") + "\\d*");
    }

    private static boolean hasPrefix(String name, List<String> prefixes) {
        String lower = name.toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(p -> lower.startsWith(p.toLowerCase(Locale.ROOT)));
    }

    private static String kindOf(Key key, Language language) {
        return switch (key.kind()) {
            case PRIMARY_KEY -> language.pick("primary key", "主键");
            case UNIQUE_CONSTRAINT, UNIQUE_INDEX -> language.pick("unique key", "唯一索引");
            case INDEX -> language.pick("index", "普通索引");
        };
    }

    private static String columns(Key key) {
        return key.columns().stream().map(Names::unquote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The manual's form: prefix and the key's column names, {@code uk_user_id_role_id}. */
    private static String suggestedName(String prefix, Key key) {
        String name = prefix + key.columns().stream().map(NameWords::snake).collect(Collectors.joining("_"));
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }

    /** MySQL renames any index; PostgreSQL renames constraints through their table and indexes directly. */
    private static String rename(Dialect dialect, Table table, Key key, String newName) {
        String oldName = dialect.identifier(Names.unquote(key.name()));
        if (dialect == Dialect.MYSQL) {
            return "ALTER TABLE " + FixSql.table(dialect, table) + " RENAME INDEX " + oldName + " TO " + newName + ";";
        }
        if (key.kind() == KeyKind.PRIMARY_KEY || key.kind() == KeyKind.UNIQUE_CONSTRAINT) {
            return "ALTER TABLE " + FixSql.table(dialect, table) + " RENAME CONSTRAINT " + oldName + " TO " + newName
                    + ";";
        }
        String schema = table.schema() == null ? "" : dialect.identifier(Names.unquote(table.schema())) + ".";
        return "ALTER INDEX " + schema + oldName + " RENAME TO " + newName + ";";
    }
}
