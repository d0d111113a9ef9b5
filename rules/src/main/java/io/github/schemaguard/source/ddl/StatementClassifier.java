package io.github.schemaguard.source.ddl;

import java.util.Set;

/**
 * Tells schema statements from the rest by their leading keywords alone, so that the bulk of
 * a dump (INSERT, COPY, SET, GRANT, functions) never reaches the parser.
 */
public final class StatementClassifier {
    /** Words between CREATE and the object type that do not change what is created. */
    private static final Set<String> CREATE_MODIFIERS = Set.of(
            "OR", "REPLACE", "TEMPORARY", "TEMP", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE",
            "FULLTEXT", "SPATIAL", "BITMAP", "CLUSTERED", "NONCLUSTERED", "CONSTRAINT", "CACHED", "MEMORY");
    private static final Set<String> CREATED_SCHEMA_OBJECTS = Set.of("TABLE", "INDEX", "TRIGGER");
    private static final Set<String> ALTER_MODIFIERS = Set.of("ONLINE", "OFFLINE", "IGNORE");
    private static final Set<String> ALTER_TABLE_PREFIX = Set.of("IF", "EXISTS", "ONLY");

    private StatementClassifier() {
    }

    public static StatementKind classify(String statement) {
        LeadingWords words = new LeadingWords(statement);
        String first = words.next();
        if (first == null) {
            return StatementKind.SKIPPED;
        }
        switch (first) {
            case "CREATE":
                return schemaIf(CREATED_SCHEMA_OBJECTS.contains(createdObject(words)));
            case "ALTER":
                return schemaIf("TABLE".equals(skip(words, ALTER_MODIFIERS)) && !isHousekeeping(words));
            case "DROP": {
                String object = skip(words, Set.of("TEMPORARY"));
                return schemaIf("TABLE".equals(object) || "INDEX".equals(object));
            }
            case "RENAME":
                return schemaIf("TABLE".equals(words.next()));
            case "COMMENT": {
                String on = words.next();
                String object = words.next();
                return schemaIf("ON".equals(on) && ("TABLE".equals(object) || "COLUMN".equals(object)));
            }
            default:
                return StatementKind.SKIPPED;
        }
    }

    /**
     * CREATE [UNIQUE] INDEX, DROP TABLE and DROP INDEX: short forms that dumps repeat by the thousand and the
     * token reader reads whole, so they need no JSqlParser parse unless that reader refuses one.
     */
    static boolean isTokenReadable(String statement) {
        LeadingWords words = new LeadingWords(statement);
        String first = words.next();
        if ("CREATE".equals(first)) {
            return "INDEX".equals(createdObject(words));
        }
        if ("DROP".equals(first)) {
            String object = words.next();
            return "TABLE".equals(object) || "INDEX".equals(object);
        }
        return false;
    }

    private static String createdObject(LeadingWords words) {
        String word = words.next();
        while (word != null && (CREATE_MODIFIERS.contains(word) || word.equals("DEFINER"))) {
            if (word.equals("DEFINER")) {
                words.skipAssignedValue(); // mysqldump: CREATE DEFINER=`root`@`localhost` TRIGGER
            }
            word = words.next();
        }
        return word;
    }

    /**
     * ALTER TABLE actions that dumps emit in bulk and that change nothing the model holds:
     * mysqldump's {@code DISABLE KEYS}/{@code ENABLE KEYS}, pg_dump's {@code OWNER TO} and
     * {@code DISABLE TRIGGER ALL}/{@code ENABLE TRIGGER ALL}.
     */
    private static boolean isHousekeeping(LeadingWords words) {
        words.skipWords(ALTER_TABLE_PREFIX);
        words.skipName();
        String action = words.next();
        String object = words.next();
        return "DISABLE".equals(action) || "ENABLE".equals(action) || "OWNER".equals(action) && "TO".equals(object);
    }

    private static String skip(LeadingWords words, Set<String> modifiers) {
        words.skipWords(modifiers);
        return words.next();
    }

    private static StatementKind schemaIf(boolean schema) {
        return schema ? StatementKind.SCHEMA : StatementKind.SKIPPED;
    }
}
