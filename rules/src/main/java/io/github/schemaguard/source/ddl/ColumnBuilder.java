package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Location;

/** A column while migrations are still being applied; {@link #freeze()} gives the immutable model. */
final class ColumnBuilder {
    String name;
    String type;
    String collation;
    boolean nullable = true;
    String defaultExpression;
    String generatedExpression;
    boolean autoIncrement;
    String comment;
    final Location location;

    ColumnBuilder(String name, String type, Location location) {
        this.name = name;
        this.type = type;
        this.location = location;
    }

    /** The column a partition created with PARTITION OF gets: the same definition, without the comment. */
    ColumnBuilder partitionCopy() {
        ColumnBuilder copy = new ColumnBuilder(name, type, location);
        copy.collation = collation;
        copy.nullable = nullable;
        copy.defaultExpression = defaultExpression;
        copy.generatedExpression = generatedExpression;
        copy.autoIncrement = autoIncrement;
        return copy;
    }

    Column freeze() {
        return new Column(name, type, collation, nullable, defaultExpression, generatedExpression, autoIncrement, comment,
                location);
    }
}
