package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.DdlFileReader;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.suppress.SuppressionDirective;
import io.github.schemaguard.suppress.SuppressionScanner;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the statements of MyBatis mapper XML files, and the suppression comments before them
 * ({@code <!-- schemaguard:ignore rule-id reason: ... -->} on the line before the element). XML files whose root is not {@code <mapper>} (a MyBatis
 * or Spring configuration in the same folder) are passed over. {@code <sql>} fragments are shared by all the
 * files read, so {@code <include refid="other.Mapper.columns">} resolves across mappers too.
 */
public final class MapperXmlSource {

    /** A statement with more {@code <choose>} branches than this is checked in its first ones only. */
    static final int MAX_VARIANTS = 8;
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("select", "insert", "update", "delete");

    private record Mapper(String file, String namespace, XmlFile xml) {
    }

    private final List<ParseProblem> problems = new ArrayList<>();
    private final Map<String, XmlNode.Element> fragments = new HashMap<>();

    private MapperXmlSource() {
    }

    /**
     * @param baseDirectory the directory locations are reported relative to
     * @param files         candidate mapper files, in a stable order
     */
    public static ApplicationSqlRead read(Path baseDirectory, List<Path> files) {
        MapperXmlSource source = new MapperXmlSource();
        List<Mapper> mappers = new ArrayList<>();
        for (Path file : files) {
            source.parse(DdlSource.displayName(baseDirectory, file), file).ifPresent(mappers::add);
        }
        List<ApplicationSql> statements = new ArrayList<>();
        Set<String> singleResults = new TreeSet<>();
        List<SuppressionDirective> suppressions = new ArrayList<>();
        for (Mapper mapper : mappers) {
            suppressions.addAll(suppressions(mapper));
            for (XmlNode.Element element : mapper.xml().root().elements()) {
                // A stored procedure call ({call p(?)}) says nothing about the rows a statement keys by.
                if (STATEMENT_ELEMENTS.contains(element.name()) && element.attribute("id") != null
                        && !"CALLABLE".equalsIgnoreCase(element.attribute("statementType"))) {
                    statements.addAll(source.statements(mapper, element));
                }
            }
            collectAssociationSelects(mapper, mapper.xml().root(), singleResults);
        }
        return new ApplicationSqlRead(statements, singleResults, source.problems, suppressions, mappers.size());
    }

    /** {@code <!-- schemaguard:ignore rule-id reason: ... -->} applies to the element after it. */
    private static List<SuppressionDirective> suppressions(Mapper mapper) {
        return mapper.xml().comments().stream().flatMap(comment -> SuppressionScanner.directive(comment.text(),
                Location.of(mapper.file(), comment.line(), 1), comment.nextElementLine()).stream()).toList();
    }

    private Optional<Mapper> parse(String name, Path file) {
        try {
            XmlFile xml = XmlFile.parse(DdlFileReader.read(file));
            if (!xml.root().name().equals("mapper")) {
                return Optional.empty();
            }
            String namespace = xml.root().attribute("namespace") == null ? "" : xml.root().attribute("namespace");
            Mapper mapper = new Mapper(name, namespace, xml);
            xml.root().elements().stream().filter(e -> e.name().equals("sql") && e.attribute("id") != null)
                    .forEach(e -> fragments.put(qualified(mapper, e.attribute("id")), e));
            return Optional.of(mapper);
        } catch (IOException e) {
            problems.add(new ParseProblem(Location.of(name, 1, 1), e.getMessage(), ""));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            problems.add(new ParseProblem(Location.of(name, line, 1), "malformed XML: " + xmlMessage(e), ""));
        }
        return Optional.empty();
    }

    private List<ApplicationSql> statements(Mapper mapper, XmlNode.Element element) {
        String origin = qualified(mapper, element.attribute("id"));
        Location location = Location.of(mapper.file(), element.line(), 1);
        return DynamicSql.variants(element, refid -> fragments.get(qualified(mapper, refid)), MAX_VARIANTS).stream()
                .filter(sql -> !sql.isEmpty())
                .map(sql -> new ApplicationSql(sql, location, origin, false)).toList();
    }

    /**
     * A nested select of an {@code <association>} must return one row: MyBatis fails with "more than one row"
     * otherwise, so the statement it names is a single-result statement.
     */
    private static void collectAssociationSelects(Mapper mapper, XmlNode.Element element, Set<String> singleResults) {
        for (XmlNode.Element child : element.elements()) {
            if (child.name().equals("association") && child.attribute("select") != null) {
                singleResults.add(qualified(mapper, child.attribute("select")));
            }
            collectAssociationSelects(mapper, child, singleResults);
        }
    }

    /** A statement or fragment id as MyBatis resolves it: ids without a dot belong to the mapper's namespace. */
    private static String qualified(Mapper mapper, String id) {
        String trimmed = id.strip();
        return trimmed.contains(".") || mapper.namespace().isEmpty() ? trimmed : mapper.namespace() + "." + trimmed;
    }

    /** The JDK's message without its "ParseError at [row,col]:[3,5] Message:" preamble. */
    static String xmlMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
        int start = message.indexOf("Message:");
        return (start < 0 ? message : message.substring(start + "Message:".length())).strip();
    }
}
