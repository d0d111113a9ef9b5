package io.github.schemaguard.source.app;

import io.github.schemaguard.source.app.EntityCatalog.Table;
import io.github.schemaguard.source.app.QueryTokens.Kind;
import io.github.schemaguard.source.app.QueryTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the JPQL subset whose SQL is certain: entity names become tables, {@code alias.property} and
 * (with a single unaliased entity) bare properties become columns, parameters become {@code ?}. Anything
 * else (path joins, nested paths, constructor expressions, JPQL-only operators and functions, an unknown
 * entity or property) makes the whole query untranslatable: a wrong table or column would give a wrong finding.
 */
final class JpqlTranslator {
    /** Words JPQL and SQL share, kept as written. */
    private static final Set<String> SQL_WORDS = Set.of("select", "distinct", "from", "where", "and", "or", "not",
            "as", "update", "set", "delete", "join", "inner", "left", "right", "outer", "full", "cross", "on",
            "group", "by", "having", "order", "asc", "desc", "in", "between", "like", "escape", "is", "null",
            "true", "false", "exists", "all", "any", "some", "case", "when", "then", "else", "end", "nulls",
            "first", "last", "limit", "offset", "union", "intersect", "except", "current_date", "current_time",
            "current_timestamp");
    /** Functions of JPQL that have no SQL twin of the same meaning. */
    private static final Set<String> JPQL_FUNCTIONS = Set.of("size", "type", "treat", "key", "value", "entry",
            "index", "function", "new", "element", "elements", "indices", "object", "minelement", "maxelement",
            "minindex", "maxindex");

    private final EntityCatalog entities;
    private final List<Token> tokens;
    private final Map<Integer, String> declared = new HashMap<>();
    private final Map<String, Table> aliases = new HashMap<>();
    private final List<Table> unaliased = new ArrayList<>();

    private JpqlTranslator(EntityCatalog entities, String jpql) {
        this.entities = entities;
        this.tokens = QueryTokens.tokenize(jpql);
    }

    static Optional<String> toSql(String jpql, EntityCatalog entities) {
        JpqlTranslator translator = new JpqlTranslator(entities, jpql);
        return translator.declareRangeVariables() ? translator.render(jpql) : Optional.empty();
    }

    /** Reads every {@code FROM/UPDATE/JOIN Entity [AS] alias} list; false if an entity is unknown. */
    private boolean declareRangeVariables() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean from = token.isWord("from");
            if (!from && !token.isWord("update") && !token.isWord("join")) {
                continue;
            }
            int next = declare(i + 1);
            while (from && next > 0 && next < tokens.size() && tokens.get(next).isSymbol(',')) {
                next = declare(next + 1);
            }
            if (next < 0) {
                return false;
            }
        }
        return true;
    }

    /** Declares the entity at {@code index} and its alias; returns the index after them, or -1. */
    private int declare(int index) {
        if (index >= tokens.size() || tokens.get(index).kind() != Kind.WORD) {
            return -1;
        }
        Optional<Table> table = entities.byJpqlName(tokens.get(index).text());
        if (table.isEmpty()) {
            return -1;
        }
        declared.put(index, table.get().table());
        int next = index + 1;
        if (next < tokens.size() && tokens.get(next).isWord("as")) {
            next++;
        }
        Token alias = next < tokens.size() ? tokens.get(next) : null;
        if (alias != null && alias.kind() == Kind.WORD && !isSqlWord(alias) && !alias.text().contains(".")) {
            aliases.put(key(alias.text()), table.get());
            declared.put(next, alias.text());
            return next + 1;
        }
        unaliased.add(table.get());
        return next;
    }

    private Optional<String> render(String jpql) {
        StringBuilder sql = new StringBuilder();
        if (!tokens.isEmpty() && tokens.get(0).isWord("from")) {
            sql.append("SELECT * ");
        }
        boolean inSelectList = false;
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            inSelectList = token.isWord("select") || (inSelectList && !token.isWord("from"));
            String replacement = declared.containsKey(i) ? declared.get(i) : translate(i, inSelectList);
            if (replacement == null) {
                return Optional.empty();
            }
            sql.append(jpql, copied, token.start()).append(replacement);
            copied = token.end();
        }
        return Optional.of(sql.append(jpql.substring(copied)).toString());
    }

    /** The SQL for the token at {@code index}, or null when it has none for certain. */
    private String translate(int index, boolean inSelectList) {
        Token token = tokens.get(index);
        return switch (token.kind()) {
            case STRING, NUMBER -> token.text();
            case PARAMETER -> BindParameters.marker(tokens, index);
            case SYMBOL -> "{}\"`".contains(token.text()) ? null : token.text();
            case WORD -> token.text().contains(".") ? path(token.text()) : word(index, inSelectList);
        };
    }

    private String path(String path) {
        String[] parts = path.split("\\.");
        Table table = aliases.get(key(parts[0]));
        if (table == null || parts.length != 2) {
            return null;
        }
        String column = table.columns().get(parts[1]);
        return column == null ? null : parts[0] + "." + column;
    }

    private String word(int index, boolean inSelectList) {
        Token token = tokens.get(index);
        if (aliases.containsKey(key(token.text()))) {
            return aliasAsValue(index, inSelectList);
        }
        if (unaliased.size() == 1 && aliases.isEmpty() && unaliased.get(0).columns().containsKey(token.text())) {
            return unaliased.get(0).columns().get(token.text());
        }
        if (isSqlWord(token)) {
            return token.text();
        }
        boolean call = index + 1 < tokens.size() && tokens.get(index + 1).isSymbol('(');
        return call && !JPQL_FUNCTIONS.contains(key(token.text())) ? token.text() : null;
    }

    /** {@code select o} selects the entity's columns; {@code count(o)} counts its rows. */
    private String aliasAsValue(int index, boolean inSelectList) {
        String alias = tokens.get(index).text();
        boolean counted = index >= 2 && tokens.get(index - 1).isSymbol('(') && tokens.get(index - 2).isWord("count")
                && index + 1 < tokens.size() && tokens.get(index + 1).isSymbol(')');
        if (counted) {
            return "*";
        }
        return inSelectList ? alias + ".*" : null;
    }

    private static boolean isSqlWord(Token token) {
        return SQL_WORDS.contains(key(token.text()));
    }

    /** JPQL keywords and identification variables are case-insensitive. */
    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
