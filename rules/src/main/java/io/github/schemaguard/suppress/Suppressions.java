package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies inline suppression comments to the findings of the rules, after they ran: a directive needs
 * every finding to know whether it suppressed anything.
 */
public final class Suppressions {
    public static final String EXPIRED = "expired-suppression";
    public static final String WITHOUT_REASON = "suppression-without-reason";
    public static final String UNUSED = "unused-suppression";
    /** The rules reporting on suppressions; they run after the suppressions were applied. */
    public static final Set<String> RULE_IDS = Set.of(EXPIRED, WITHOUT_REASON, UNUSED);

    private Suppressions() {
    }

    public static boolean reportsOnSuppressions(Rule rule) {
        return RULE_IDS.contains(rule.metadata().id());
    }

    /**
     * The directives in the DDL files' comments; {@code contents} maps each file's reported path (as findings
     * name it) to its text, as the DDL reader read it.
     */
    public static List<SuppressionDirective> scan(Map<String, String> contents, Dialect dialect) {
        List<SuppressionDirective> directives = new ArrayList<>();
        contents.forEach((file, text) ->
                directives.addAll(SuppressionScanner.scan(file, text, dialect == Dialect.MYSQL)));
        return directives;
    }

    /**
     * @param knownRuleIds the ids a directive may name
     * @param today        suppressions with an {@code until} date before it no longer work
     */
    public static SuppressionOutcome apply(List<Finding> findings, List<SuppressionDirective> directives,
                                           Collection<String> knownRuleIds, LocalDate today) {
        List<SuppressionProblem> problems = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<SuppressionDirective, String> ids = new HashMap<>();
        List<SuppressionDirective> working = new ArrayList<>();
        for (SuppressionDirective directive : directives) {
            String objectPath = directive.location().file() + ":"
                    + directive.form(String.join(",", directive.ruleIds())).replace(' ', ':');
            int occurrence = occurrences.merge(objectPath, 1, Integer::sum);
            String id = occurrence == 1 ? objectPath : objectPath + "#" + occurrence;
            ids.put(directive, id);
            for (String ruleId : directive.ruleIds()) {
                if (!knownRuleIds.contains(ruleId)) {
                    problems.add(new SuppressionProblem(UNUSED, directive.location(), id + ":" + ruleId,
                            directive.form(ruleId) + " names no known rule, so it suppresses nothing; known rules: "
                                    + String.join(", ", knownRuleIds.stream().sorted().toList())));
                }
            }
            if (directive.reason().isBlank()) {
                problems.add(new SuppressionProblem(WITHOUT_REASON, directive.location(), id,
                        directive.form(String.join(",", directive.ruleIds()))
                                + " gives no reason: add 'reason: <why this is safe>'"));
            }
            String expiry = expiry(directive, today);
            if (expiry != null) {
                problems.add(new SuppressionProblem(EXPIRED, directive.location(), id, expiry));
            } else {
                working.add(directive);
            }
        }
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
            SuppressionDirective covering = working.stream().filter(d -> covers(d, finding)).findFirst().orElse(null);
            if (covering == null) {
                active.add(finding);
            } else {
                suppressed.add(new SuppressedFinding(finding, covering.reason(), covering.location()));
                used.add(covering.location() + "/" + finding.ruleId());
            }
        }
        for (SuppressionDirective directive : working) {
            for (String ruleId : directive.ruleIds()) {
                if (knownRuleIds.contains(ruleId) && !used.contains(directive.location() + "/" + ruleId)) {
                    problems.add(new SuppressionProblem(UNUSED, directive.location(), ids.get(directive) + ":" + ruleId,
                            directive.form(ruleId) + " suppresses nothing: no " + ruleId + " finding "
                                    + (directive.fileWide() ? "in this file" : "on the line it applies to")
                                    + "; remove it"));
                }
            }
        }
        return new SuppressionOutcome(active, suppressed, problems);
    }

    private static boolean covers(SuppressionDirective directive, Finding finding) {
        return directive.location().file().equals(finding.location().file())
                && (directive.fileWide() || directive.targetLine() == finding.location().line())
                && directive.ruleIds().contains(finding.ruleId());
    }

    /** Why the directive no longer works, or {@code null} while it does. */
    private static String expiry(SuppressionDirective directive, LocalDate today) {
        if (directive.until() == null) {
            return null;
        }
        String form = directive.form(String.join(",", directive.ruleIds()));
        try {
            LocalDate until = LocalDate.parse(directive.until());
            return today.isAfter(until)
                    ? form + " expired on " + until + ", so it no longer suppresses anything: fix the findings or "
                    + "renew the date" : null;
        } catch (DateTimeParseException e) {
            return form + " has until: '" + directive.until() + "', not a YYYY-MM-DD date, so it suppresses nothing";
        }
    }
}
