package io.github.schemaguard.source.live;

import java.io.IOException;

/**
 * A live database that could not be connected to or read: an I/O failure like an unreadable DDL file. The message
 * is one line naming the database and the cause, fit for a build log; it never holds a password, and neither does
 * the cause's text.
 */
public final class LiveDatabaseException extends IOException {

    private static final long serialVersionUID = 1L;

    LiveDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
