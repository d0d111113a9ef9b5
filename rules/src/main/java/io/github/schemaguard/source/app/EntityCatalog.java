package io.github.schemaguard.source.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entities of the parsed sources, by JPQL name and by class, with the columns they inherit. */
final class EntityCatalog {
    /** Mapped superclasses of mapped superclasses: deeper than this is a cycle. */
    private static final int MAX_DEPTH = 16;

    private final Map<String, EntityMapping> byQualifiedName = new HashMap<>();
    private final Map<String, EntityMapping> byJpqlName = new HashMap<>();
    private final Set<String> ambiguousJpqlNames = new HashSet<>();

    /**
     * @param table   the entity's table
     * @param columns column by property, inherited ones included
     */
    record Table(String table, Map<String, String> columns) {
    }

    EntityCatalog(List<EntityMapping> mappings) {
        for (EntityMapping mapping : mappings) {
            byQualifiedName.put(mapping.qualifiedName(), mapping);
            if (mapping.isEntity() && byJpqlName.putIfAbsent(mapping.jpqlName(), mapping) != null) {
                ambiguousJpqlNames.add(mapping.jpqlName());
            }
        }
    }

    /** The entity a JPQL query names (entity name or fully qualified class name). */
    Optional<Table> byJpqlName(String name) {
        if (ambiguousJpqlNames.contains(name)) {
            return Optional.empty();
        }
        EntityMapping mapping = byJpqlName.get(name);
        return table(mapping != null ? mapping : byQualifiedName.get(name));
    }

    /** The entity a type reference means, given its candidate qualified names. */
    Optional<Table> byType(List<String> candidates) {
        return candidates.stream().map(byQualifiedName::get).filter(m -> m != null).findFirst()
                .flatMap(this::table);
    }

    /**
     * Entity inheritance (an entity extending an entity) maps to tables by strategy; rather than guess the
     * strategy, such an entity has no table here and its queries are skipped.
     */
    private Optional<Table> table(EntityMapping mapping) {
        if (mapping == null || !mapping.isEntity()) {
            return Optional.empty();
        }
        Map<String, String> columns = new LinkedHashMap<>(mapping.columns());
        EntityMapping current = mapping;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<EntityMapping> parent = current.superclassCandidates().stream()
                    .map(byQualifiedName::get).filter(m -> m != null).findFirst();
            if (parent.isEmpty()) {
                return Optional.of(new Table(mapping.table(), columns));
            }
            if (parent.get().isEntity()) {
                return Optional.empty();
            }
            parent.get().columns().forEach(columns::putIfAbsent);
            current = parent.get();
        }
        return Optional.empty();
    }
}
