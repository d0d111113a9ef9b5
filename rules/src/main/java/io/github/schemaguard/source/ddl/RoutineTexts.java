package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Names;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of every function and procedure the DDL files define. A PostgreSQL trigger only names its
 * function ({@code EXECUTE FUNCTION set_order_no()}); what the trigger assigns is written there, so the
 * trigger's body is completed with it.
 */
final class RoutineTexts {
    private static final Pattern DEFINITION = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:FUNCTION|PROCEDURE)\\s+"
                    + "((?:[\\w$]+|\"[^\"]+\"|`[^`]+`)(?:\\s*\\.\\s*(?:[\\w$]+|\"[^\"]+\"|`[^`]+`))*)");
    private static final Pattern CALL = Pattern.compile("(?is)^EXECUTE\\s+(?:FUNCTION|PROCEDURE)\\s+"
            + "((?:[\\w$]+|\"[^\"]+\")(?:\\s*\\.\\s*(?:[\\w$]+|\"[^\"]+\"))*)");

    private final Map<String, String> textsByName;

    private RoutineTexts(Map<String, String> textsByName) {
        this.textsByName = textsByName;
    }

    static RoutineTexts none() {
        return new RoutineTexts(Map.of());
    }

    /** Collects the routines among all statements; a later definition of a name replaces an earlier one. */
    static RoutineTexts collect(List<SqlStatement> statements) {
        Map<String, String> texts = new HashMap<>();
        for (SqlStatement statement : statements) {
            Matcher definition = DEFINITION.matcher(statement.text());
            if (definition.find()) {
                texts.put(key(definition.group(1)), statement.text().strip());
            }
        }
        return new RoutineTexts(texts);
    }

    /** The trigger body followed by the text of the routine it executes, when the files define it. */
    String complete(String triggerBody) {
        Matcher call = CALL.matcher(triggerBody);
        if (!call.find()) {
            return triggerBody;
        }
        return Optional.ofNullable(textsByName.get(key(call.group(1))))
                .map(routine -> triggerBody + "\n" + routine).orElse(triggerBody);
    }

    /** Routines are matched by their unqualified name, ignoring case and quotes. */
    private static String key(String qualifiedName) {
        return Names.unquote(TableName.parse(qualifiedName.replaceAll("\\s+", "")).name()).toLowerCase(Locale.ROOT);
    }
}
