package io.github.schemaguard.source.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the files read so far declare; collected file by file, resolved once all are read. */
final class SourceFacts {
    final List<SqlCandidate> candidates = new ArrayList<>();
    final List<EntityMapping> entities = new ArrayList<>();
    final List<RepositoryCatalog.Declaration> interfaces = new ArrayList<>();
    final Set<String> singleResultMethods = new HashSet<>();

    void add(SourceFacts other) {
        candidates.addAll(other.candidates);
        entities.addAll(other.entities);
        interfaces.addAll(other.interfaces);
        singleResultMethods.addAll(other.singleResultMethods);
    }
}
