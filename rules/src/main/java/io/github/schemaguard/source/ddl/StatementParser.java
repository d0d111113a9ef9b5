package io.github.schemaguard.source.ddl;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;

/**
 * One JSqlParser call per statement, bounded in time. All calls share one executor (JSqlParser runs
 * each parse on it to enforce the time limit), so reading many files does not start a thread per statement.
 */
final class StatementParser implements AutoCloseable {
    static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

    static {
        // JSqlParser logs every retry at INFO; users should see our parse problems, not its chatter.
        CCJSqlParserUtil.LOGGER.setLevel(Level.OFF);
    }

    private final ExecutorService executor;
    private final long timeoutMillis;
    private final boolean backslashEscapes;

    /** @param backslashEscapes whether {@code \'} inside a string is an escaped quote, as in MySQL */
    StatementParser(long timeoutMillis, boolean backslashEscapes) {
        this.timeoutMillis = timeoutMillis;
        this.backslashEscapes = backslashEscapes;
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "schemaguard-sql-parser");
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newCachedThreadPool(daemons);
    }

    /**
     * The parsed statement; a failure or timeout comes back as the exception with the parser's message.
     * JSqlParser answers some statements it cannot read with an {@link UnsupportedStatement} instead of an
     * error: that is a failure too, or a CREATE TABLE would silently yield nothing.
     */
    Statement parse(String sql) throws JSQLParserException {
        Statement statement = CCJSqlParserUtil.parse(sql, executor, parser -> parser.withTimeOut(timeoutMillis)
                .withBackslashEscapeCharacter(backslashEscapes));
        if (statement instanceof UnsupportedStatement) {
            throw new JSQLParserException("statement not supported by the SQL parser");
        }
        return statement;
    }

    /** Runs work on the shared executor, so that statements can be parsed ahead of being applied. */
    <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
