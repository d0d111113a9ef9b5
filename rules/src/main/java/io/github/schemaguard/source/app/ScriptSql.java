package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MyBatis annotations whose text is a {@code <script>}: dynamic SQL, flattened the way mapper XML is (without
 * {@code <include>}, which a script cannot resolve against a mapper file).
 */
final class ScriptSql {

    private static final String SCRIPT = "<script>";

    private ScriptSql() {
    }

    /** The statements with every script replaced by its variants; a malformed script is a problem at its annotation. */
    static ApplicationSqlRead flatten(List<ApplicationSql> statements, Set<String> singleResultMethods,
                                      List<ParseProblem> javaProblems, int files) {
        List<ApplicationSql> flat = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>(javaProblems);
        for (ApplicationSql statement : statements) {
            if (!statement.sql().strip().startsWith(SCRIPT)) {
                flat.add(statement);
                continue;
            }
            try {
                XmlNode.Element script = XmlFile.parse(statement.sql().strip()).root();
                DynamicSql.variants(script, refid -> null, MapperXmlSource.MAX_VARIANTS).stream()
                        .filter(sql -> !sql.isEmpty())
                        .map(sql -> new ApplicationSql(sql, statement.location(), statement.origin(),
                                statement.singleResult()))
                        .forEach(flat::add);
            } catch (XMLStreamException e) {
                Location at = statement.location();
                problems.add(new ParseProblem(at, "malformed <script>: " + MapperXmlSource.xmlMessage(e),
                        statement.sql().strip().lines().findFirst().orElse("")));
            }
        }
        return new ApplicationSqlRead(flat, singleResultMethods, problems, List.of(), files);
    }
}
