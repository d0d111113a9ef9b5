package io.github.schemaguard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The HTML report's sections: one per table, by name, then one per file for findings about files. */
final class HtmlFindingGroups {

    /**
     * @param anchor  the section's id, for the page's table of contents
     * @param kind    {@code table} or {@code file}
     * @param totals  how many of its findings have each severity or status, only those that occur
     */
    record Group(String anchor, String kind, String name, List<HtmlPage.Total> totals, List<HtmlFinding> findings) {
    }

    private HtmlFindingGroups() {
    }

    static List<Group> of(List<HtmlFinding> findings) {
        Map<String, List<HtmlFinding>> tables = new TreeMap<>();
        Map<String, List<HtmlFinding>> files = new TreeMap<>();
        for (HtmlFinding finding : findings) {
            String table = finding.table();
            if (table.isEmpty()) {
                files.computeIfAbsent(FindingText.fileOrObject(finding.finding()), f -> new ArrayList<>()).add(finding);
            } else {
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(finding);
            }
        }
        List<Group> groups = new ArrayList<>();
        tables.forEach((name, members) -> groups.add(group(groups.size(), "table", name, members)));
        files.forEach((name, members) -> groups.add(group(groups.size(), "file", name, members)));
        return groups;
    }

    private static Group group(int index, String kind, String name, List<HtmlFinding> members) {
        List<HtmlPage.Total> totals = HtmlPage.totals(members).stream().filter(t -> t.count() > 0).toList();
        return new Group("group-" + (index + 1), kind, name, totals, List.copyOf(members));
    }
}
