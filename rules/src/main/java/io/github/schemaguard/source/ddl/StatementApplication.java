package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies schema statements to one schema in migration order. Parsing is pure and dominates the time, so
 * one worker per core parses statements ahead, taking the next unparsed one as it frees up; applying stays
 * on the calling thread, strictly in order.
 */
final class StatementApplication implements AutoCloseable {
    private static final int MAX_WORKERS = 4;
    /** A parse that ignores the parser's interrupt flag must still not hang the build. */
    private static final long WAIT_SLACK_MILLIS = 2_000;

    private final StatementParser parser;
    private final StatementReader reader;
    private final SchemaBuilder schema;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Dialect dialect;
    private final ExecutorService workers;
    private final int workerCount = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));

    StatementApplication(Dialect dialect, RoutineTexts routines) {
        this.dialect = dialect;
        this.schema = new SchemaBuilder(routines);
        this.parser = new StatementParser(StatementParser.DEFAULT_TIMEOUT_MILLIS, dialect == Dialect.MYSQL);
        this.reader = new StatementReader(parser, dialect);
        this.workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "schemaguard-sql-parser");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Parses and applies the statements in order; returns the schema after all of them. */
    Schema apply(List<SqlStatement> statements) {
        List<CompletableFuture<StatementReader.Parsed>> parsed = new ArrayList<>(statements.size());
        statements.forEach(s -> parsed.add(new CompletableFuture<>()));
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < workerCount; w++) {
            workers.execute(() -> parseAll(statements, parsed, next));
        }
        for (int i = 0; i < statements.size(); i++) {
            applyParsed(statements.get(i), parsed.get(i));
        }
        return schema.freeze(dialect);
    }

    List<ParseProblem> problems() {
        return problems;
    }

    private void parseAll(List<SqlStatement> statements, List<CompletableFuture<StatementReader.Parsed>> parsed,
                          AtomicInteger next) {
        for (int i = next.getAndIncrement(); i < statements.size(); i = next.getAndIncrement()) {
            try {
                parsed.get(i).complete(reader.parse(ExecutableComments.unwrap(statements.get(i))));
            } catch (RuntimeException | Error e) {
                parsed.get(i).completeExceptionally(e);
            }
        }
    }

    private void applyParsed(SqlStatement statement, CompletableFuture<StatementReader.Parsed> parse) {
        try {
            StatementReader.Parsed result = parse.get(
                    StatementParser.DEFAULT_TIMEOUT_MILLIS * 2 + WAIT_SLACK_MILLIS, TimeUnit.MILLISECONDS);
            reader.apply(result, schema).ifPresent(cause -> problem(statement, cause));
        } catch (TimeoutException e) {
            problem(statement, "parsing did not finish in time");
        } catch (ExecutionException e) {
            problem(statement, "the SQL parser failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading DDL", e);
        }
    }

    private void problem(SqlStatement statement, String cause) {
        problems.add(new ParseProblem(statement.location(), ParserMessages.withFilePositions(cause, statement),
                SqlText.excerpt(statement.text())));
    }

    @Override
    public void close() {
        workers.shutdownNow();
        parser.close();
    }
}
