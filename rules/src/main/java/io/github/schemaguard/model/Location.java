package io.github.schemaguard.model;

/**
 * Where a model element or finding comes from: a file position for DDL (path relative to the
 * project, 1-based line and column) or a logical address for live objects (line 0).
 */
public record Location(String file, int line, int column) {

    public static final Location UNKNOWN = new Location("", 0, 0);

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** The checkstyle-style rendering users know: {@code path/File.sql:[12,3]}. */
    public String render() {
        return hasPosition() ? file + ":[" + line + "," + column + "]" : file;
    }
}
