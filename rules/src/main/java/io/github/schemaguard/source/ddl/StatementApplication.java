package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Applies schema statements to one schema in migration order, while the next few are already being parsed
 * on the other core: parsing is pure and dominates the time; applying stays strictly in order.
 */
final class StatementApplication implements AutoCloseable {
    /** How many statements may be parsed ahead of the one being applied: one per core of a typical CI runner. */
    private static final int PARSE_AHEAD = 2;

    private final StatementParser parser;
    private final StatementReader reader;
    private final SchemaBuilder schema;
    private final Deque<Future<StatementReader.Parsed>> pending = new ArrayDeque<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Dialect dialect;

    StatementApplication(Dialect dialect, RoutineTexts routines) {
        this.dialect = dialect;
        this.schema = new SchemaBuilder(routines);
        this.parser = new StatementParser(StatementParser.DEFAULT_TIMEOUT_MILLIS, dialect == Dialect.MYSQL);
        this.reader = new StatementReader(parser, dialect);
    }

    /** Queues a schema statement; statements are applied in the order they are queued. */
    void add(SqlStatement statement) {
        SqlStatement prepared = ExecutableComments.unwrap(statement);
        pending.add(parser.submit(() -> reader.parse(prepared)));
        if (pending.size() > PARSE_AHEAD) {
            applyNext();
        }
    }

    /** The schema after every queued statement; problems for those no reader understood. */
    Schema finish() {
        while (!pending.isEmpty()) {
            applyNext();
        }
        return schema.freeze(dialect);
    }

    List<ParseProblem> problems() {
        return problems;
    }

    private void applyNext() {
        StatementReader.Parsed parsed = await(pending.poll());
        SqlStatement source = parsed.source();
        reader.apply(parsed, schema).ifPresent(cause ->
                problems.add(new ParseProblem(source.location(), cause, SqlText.excerpt(source.text()))));
    }

    private static StatementReader.Parsed await(Future<StatementReader.Parsed> parse) {
        try {
            return parse.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading DDL", e);
        } catch (ExecutionException e) {
            // parse() reports parser failures as values; anything else is a bug worth surfacing
            throw new IllegalStateException("Reading a DDL statement failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
