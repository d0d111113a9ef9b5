package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Location;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSqlParser counts lines and columns from the start of the statement it was given; users look at the
 * file. Its positions are rewritten to file positions, so "at line 2, column 41" points where the editor does.
 */
final class ParserMessages {
    private static final Pattern POSITION = Pattern.compile("(?i)\\bline (\\d+), column (\\d+)");

    private ParserMessages() {
    }

    static String withFilePositions(String message, SqlStatement statement) {
        Matcher position = POSITION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (position.find()) {
            Location inFile = statement.locationOf(offset(statement.text(),
                    Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2))));
            position.appendReplacement(out, "line " + inFile.line() + ", column " + inFile.column());
        }
        return position.appendTail(out).toString();
    }

    /** The offset of 1-based {@code line} and {@code column} in {@code text}, clamped to the text. */
    private static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); l++) {
            int newline = text.indexOf('\n', offset);
            offset = newline < 0 ? text.length() : newline + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }
}
