package io.github.schemaguard.source.app;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.DdlSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the SQL Java code runs: MyBatis statement annotations, Spring Data {@code @Query} (native SQL, or JPQL
 * translated with the entities of the same sources) and Spring Data derived query methods. Files are read once;
 * JPQL and derived queries are resolved after all files, since entities and repositories live in other files.
 *
 * <p>What cannot be known for certain is left out rather than guessed, without a problem: SQL built at run time
 * ({@code @SelectProvider} and friends), annotation values using constants of other classes, JPQL beyond the
 * subset {@link JpqlTranslator} translates, derived queries on nested properties or with operators without a
 * certain SQL, and entities whose table depends on an inheritance strategy.
 */
public final class JavaSources {
    private JavaSources() {
    }

    /**
     * @param baseDirectory the directory locations are reported relative to
     * @param roots         source directories (or single files) to read {@code .java} files from
     */
    public static JavaReadResult read(Path baseDirectory, List<Path> roots) {
        List<ParseProblem> problems = new ArrayList<>();
        SourceFacts facts = new SourceFacts();
        JavaFileParser parser = new JavaFileParser();
        for (Path file : files(baseDirectory, roots, problems)) {
            read(parser, file, DdlSource.displayName(baseDirectory, file), facts, problems);
        }
        EntityCatalog entities = new EntityCatalog(facts.entities);
        RepositoryCatalog repositories = new RepositoryCatalog(facts.interfaces);
        List<ApplicationSql> statements = facts.candidates.stream()
                .map(candidate -> candidate.resolve(entities, repositories))
                .flatMap(Optional::stream).toList();
        return new JavaReadResult(statements, facts.singleResultMethods, problems);
    }

    /** Each file once, in path order; a root that cannot be listed is a problem and the others are read. */
    private static Set<Path> files(Path baseDirectory, List<Path> roots, List<ParseProblem> problems) {
        Set<Path> files = new TreeSet<>();
        for (Path root : roots) {
            try {
                files.addAll(JavaSourceFiles.find(root));
            } catch (IOException e) {
                problems.add(new ParseProblem(Location.of(DdlSource.displayName(baseDirectory, root), 0, 0),
                        "Cannot list Java sources: " + e.getMessage(), ""));
            }
        }
        return files;
    }

    /**
     * Adds what one file declares, all or nothing. Generated code can nest deeper than the parser's recursion
     * goes (a concatenation of thousands of strings): that file becomes a problem, the build goes on.
     */
    private static void read(JavaFileParser parser, Path file, String name, SourceFacts facts,
                             List<ParseProblem> problems) {
        SourceFacts fileFacts = new SourceFacts();
        try {
            parser.parse(file, name, problems).ifPresent(unit -> collect(unit, name, fileFacts));
            facts.add(fileFacts);
        } catch (StackOverflowError e) {
            problems.add(new ParseProblem(Location.of(name, 1, 1), "Too deeply nested to read", ""));
        } catch (RuntimeException e) {
            problems.add(new ParseProblem(Location.of(name, 1, 1), "Cannot read: " + e, ""));
        }
    }

    private static void collect(CompilationUnit unit, String file, SourceFacts facts) {
        TypeScope scope = new TypeScope(unit);
        InterfaceReader interfaces = new InterfaceReader(scope, file, facts);
        for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
            if (type.isInterface()) {
                interfaces.read(type);
            } else {
                EntityReader.read(type, scope).ifPresent(facts.entities::add);
            }
        }
    }
}
