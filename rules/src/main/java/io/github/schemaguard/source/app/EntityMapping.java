package io.github.schemaguard.source.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPA {@code @Entity} or {@code @MappedSuperclass} as its own source declares it.
 *
 * @param qualifiedName        the class's fully qualified name
 * @param jpqlName             the name JPQL queries use ({@code @Entity(name)}, else the simple class name)
 * @param table                the table, or {@code null} for a mapped superclass
 * @param superclassCandidates what the {@code extends} clause may refer to (see {@link TypeScope})
 * @param columns              column by property, for the properties stored in a column of this table; a
 *                             property absent here (collection, embedded, association without join column)
 *                             cannot be translated
 */
record EntityMapping(String qualifiedName, String jpqlName, String table, List<String> superclassCandidates,
                     Map<String, String> columns) {

    EntityMapping {
        superclassCandidates = List.copyOf(superclassCandidates);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    boolean isEntity() {
        return table != null;
    }
}
