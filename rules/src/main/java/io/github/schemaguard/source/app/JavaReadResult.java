package io.github.schemaguard.source.app;

import io.github.schemaguard.source.ParseProblem;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Java sources say about the SQL the application runs.
 *
 * @param statements          the SQL found, in file order (relative path), then declaration order
 * @param singleResultMethods {@code fully.qualified.Interface.method} of every abstract interface method whose
 *                            return type holds at most one row, so a mapper XML {@code <select>} whose
 *                            namespace and id name it can be marked single-result; sorted
 * @param problems            Java files that could not be parsed (their SQL is missing from the rest)
 */
public record JavaReadResult(List<ApplicationSql> statements, Set<String> singleResultMethods,
                             List<ParseProblem> problems) {

    public JavaReadResult {
        statements = List.copyOf(statements);
        singleResultMethods = Collections.unmodifiableSet(new TreeSet<>(singleResultMethods));
        problems = List.copyOf(problems);
    }
}
