package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.statement.Statement;

import java.util.Optional;

/**
 * Understands one schema statement: JSqlParser first; on failure the statement is normalised (clauses
 * the model does not need are removed, column names quoted) and parsed once more; when that fails too,
 * the tolerant reader gets the constraint and index forms that dumps are full of.
 */
final class StatementReader {
    private final StatementParser parser;
    private final Dialect dialect;

    /**
     * The outcome of parsing: a statement, or the first parser message for the user; neither when the
     * statement was left to the token reader ({@link StatementClassifier#isTokenReadable}).
     */
    record Parsed(SqlStatement source, Statement statement, String failure) {
        boolean leftToTokenReader() {
            return statement == null && failure == null;
        }
    }

    StatementReader(StatementParser parser, Dialect dialect) {
        this.parser = parser;
        this.dialect = dialect;
    }

    /**
     * Parses without touching the schema, so that statements can be parsed ahead of applying. Runtime
     * exceptions count as parse failures: a parser bug must cost one statement, never the whole lint.
     */
    Parsed parse(SqlStatement statement) {
        if (StatementClassifier.isTokenReadable(statement.text())) {
            return new Parsed(statement, null, null);
        }
        return parseWithJsqlParser(statement);
    }

    private Parsed parseWithJsqlParser(SqlStatement statement) {
        try {
            return new Parsed(statement, parser.parse(StatementNormalizer.prepare(statement.text())), null);
        } catch (JSQLParserException | RuntimeException first) {
            try {
                String normalised = StatementNormalizer.normalize(statement.text(), dialect);
                if (!normalised.equals(statement.text())) {
                    return new Parsed(statement, parser.parse(normalised), null);
                }
            } catch (JSQLParserException | RuntimeException ignored) {
                // the first message describes the text the user wrote
            }
            return new Parsed(statement, null, SqlText.firstLine(first.getMessage()));
        }
    }

    /**
     * Applies a parsed statement in migration order; returns why it was not understood, or empty.
     * An AST shape the applier does not expect is handed to the tolerant reader like a parse failure.
     */
    Optional<String> apply(Parsed parsed, SchemaBuilder schema) {
        if (parsed.leftToTokenReader()) {
            if (readsWithTokens(parsed.source(), schema)) {
                return Optional.empty();
            }
            parsed = parseWithJsqlParser(parsed.source());
        }
        String failure = parsed.failure();
        if (parsed.statement() != null) {
            try {
                JsqlStatementApplier.apply(parsed.statement(), new StatementContext(parsed.source(), schema, dialect));
                return Optional.empty();
            } catch (RuntimeException e) {
                failure = "unexpected statement shape: " + e;
            }
        }
        try {
            boolean understood = TolerantReader.apply(new StatementContext(parsed.source(), schema, dialect));
            return understood ? Optional.empty() : Optional.of(failure);
        } catch (RuntimeException e) {
            return Optional.of(failure + " (tolerant reader: " + e + ")");
        }
    }

    /** The token reader's verdict; a bug in it must cost only this shortcut, so JSqlParser gets the statement. */
    private boolean readsWithTokens(SqlStatement statement, SchemaBuilder schema) {
        try {
            return TolerantReader.apply(new StatementContext(statement, schema, dialect));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
