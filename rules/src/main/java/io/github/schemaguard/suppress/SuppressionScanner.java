package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds suppression comments in a SQL file. Only real {@code --} comments count: the text is lexed far
 * enough to step over string literals, quoted names, dollar quotes and block comments, where {@code --}
 * is just text.
 */
public final class SuppressionScanner {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*schemaguard:(ignore-file|ignore)\\s+([\\w-]+(?:\\s*,\\s*[\\w-]+)*)(.*)$");
    private static final Pattern UNTIL = Pattern.compile("\\buntil:\\s*(\\S*)");
    private static final Pattern REASON = Pattern.compile("\\breason:(.*)$");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]\\w*\\$|\\$\\$");

    private final String file;
    private final String text;
    private final boolean backslashEscapes;
    private final int[] lineStarts;
    private final TreeSet<Integer> codeLines = new TreeSet<>();
    private final List<Comment> comments = new ArrayList<>();

    private record Comment(int line, int column, String text, boolean afterCode) {
    }

    private SuppressionScanner(String file, String text, boolean backslashEscapes) {
        this.file = file;
        this.text = text;
        this.backslashEscapes = backslashEscapes;
        this.lineStarts = lineStarts(text);
    }

    /**
     * The directives of one file, in file order.
     *
     * @param backslashEscapes whether {@code \'} inside a string literal is an escaped quote (MySQL)
     */
    public static List<SuppressionDirective> scan(String file, String text, boolean backslashEscapes) {
        SuppressionScanner scanner = new SuppressionScanner(file, text, backslashEscapes);
        scanner.lex();
        return scanner.directives();
    }

    private void lex() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                int line = lineOf(i);
                comments.add(new Comment(line, i - lineStarts[line - 1] + 1, text.substring(i, end).strip(),
                        codeLines.contains(line)));
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                codeLines.add(lineOf(i));
                i = skipCode(i);
            }
        }
    }

    /** Skips one literal, quoted name or dollar-quoted body at {@code i}, else one character. */
    private int skipCode(int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != c) {
                j += c == '\'' && backslashEscapes && text.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, text.length());
        }
        if (c == '$') {
            Matcher tag = DOLLAR_TAG.matcher(text).region(i, text.length());
            if (tag.lookingAt()) {
                int end = text.indexOf(tag.group(), tag.end());
                return end < 0 ? text.length() : end + tag.group().length();
            }
        }
        return i + 1;
    }

    private List<SuppressionDirective> directives() {
        List<SuppressionDirective> directives = new ArrayList<>();
        for (Comment comment : comments) {
            directive(comment.text().substring(2), Location.of(file, comment.line(), comment.column()),
                    targetLine(comment)).ifPresent(directives::add);
        }
        return directives;
    }

    /**
     * The directive a comment holds, if any: the same grammar in SQL's {@code --} comments and in XML's
     * {@code <!-- -->} comments.
     *
     * @param text       the comment's text without its markers
     * @param location   where the comment starts
     * @param targetLine the line an {@code ignore} directive suppresses findings on (-1: none)
     */
    public static Optional<SuppressionDirective> directive(String text, Location location, int targetLine) {
        Matcher directive = DIRECTIVE.matcher(text.strip());
        if (!directive.matches()) {
            return Optional.empty();
        }
        boolean fileWide = directive.group(1).equals("ignore-file");
        String rest = directive.group(3);
        Matcher until = UNTIL.matcher(rest);
        String untilText = until.find() ? until.group(1) : null;
        Matcher reason = REASON.matcher(untilText == null ? rest : until.replaceFirst(""));
        List<String> ruleIds = Arrays.stream(directive.group(2).split(",")).map(String::strip).toList();
        return Optional.of(new SuppressionDirective(location, fileWide, fileWide ? 0 : targetLine, ruleIds,
                reason.find() ? reason.group(1).strip() : "", untilText));
    }

    /** The comment's own line when code precedes it there, else the next line with code. */
    private int targetLine(Comment comment) {
        if (comment.afterCode()) {
            return comment.line();
        }
        Integer next = codeLines.higher(comment.line());
        return next == null ? -1 : next;
    }

    private int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
