package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Trigger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a trigger with its body text: what follows {@code FOR EACH ROW} (or the whole statement), completed
 * with the text of the function it executes when the files define it.
 */
final class TriggerText {
    private static final Pattern BODY_START = Pattern.compile("(?is)\\bFOR\\s+EACH\\s+(?:ROW|STATEMENT)\\b");

    private TriggerText() {
    }

    static void apply(StatementContext context, String triggerName, TableName table) {
        String text = context.statement().text();
        Matcher start = BODY_START.matcher(text);
        String body = context.schema().routines()
                .complete(start.find() ? text.substring(start.end()).strip() : text.strip());
        context.table(table).ifPresent(t -> t.addTrigger(new Trigger(triggerName, t.name(), body,
                context.location())));
    }
}
