package io.github.schemaguard.source.app;

import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.suppress.SuppressionDirective;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the readers of application SQL found.
 *
 * @param statements          every statement, in reading order
 * @param singleResultMethods {@code namespace.id} of the statements whose callers expect one row, learned from
 *                            where they are used (a mapper interface method returning one object, a MyBatis
 *                            {@code <association select>})
 * @param problems            unreadable files and malformed mapper XML
 * @param suppressions        the suppression comments of the files read
 * @param files               how many files were read
 */
public record ApplicationSqlRead(List<ApplicationSql> statements, Set<String> singleResultMethods,
                                 List<ParseProblem> problems, List<SuppressionDirective> suppressions, int files) {

    public static final ApplicationSqlRead NONE = new ApplicationSqlRead(List.of(), Set.of(), List.of(), List.of(), 0);

    public ApplicationSqlRead {
        statements = List.copyOf(statements);
        singleResultMethods = Set.copyOf(singleResultMethods);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }

    /** Both readings together, this one's first. */
    public ApplicationSqlRead plus(ApplicationSqlRead other) {
        Set<String> single = new TreeSet<>(singleResultMethods);
        single.addAll(other.singleResultMethods);
        return new ApplicationSqlRead(concat(statements, other.statements), single,
                concat(problems, other.problems), concat(suppressions, other.suppressions), files + other.files);
    }

    /** The statements, each one a single-result method declares marked as such. */
    public List<ApplicationSql> markedStatements() {
        return statements.stream().map(s -> singleResultMethods.contains(s.origin()) ? s.withSingleResult(true) : s)
                .toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
