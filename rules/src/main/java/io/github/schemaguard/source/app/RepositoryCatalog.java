package io.github.schemaguard.source.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interfaces of the parsed sources and what they extend, to find the entity of a Spring Data repository:
 * the first type argument of a Spring Data base interface, directly ({@code JpaRepository<LoanOrder, Long>}) or
 * through the project's own generic base interfaces ({@code BaseRepository<T, ID> extends JpaRepository<T, ID>}).
 */
final class RepositoryCatalog {
    private static final Set<String> SPRING_DATA_REPOSITORIES = Set.of(
            "org.springframework.data.repository.Repository",
            "org.springframework.data.repository.CrudRepository",
            "org.springframework.data.repository.ListCrudRepository",
            "org.springframework.data.repository.PagingAndSortingRepository",
            "org.springframework.data.repository.ListPagingAndSortingRepository",
            "org.springframework.data.jpa.repository.JpaRepository");
    /** Base interfaces of base interfaces: deeper than this is a cycle. */
    private static final int MAX_DEPTH = 16;

    /** An interface: its name, its type parameters' names and the types it extends. */
    record Declaration(String qualifiedName, List<String> typeParameters, List<Supertype> supertypes) {
    }

    /** An extended type: what its name may refer to, and its type arguments. */
    record Supertype(List<String> candidates, List<TypeArgument> arguments) {
    }

    /** A type argument as written ({@code name}, maybe a type variable) and what it may refer to. */
    record TypeArgument(String name, List<String> candidates) {
    }

    private final Map<String, Declaration> byName = new HashMap<>();

    RepositoryCatalog(List<Declaration> declarations) {
        declarations.forEach(d -> byName.put(d.qualifiedName(), d));
    }

    /** Candidate names of the entity the repository interface manages, if it is one. */
    Optional<List<String>> entityOf(String repository) {
        return entityOf(repository, Map.of(), 0);
    }

    private Optional<List<String>> entityOf(String name, Map<String, List<String>> bindings, int depth) {
        Declaration declaration = byName.get(name);
        if (declaration == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        for (Supertype supertype : declaration.supertypes()) {
            List<List<String>> arguments = supertype.arguments().stream()
                    .map(a -> bindings.getOrDefault(a.name(), a.candidates())).toList();
            if (supertype.candidates().stream().anyMatch(SPRING_DATA_REPOSITORIES::contains)) {
                if (!arguments.isEmpty()) {
                    return Optional.of(arguments.get(0));
                }
                continue;
            }
            Optional<Declaration> parent = supertype.candidates().stream().map(byName::get)
                    .filter(d -> d != null).findFirst();
            Optional<List<String>> entity = parent.flatMap(p -> entityOf(p.qualifiedName(),
                    bind(p.typeParameters(), arguments), depth + 1));
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> bind(List<String> parameters, List<List<String>> arguments) {
        Map<String, List<String>> bindings = new HashMap<>();
        for (int i = 0; i < Math.min(parameters.size(), arguments.size()); i++) {
            bindings.put(parameters.get(i), arguments.get(i));
        }
        return bindings;
    }
}
