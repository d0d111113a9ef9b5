package io.github.schemaguard.source.ddl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a DDL file as text. Real dumps are sometimes saved in a legacy encoding or carry a BOM:
 * neither may stop the lint, so malformed bytes become U+FFFD instead of an exception.
 */
public final class DdlFileReader {
    private static final char BOM = '\uFEFF';

    private DdlFileReader() {
    }

    /** The file's content as UTF-8 without a leading BOM; only I/O failures throw, naming the file. */
    public static String read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("Cannot read " + file + ": " + describe(e), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // replaces malformed bytes, never throws
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The JDK's messages for these two repeat the path and say nothing else. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
