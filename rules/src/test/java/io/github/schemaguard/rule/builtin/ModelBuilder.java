package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.model.Trigger;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.source.ParseProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds model records by hand, so rules can be tested without the DDL reader. Lines count up per element. */
final class ModelBuilder {

    private final String name;
    private String schema;
    private final List<Column> columns = new ArrayList<>();
    private Key primaryKey;
    private final List<Key> keys = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private int line = 1;

    private ModelBuilder(String name) {
        this.name = name;
    }

    static ModelBuilder table(String name) {
        return new ModelBuilder(name);
    }

    ModelBuilder inSchema(String schemaName) {
        this.schema = schemaName;
        return this;
    }

    ModelBuilder column(String column, String type) {
        return column(column, type, null, null);
    }

    ModelBuilder column(String column, String type, String defaultExpression, String comment) {
        columns.add(new Column(column, type, null, true, defaultExpression, null, false, comment, next()));
        return this;
    }

    ModelBuilder generated(String column, String type, String expression) {
        columns.add(new Column(column, type, null, true, null, expression, false, null, next()));
        return this;
    }

    ModelBuilder primaryKey(String... parts) {
        primaryKey = new Key("pk_" + name, KeyKind.PRIMARY_KEY, List.of(parts), false, null, true, next());
        return this;
    }

    ModelBuilder key(KeyKind kind, String... parts) {
        keys.add(new Key("k_" + String.join("_", parts), kind, List.of(parts), false, null, true, next()));
        return this;
    }

    ModelBuilder partialUnique(String predicate, String... parts) {
        keys.add(new Key(null, KeyKind.UNIQUE_INDEX, List.of(parts), false, predicate, true, next()));
        return this;
    }

    ModelBuilder expressionUnique(String... parts) {
        keys.add(new Key(null, KeyKind.UNIQUE_INDEX, List.of(parts), true, null, true, next()));
        return this;
    }

    ModelBuilder foreignKey(String column, String referencedTable, String referencedColumn) {
        foreignKeys.add(new ForeignKey(null, List.of(column), referencedTable, List.of(referencedColumn), next()));
        return this;
    }

    ModelBuilder trigger(String triggerName, String body) {
        triggers.add(new Trigger(triggerName, name, body, next()));
        return this;
    }

    Table build() {
        return new Table(schema, name, columns, primaryKey, keys, foreignKeys, triggers, null,
                Location.of("test.sql", 1, 1));
    }

    private Location next() {
        return Location.of("test.sql", ++line, 3);
    }

    static Schema schema(Dialect dialect, ModelBuilder... tables) {
        return new Schema(dialect, List.of(tables).stream().map(ModelBuilder::build).toList());
    }

    static List<Finding> run(Rule rule, Schema schema) {
        return run(rule, schema, List.of(), Map.of());
    }

    static List<Finding> run(Rule rule, Schema schema, List<ParseProblem> problems, Map<String, String> options) {
        List<Finding> findings = new ArrayList<>();
        rule.check(new RuleContext(schema, problems, new RuleOptions(rule.metadata(), options)), findings::add);
        return findings;
    }
}
