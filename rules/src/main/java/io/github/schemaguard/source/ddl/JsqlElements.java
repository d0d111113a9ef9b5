package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.table.NamedConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts JSqlParser's pieces (tables, column definitions, key clauses) into model pieces. */
final class JsqlElements {
    private static final Pattern PREFIX_LENGTH = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");

    private JsqlElements() {
    }

    static TableName tableName(Table table) {
        return TableName.of(table.getSchemaName(), table.getName());
    }

    /** The type as declared, e.g. {@code varchar(32)}, {@code int unsigned}, {@code text[]}. */
    static String typeText(ColDataType type) {
        StringBuilder text = new StringBuilder(type.getDataType());
        List<String> arguments = type.getArgumentsStringList();
        if (arguments != null && !arguments.isEmpty()) {
            text.append('(').append(String.join(",", arguments)).append(')');
        }
        if (type.getArrayData() != null) {
            type.getArrayData().forEach(d -> text.append('[').append(d == null ? "" : d).append(']'));
        }
        if (type.getSignedness() == ColDataType.Signedness.UNSIGNED) {
            text.append(" unsigned");
        }
        // JSqlParser keeps MySQL's length inside the type name and spaces it out: "decimal (10, 2)".
        return SqlText.compactType(text.toString());
    }

    /** Adds (or redefines) a column from its definition, with its inline constraints. */
    static void addColumn(ColumnDefinition definition, StatementContext context, TableBuilder table) {
        String name = Names.unquote(definition.getColumnName());
        ColumnBuilder column = new ColumnBuilder(name, typeText(definition.getColDataType()),
                context.locateDefinition(definition.getColumnName()));
        ColumnSpecReader.Inline inline = ColumnSpecReader.read(definition.getColumnSpecs(), column, context);
        characterSet(definition, column);
        table.putColumn(column);
        addInline(inline, name, table);
    }

    /** JSqlParser keeps a column's {@code CHARACTER SET x} in its type, not among the specs. */
    static void characterSet(ColumnDefinition definition, ColumnBuilder column) {
        String characterSet = definition.getColDataType().getCharacterSet();
        if (characterSet != null) {
            ColumnSpecReader.characterSet(column, characterSet);
        }
    }

    /** Adds a column's inline PRIMARY KEY / UNIQUE / REFERENCES to its table. */
    static void addInline(ColumnSpecReader.Inline inline, String column, TableBuilder table) {
        ColumnBuilder defined = table.column(column).orElseThrow();
        if (inline.primaryKey()) {
            table.primaryKey(new Key(inline.primaryKeyName(), KeyKind.PRIMARY_KEY, List.of(column), false, null, true,
                    defined.location));
        }
        if (inline.unique()) {
            table.addKey(new Key(inline.uniqueName(), KeyKind.UNIQUE_CONSTRAINT, List.of(column), false, null,
                    inline.uniqueNullsDistinct(), defined.location));
        }
        if (inline.reference() != null) {
            ColumnSpecReader.Reference reference = inline.reference();
            table.addForeignKey(new ForeignKey(reference.name(), List.of(column), reference.table().name(),
                    reference.columns(), defined.location));
        }
    }

    /** Adds a key clause (PRIMARY KEY, UNIQUE, INDEX, FOREIGN KEY) to the table; CHECK and the like are ignored. */
    static void addIndex(Index index, TableBuilder table, StatementContext context) {
        String name = indexName(index);
        if (index instanceof ForeignKeyIndex fk) {
            table.addForeignKey(new ForeignKey(name, SqlText.unquoted(fk.getColumnsNames()),
                    tableName(fk.getTable()).name(), SqlText.unquoted(fk.getReferencedColumnNames()),
                    context.locateNext(name != null ? name : "FOREIGN")));
            return;
        }
        KeyKind kind = keyKind(index);
        if (kind == null || index.getColumns() == null || index.getColumns().isEmpty()) {
            return;
        }
        boolean nullsDistinct = !ColumnSpecReader.NULLS_NOT_DISTINCT.matcher(index.toString()).find();
        Key key = key(index, name, kind, null, nullsDistinct, context.locateNext(name != null ? name : clauseKeyword(index)))
                .withMethod(method(index));
        if (kind == KeyKind.PRIMARY_KEY) {
            table.primaryKey(key);
        } else {
            table.addKey(key);
        }
    }

    /** A key from JSqlParser's index: plain column parts unquoted, expression parts as text. */
    static Key key(Index index, String name, KeyKind kind, String predicate, boolean nullsDistinct,
                   Location location) {
        List<String> parts = new ArrayList<>();
        List<Integer> prefixLengths = new ArrayList<>();
        boolean expression = false;
        for (Index.ColumnParams part : index.getColumns()) {
            expression |= part.isExpression();
            parts.add(part.isExpression() ? SqlText.unparenthesize(part.getExpression().toString())
                    : Names.unquote(part.getColumnName()));
            prefixLengths.add(part.isExpression() ? 0 : prefixLength(part));
        }
        return new Key(name, kind, parts, expression, predicate, nullsDistinct, location)
                .withPrefixLengths(prefixLengths);
    }

    /** MySQL's {@code name(10)}: JSqlParser keeps the {@code (10)} among the part's parameters. */
    private static int prefixLength(Index.ColumnParams part) {
        Matcher length = PREFIX_LENGTH.matcher(part.getParams() == null ? "" : String.join(" ", part.getParams()));
        return length.find() ? Integer.parseInt(length.group(1)) : 0;
    }

    /** MySQL's FULLTEXT and SPATIAL keys, or the USING method: they answer other questions than a b-tree. */
    private static String method(Index index) {
        return switch (index.getKind()) {
            case FULLTEXT, SPATIAL -> index.getKind().name();
            default -> index.getUsing();
        };
    }

    /** The word an unnamed key clause starts with ({@code PRIMARY}, {@code UNIQUE}, {@code KEY}...), to locate it. */
    private static String clauseKeyword(Index index) {
        String type = index.getType() == null || index.getType().isBlank() ? "KEY" : index.getType().strip();
        return type.split("\\s+")[0];
    }

    static String indexName(Index index) {
        String name = index.getName();
        if (name == null && index instanceof NamedConstraint constraint) {
            name = constraint.getIndexName();
        }
        return name == null ? null : Names.unquote(name);
    }

    private static KeyKind keyKind(Index index) {
        String type = (index.getType() + " " + index.getIndexKeyword()).toUpperCase(Locale.ROOT);
        return switch (index.getKind()) {
            case PRIMARY_KEY -> KeyKind.PRIMARY_KEY;
            case UNIQUE -> type.contains("KEY") || type.contains("INDEX") ? KeyKind.UNIQUE_INDEX
                    : KeyKind.UNIQUE_CONSTRAINT;
            case INDEX, FULLTEXT, SPATIAL -> KeyKind.INDEX;
            default -> null;
        };
    }
}
