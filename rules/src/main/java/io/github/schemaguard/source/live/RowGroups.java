package io.github.schemaguard.source.live;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the consecutive rows a catalog query returns for one object (a key's parts, a foreign key's column
 * pairs) into one builder per object, in the order the objects come.
 */
final class RowGroups<T> {

    /** Starts the builder for a new object; {@code null} skips its rows (its table was filtered out). */
    @FunctionalInterface
    interface Start<T> {
        T start() throws SQLException;
    }

    private final List<T> groups = new ArrayList<>();
    private Object currentId;
    private T current;

    /** The builder of the object {@code id}, started when the row is the object's first. */
    T groupOf(Object id, Start<T> start) throws SQLException {
        if (!id.equals(currentId)) {
            currentId = id;
            current = start.start();
            if (current != null) {
                groups.add(current);
            }
        }
        return current;
    }

    List<T> groups() {
        return groups;
    }
}
