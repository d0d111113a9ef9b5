package io.github.schemaguard.source.app;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.DdlFileReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Parses Java files with one parser at the Java 17 language level; a file that does not parse is a problem. */
final class JavaFileParser {
    /** JavaParser lists every token it would have accepted; past this length the list says nothing more. */
    private static final int MAX_MESSAGE_LENGTH = 160;
    private static final int EXCERPT_LENGTH = 80;

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setAttributeComments(false));

    /**
     * The file's syntax tree; empty after adding the reason to {@code problems}, or for a file that has neither an
     * interface nor an entity. Parsing takes nearly all the time, and most files of a project (services,
     * controllers, DTOs) are skipped unparsed that way; their syntax errors are the compiler's business.
     */
    Optional<CompilationUnit> parse(Path file, String name, List<ParseProblem> problems) {
        String text;
        try {
            text = DdlFileReader.read(file);
        } catch (IOException e) {
            problems.add(new ParseProblem(Location.of(name, 1, 1), e.getMessage(), ""));
            return Optional.empty();
        }
        if (!mayDeclareSql(text)) {
            return Optional.empty();
        }
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (result.isSuccessful()) {
            return result.getResult();
        }
        Problem problem = result.getProblems().get(0);
        Position at = problem.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin).orElse(Position.HOME);
        problems.add(new ParseProblem(Location.of(name, at.line, at.column), message(problem), lineAt(text, at.line)));
        return Optional.empty();
    }

    private static String message(Problem problem) {
        String message = problem.getMessage().strip().lines().findFirst().orElse("does not parse");
        int expected = message.indexOf(", expected");
        return message.length() > MAX_MESSAGE_LENGTH && expected > 0 ? message.substring(0, expected) : message;
    }

    private static String lineAt(String text, int line) {
        String content = text.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
        return content.length() <= EXCERPT_LENGTH ? content : content.substring(0, EXCERPT_LENGTH) + "...";
    }

    /** Whether the text may declare what {@link JavaSources} reads: an interface or a JPA entity. */
    private static boolean mayDeclareSql(String text) {
        return text.contains("interface") || text.contains("Entity") || text.contains("MappedSuperclass");
    }
}
