package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...,title=...::message})
 * that make findings show up as annotations on the pull request's changed lines.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /**
     * One command per finding a baseline does not accept: the runner shows only the first few annotations of
     * each level, so accepted legacy findings must not crowd out new ones (the log still lists them).
     *
     * @param pathPrefix what to put before the project-relative file paths so they become relative
     *                   to the repository root (the workflow's workspace), e.g. {@code services/db/}, or ""
     */
    public static List<String> lines(LintResult result, String pathPrefix) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (!result.isBaselined(finding)) {
                lines.add(command(finding, pathPrefix));
            }
        }
        return lines;
    }

    static String command(Finding finding, String pathPrefix) {
        Location where = finding.location();
        List<String> properties = new ArrayList<>();
        if (where.hasPosition()) {
            properties.add("file=" + property(pathPrefix + where.file()));
            properties.add("line=" + where.line());
            if (where.column() > 0) {
                properties.add("col=" + where.column());
            }
        }
        properties.add("title=" + property(finding.ruleId()));
        return "::" + commandName(finding) + " " + String.join(",", properties) + "::" + data(FindingText.withFix(finding));
    }

    private static String commandName(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping the Actions runner undoes for a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values also must not hold the separators of the property list. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
