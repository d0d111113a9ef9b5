package io.github.schemaguard.bench;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Not a test: lints every schema of a corpus (a {@code *flyway} folder of migrations counts as one schema,
 * in migration order; any other file is a schema of its own) with every built-in rule, a preset's too, and
 * prints per-rule counts, per file too for migration folders, the corpus totals per dialect, and every
 * finding of the rules named on the command line, for reading false positives by eye. Usage:
 * {@code CorpusFindings <corpus-dir> [rule-id...]}.
 */
public final class CorpusFindings {

    private CorpusFindings() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        List<String> shown = List.of(args).subList(1, args.length);
        Map<String, Map<String, Long>> totals = new TreeMap<>();
        for (List<Path> schema : schemas(corpus)) {
            Path base = schema.get(0).getParent();
            DdlReadResult read = DdlSource.read(base, schema, null);
            RuleContext context = new RuleContext(read.schema(), read.problems(), null);
            List<Finding> findings = new ArrayList<>();
            for (Rule rule : BuiltinRules.all()) {
                rule.check(context.withOptions(RuleOptions.defaults(rule.metadata())), findings::add);
            }
            findings.sort(Finding.ORDER);
            Map<String, Long> counts = findings.stream()
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
            counts.forEach((rule, count) -> totals.computeIfAbsent(rule, r -> new TreeMap<>())
                    .merge(read.schema().dialect().name(), count, Long::sum));
            Path shownPath = schema.size() == 1 ? schema.get(0) : base;
            System.out.printf("%n== %s (%d files, %d tables, dialect %s): %s%n", corpus.relativize(shownPath),
                    schema.size(), read.schema().tables().size(), read.schema().dialect(), counts);
            if (schema.size() > 1) {
                findings.stream().collect(Collectors.groupingBy(f -> f.location().file(), TreeMap::new,
                                Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting())))
                        .forEach((file, byRule) -> System.out.printf("   %s: %s%n", file, byRule));
            }
            findings.stream().filter(f -> shown.contains(f.ruleId()))
                    .forEach(f -> System.out.printf("  %s (%s) %s%n      %s%n", f.location().render(), f.ruleId(),
                            f.objectPath(), f.message()));
        }
        System.out.printf("%n== totals per rule and dialect%n");
        totals.forEach((rule, byDialect) -> System.out.printf("   %s: %s%n", rule, byDialect));
    }

    /** Each directory with .sql files: flyway folders as one schema, other files one schema each. */
    private static List<List<Path>> schemas(Path corpus) throws IOException {
        Map<Path, List<Path>> byDirectory = new TreeMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(f -> f.toString().endsWith(".sql")).sorted()
                    .forEach(f -> byDirectory.computeIfAbsent(f.getParent(), d -> new ArrayList<>()).add(f));
        }
        List<List<Path>> schemas = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> directory : byDirectory.entrySet()) {
            if (directory.getKey().getFileName().toString().endsWith("flyway")) {
                schemas.add(DdlFiles.find(directory.getKey(), List.of("*.sql"), List.of()));
            } else {
                directory.getValue().forEach(f -> schemas.add(List.of(f)));
            }
        }
        return schemas;
    }
}
