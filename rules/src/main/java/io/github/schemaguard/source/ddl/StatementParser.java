package io.github.schemaguard.source.ddl;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * One JSqlParser call per statement, bounded in time, on the calling thread. JSqlParser's own time limit
 * hands every statement to an executor thread and back; here one watchdog thread instead raises the
 * parser's {@code interrupted} flag (which JSqlParser polls) once a parse passes its deadline, so parsing
 * thousands of statements costs no thread hand-offs. Safe to use from several threads at once.
 */
public final class StatementParser implements AutoCloseable {
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
    private static final long MAX_TICK_MILLIS = 100;

    static {
        // JSqlParser logs every retry at INFO; users should see our parse problems, not its chatter.
        CCJSqlParserUtil.LOGGER.setLevel(Level.OFF);
    }

    private record Watch(CCJSqlParser parser, long deadlineNanos) {
    }

    private final long timeoutMillis;
    private final boolean backslashEscapes;
    private final Map<Thread, Watch> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "schemaguard-parse-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** @param backslashEscapes whether {@code \'} inside a string is an escaped quote, as in MySQL */
    public StatementParser(long timeoutMillis, boolean backslashEscapes) {
        this.timeoutMillis = timeoutMillis;
        this.backslashEscapes = backslashEscapes;
        long tick = Math.max(1, Math.min(timeoutMillis / 4, MAX_TICK_MILLIS));
        watchdog.scheduleAtFixedRate(this::interruptOverdue, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * The parsed statement; a failure or timeout comes back as the exception with the parser's message.
     * Like JSqlParser's own entry point, a statement the simple grammar rejects is tried once more with
     * complex parsing. JSqlParser answers some statements it cannot read with an {@link UnsupportedStatement}
     * instead of an error: that is a failure too, or a CREATE TABLE would silently yield nothing.
     */
    public Statement parse(String sql) throws JSQLParserException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Statement statement;
        try {
            statement = parseWatched(sql, false, deadline);
        } catch (JSQLParserException simple) {
            if (System.nanoTime() > deadline) {
                throw timedOut();
            }
            statement = parseWatched(sql, true, deadline);
        }
        if (System.nanoTime() > deadline) {
            // The parser does not poll its flag everywhere: a late answer is a timeout all the same.
            throw timedOut();
        }
        if (statement instanceof UnsupportedStatement) {
            throw new JSQLParserException("statement not supported by the SQL parser");
        }
        return statement;
    }

    private Statement parseWatched(String sql, boolean complex, long deadline) throws JSQLParserException {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql)
                .withAllowComplexParsing(complex)
                .withBackslashEscapeCharacter(backslashEscapes);
        running.put(Thread.currentThread(), new Watch(parser, deadline));
        try {
            return parser.Statement();
        } catch (Exception | StackOverflowError e) {
            throw parser.interrupted ? timedOut() : new JSQLParserException(e.getMessage(), e);
        } finally {
            running.remove(Thread.currentThread());
        }
    }

    private JSQLParserException timedOut() {
        return new JSQLParserException("Time out occurred: parsing took longer than " + timeoutMillis + " ms");
    }

    private void interruptOverdue() {
        long now = System.nanoTime();
        running.values().forEach(watch -> {
            if (now > watch.deadlineNanos()) {
                watch.parser().interrupted = true;
            }
        });
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
