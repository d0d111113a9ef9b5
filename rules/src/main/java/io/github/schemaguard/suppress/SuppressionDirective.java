package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Location;

import java.util.List;

/**
 * One {@code -- schemaguard:ignore} or {@code -- schemaguard:ignore-file} comment.
 *
 * @param location   where the comment starts
 * @param targetLine the line whose findings it suppresses; 0 for the whole file, -1 when no code follows
 * @param reason     the text after {@code reason:}, blank when none was given
 * @param until      the text after {@code until:}, or {@code null}
 */
public record SuppressionDirective(Location location, boolean fileWide, int targetLine, List<String> ruleIds,
                                   String reason, String until) {

    public SuppressionDirective {
        ruleIds = List.copyOf(ruleIds);
    }

    /** How it is written, for messages: {@code schemaguard:ignore rule-id}. */
    String form(String ruleId) {
        return "schemaguard:" + (fileWide ? "ignore-file " : "ignore ") + ruleId;
    }
}
