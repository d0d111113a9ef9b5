package io.github.schemaguard.source.app;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a type name written in one Java file may refer to, from its package and imports. No symbol solver:
 * a name gives the fully qualified candidates in Java's lookup order, and the caller keeps the first it knows.
 * That tells {@code org.springframework.data.jpa.repository.Query} from a Mongo {@code @Query}.
 */
final class TypeScope {
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemandPackages = new ArrayList<>();

    TypeScope(CompilationUnit unit) {
        packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isStatic()) {
                continue;
            }
            String name = declaration.getNameAsString();
            if (declaration.isAsterisk()) {
                onDemandPackages.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    /** Fully qualified names {@code name} may mean, most likely first. */
    List<String> candidates(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String imported = singleImports.get(first);
        if (imported != null) {
            return List.of(imported + name.substring(first.length()));
        }
        List<String> candidates = new ArrayList<>();
        if (dot > 0) {
            candidates.add(name);
        }
        candidates.add(qualified(name));
        onDemandPackages.forEach(p -> candidates.add(p + "." + name));
        return candidates;
    }

    /** The name a type declared in this file under {@code simpleName} gets. */
    String qualified(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The fully qualified name of a type declared in this file (nested types included). */
    String qualifiedName(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().orElseGet(() -> qualified(type.getNameAsString()));
    }

    boolean refersTo(AnnotationExpr annotation, String qualifiedName) {
        return candidates(annotation.getNameAsString()).contains(qualifiedName);
    }

    /** The first annotation on {@code node} that is one of {@code qualifiedNames}. */
    Optional<AnnotationExpr> annotation(NodeWithAnnotations<?> node, List<String> qualifiedNames) {
        return node.getAnnotations().stream()
                .filter(a -> qualifiedNames.stream().anyMatch(name -> refersTo(a, name)))
                .findFirst();
    }

    boolean hasAnnotation(NodeWithAnnotations<?> node, List<String> qualifiedNames) {
        return annotation(node, qualifiedNames).isPresent();
    }
}
