package io.github.schemaguard.source.app;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the table and column names of a JPA entity class (jakarta or javax persistence annotations). */
final class EntityReader {
    private static final List<String> ENTITY = persistence("Entity");
    private static final List<String> MAPPED_SUPERCLASS = persistence("MappedSuperclass");
    private static final List<String> TABLE = persistence("Table");
    private static final List<String> COLUMN = persistence("Column");
    private static final List<String> JOIN_COLUMN = persistence("JoinColumn");
    private static final List<String> TRANSIENT = persistence("Transient");
    /** Properties without a column of their own in the entity's table (or without a name we can know). */
    private static final List<String> NO_OWN_COLUMN = persistence("OneToMany", "ManyToMany", "ManyToOne",
            "OneToOne", "Embedded", "EmbeddedId", "ElementCollection");

    private EntityReader() {
    }

    static Optional<EntityMapping> read(ClassOrInterfaceDeclaration type, TypeScope scope) {
        Optional<AnnotationExpr> entity = scope.annotation(type, ENTITY);
        if (entity.isEmpty() && !scope.hasAnnotation(type, MAPPED_SUPERCLASS)) {
            return Optional.empty();
        }
        String jpqlName = entity.flatMap(e -> nonBlank(e, "name")).orElse(type.getNameAsString());
        String table = entity.isEmpty() ? null : scope.annotation(type, TABLE).flatMap(t -> nonBlank(t, "name"))
                .orElseGet(() -> SpringNaming.physicalName(jpqlName));
        List<String> superclass = type.getExtendedTypes().stream().findFirst()
                .map(t -> scope.candidates(t.getNameWithScope())).orElse(List.of());
        String qualifiedName = scope.qualifiedName(type);
        return Optional.of(new EntityMapping(qualifiedName, jpqlName, table, superclass, columns(type, scope)));
    }

    private static Map<String, String> columns(ClassOrInterfaceDeclaration type, TypeScope scope) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic() || field.isTransient() || scope.hasAnnotation(field, TRANSIENT)) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                column(field, variable.getNameAsString(), scope).ifPresent(c -> columns.put(variable.getNameAsString(), c));
            }
        }
        return columns;
    }

    private static Optional<String> column(FieldDeclaration field, String property, TypeScope scope) {
        Optional<String> joinColumn = scope.annotation(field, JOIN_COLUMN).flatMap(a -> nonBlank(a, "name"));
        if (joinColumn.isPresent()) {
            return joinColumn;
        }
        if (scope.hasAnnotation(field, NO_OWN_COLUMN)) {
            return Optional.empty();
        }
        return Optional.of(scope.annotation(field, COLUMN).flatMap(a -> nonBlank(a, "name"))
                .orElseGet(() -> SpringNaming.physicalName(property)));
    }

    private static Optional<String> nonBlank(AnnotationExpr annotation, String attribute) {
        return AnnotationStrings.text(annotation, attribute).filter(s -> !s.isBlank());
    }

    private static List<String> persistence(String... simpleNames) {
        return Arrays.stream(simpleNames)
                .flatMap(n -> Stream.of("jakarta.persistence." + n, "javax.persistence." + n))
                .toList();
    }
}
