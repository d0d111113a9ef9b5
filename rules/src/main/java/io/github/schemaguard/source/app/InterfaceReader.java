package io.github.schemaguard.source.app;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.app.RepositoryCatalog.Supertype;
import io.github.schemaguard.source.app.RepositoryCatalog.TypeArgument;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the SQL an interface's methods declare: MyBatis {@code @Select/@Update/@Delete/@Insert}, Spring Data
 * {@code @Query} (JPA, JDBC, R2DBC) and {@code @NativeQuery}, and derived query method names. The provider
 * annotations ({@code @SelectProvider}...) build SQL in Java code at run time and are not read.
 */
final class InterfaceReader {
    private static final String MYBATIS = "org.apache.ibatis.annotations.";
    private static final List<String> MYBATIS_STATEMENTS = List.of(MYBATIS + "Select", MYBATIS + "Update",
            MYBATIS + "Delete", MYBATIS + "Insert");
    private static final String JPA_QUERY = "org.springframework.data.jpa.repository.Query";
    /** Annotations whose value is always SQL with named or positional parameters. */
    private static final List<String> NATIVE_QUERIES = List.of("org.springframework.data.jpa.repository.NativeQuery",
            "org.springframework.data.jdbc.repository.query.Query", "org.springframework.data.r2dbc.repository.Query");
    private static final List<String> MYBATIS_PROVIDERS = List.of(MYBATIS + "SelectProvider",
            MYBATIS + "UpdateProvider", MYBATIS + "DeleteProvider", MYBATIS + "InsertProvider");
    private static final List<String> LOCK = List.of("org.springframework.data.jpa.repository.Lock");
    /** What a method runs when one of these is present, even one not read here, is not derived from its name. */
    private static final List<String> DEFINES_QUERY = Stream.of(MYBATIS_STATEMENTS, MYBATIS_PROVIDERS,
            NATIVE_QUERIES, List.of(JPA_QUERY, "org.springframework.data.jpa.repository.query.Procedure"))
            .flatMap(List::stream).toList();

    private final TypeScope scope;
    private final String file;
    private final SourceFacts facts;

    InterfaceReader(TypeScope scope, String file, SourceFacts facts) {
        this.scope = scope;
        this.file = file;
        this.facts = facts;
    }

    void read(ClassOrInterfaceDeclaration type) {
        String name = scope.qualifiedName(type);
        facts.interfaces.add(new RepositoryCatalog.Declaration(name,
                type.getTypeParameters().stream().map(TypeParameter::getNameAsString).toList(),
                type.getExtendedTypes().stream().map(this::supertype).toList()));
        for (MethodDeclaration method : type.getMethods()) {
            if (method.getBody().isEmpty() && !method.isStatic()) {
                read(name, method);
            }
        }
    }

    private void read(String typeName, MethodDeclaration method) {
        String origin = typeName + "." + method.getNameAsString();
        boolean oneRow = ResultShape.singleRow(method.getType());
        if (oneRow) {
            facts.singleResultMethods.add(origin);
        }
        for (AnnotationExpr annotation : method.getAnnotations()) {
            fromAnnotation(annotation, origin, oneRow, forUpdate(method)).ifPresent(facts.candidates::add);
        }
        if (!scope.hasAnnotation(method, DEFINES_QUERY)) {
            DerivedQuery.parse(method.getNameAsString()).ifPresent(query -> facts.candidates.add(
                    new SqlCandidate.Derived(typeName, query, location(method.getName()), origin, oneRow,
                            forUpdate(method))));
        }
    }

    private Optional<SqlCandidate> fromAnnotation(AnnotationExpr annotation, String origin, boolean oneRow,
                                                 boolean forUpdate) {
        Location location = location(annotation);
        if (MYBATIS_STATEMENTS.stream().anyMatch(n -> scope.refersTo(annotation, n))) {
            boolean select = scope.refersTo(annotation, MYBATIS + "Select");
            return AnnotationStrings.text(annotation, "value").map(sql -> new SqlCandidate.Ready(
                    new ApplicationSql(mybatisSql(sql), location, origin, select && oneRow)));
        }
        boolean jpa = scope.refersTo(annotation, JPA_QUERY);
        if (jpa && !AnnotationStrings.isTrue(annotation, "nativeQuery")) {
            return AnnotationStrings.text(annotation, "value")
                    .map(jpql -> new SqlCandidate.Jpql(jpql, location, origin, oneRow, forUpdate));
        }
        if (jpa || NATIVE_QUERIES.stream().anyMatch(n -> scope.refersTo(annotation, n))) {
            return AnnotationStrings.text(annotation, "value").map(sql -> new SqlCandidate.Ready(
                    new ApplicationSql(BindParameters.named(sql), location, origin, isSelect(sql) && oneRow)));
        }
        return Optional.empty();
    }

    /** {@code <script>} text is MyBatis dynamic SQL: kept as written for the mapper flattener. */
    private static String mybatisSql(String sql) {
        return sql.strip().startsWith("<script>") ? sql : BindParameters.mybatis(sql);
    }

    private static boolean isSelect(String sql) {
        String start = sql.stripLeading();
        return start.regionMatches(true, 0, "select", 0, 6) || start.regionMatches(true, 0, "with", 0, 4);
    }

    /** A pessimistic write lock makes Spring Data JPA read with {@code SELECT ... FOR UPDATE}. */
    private boolean forUpdate(MethodDeclaration method) {
        return scope.annotation(method, LOCK).flatMap(lock -> AnnotationStrings.attribute(lock, "value"))
                .map(mode -> mode.toString().endsWith("PESSIMISTIC_WRITE")
                        || mode.toString().endsWith("PESSIMISTIC_FORCE_INCREMENT"))
                .orElse(false);
    }

    private Supertype supertype(ClassOrInterfaceType type) {
        List<TypeArgument> arguments = type.getTypeArguments().map(list -> list.stream().map(argument ->
                argument instanceof ClassOrInterfaceType named
                        ? new TypeArgument(named.getNameWithScope(), scope.candidates(named.getNameWithScope()))
                        : new TypeArgument(argument.asString(), List.<String>of())).toList()).orElse(List.of());
        return new Supertype(scope.candidates(type.getNameWithScope()), arguments);
    }

    private Location location(Node node) {
        Position begin = node.getBegin().orElse(Position.HOME);
        return Location.of(file, begin.line, begin.column);
    }
}
