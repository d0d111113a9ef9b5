package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Location;

/**
 * One statement cut from a file by the splitter, without its terminator.
 *
 * @param file   the file path as reported (relative to the project, '/' separators)
 * @param text   the statement text, comments inside it kept, line endings normalised to '\n'
 * @param line   1-based line of the statement's first character in the file
 * @param column 1-based column of the statement's first character
 */
public record SqlStatement(String file, String text, int line, int column) {

    public Location location() {
        return Location.of(file, line, column);
    }

    /** The file position of the character at {@code offset} in {@link #text()}. */
    public Location locationOf(int offset) {
        int l = line;
        int c = column;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return Location.of(file, l, c);
    }
}
