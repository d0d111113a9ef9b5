package io.github.schemaguard.rule;

import io.github.schemaguard.rule.builtin.BuiltinRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed docs/rules pages are exactly what RuleDocs generates from the rules' metadata. */
class RuleDocsTest {

    /** Relative to the rules module, where Maven runs its tests. */
    private static final Path DOCS = Path.of("../docs/rules");
    private static final Path README = Path.of("../README.md");

    @Test
    void committedDocsMatchTheRules() throws IOException {
        Map<String, String> generated = RuleDocs.render(BuiltinRules.all());
        if (Boolean.getBoolean("schemaguard.writeDocs")) {
            RuleDocs.write(DOCS, BuiltinRules.all());
        }
        String howToFix = "docs/rules is out of date with the rules' metadata; from the repository root run: "
                + RuleDocs.REGENERATE_COMMAND;
        for (Map.Entry<String, String> page : generated.entrySet()) {
            Path file = DOCS.resolve(page.getKey());
            assertThat(file).as(howToFix).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(howToFix + " (" + page.getKey() + ")")
                    .isEqualTo(page.getValue());
        }
        assertThat(markdownFiles()).as(howToFix + " (and delete pages of rules that no longer exist)")
                .isEqualTo(new TreeSet<>(generated.keySet()));
    }

    @Test
    void readmeRuleTableMatchesTheRules() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String generated = RuleDocs.withRuleTable(readme, BuiltinRules.all());
        if (Boolean.getBoolean("schemaguard.writeDocs")) {
            Files.writeString(README, generated, StandardCharsets.UTF_8);
            readme = generated;
        }
        assertThat(readme).as("README.md's rule table is out of date; from the repository root run: "
                + RuleDocs.REGENERATE_COMMAND).isEqualTo(generated);
    }

    @Test
    void everyPageHasTheSectionsUsersLookFor() {
        RuleDocs.render(BuiltinRules.all()).forEach((file, page) -> {
            if (!file.equals("README.md")) {
                assertThat(page).contains("Default severity:", "## What goes wrong", "## Options", "## Bad",
                        "What schemaguard reports:", "## The fix", "```sql", "## How to suppress", "<rules>");
            }
        });
        assertThat(RuleDocs.render(BuiltinRules.all()).get("README.md"))
                .contains("[`business-key-not-unique`](business-key-not-unique.md)");
    }

    private static Set<String> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
