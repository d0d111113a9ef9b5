package io.github.schemaguard.config;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
/**
 * The user's rule settings, checked against the rules' metadata: which rules run (a preset's rules only
 * when the preset is chosen or the rule is enabled by id), with which options, at which severity their
 * findings are reported, which objects' findings are suppressed, and in which language rules that have a
 * translation write their messages.
 */
public final class RuleConfiguration {

    private static final RuleConfiguration DEFAULTS = new RuleConfiguration(Map.of(), Map.of(), null, Language.EN);

    private final Map<String, RuleSettings> settingsById;
    private final Map<String, ObjectExcludes> excludesById;
    /** The chosen preset, or {@code null}: preset rules then run only when enabled by id. */
    private final Preset preset;
    private final Language language;

    private RuleConfiguration(Map<String, RuleSettings> settingsById, Map<String, ObjectExcludes> excludesById,
                              Preset preset, Language language) {
        this.settingsById = settingsById;
        this.excludesById = excludesById;
        this.preset = preset;
        this.language = language;
    }

    public static RuleConfiguration defaults() {
        return DEFAULTS;
    }

    /**
     * Validates {@code settings} against {@code rules}.
     *
     * @throws IllegalArgumentException with one line naming the bad id, option or value and the valid choices
     */
    public static RuleConfiguration of(List<Rule> rules, Collection<RuleSettings> settings) {
        Map<String, RuleMetadata> metadataById = rules.stream().map(Rule::metadata)
                .collect(Collectors.toMap(RuleMetadata::id, m -> m));
        Map<String, RuleSettings> settingsById = new HashMap<>();
        Map<String, ObjectExcludes> excludesById = new HashMap<>();
        for (RuleSettings setting : settings) {
            RuleMetadata metadata = metadataById.get(setting.id());
            if (metadata == null) {
                throw new IllegalArgumentException("Unknown rule id '" + setting.id() + "' in rules: valid ids are "
                        + sortedJoin(metadataById.keySet()));
            }
            if (settingsById.putIfAbsent(setting.id(), setting) != null) {
                throw new IllegalArgumentException("Rule '" + setting.id() + "' is configured twice in rules:"
                        + " merge the two entries");
            }
            setting.options().forEach((name, value) -> checkOption(metadata, name, value));
            excludesById.put(setting.id(), ObjectExcludes.compile(setting.id(), setting.excludes()));
        }
        return new RuleConfiguration(Map.copyOf(settingsById), Map.copyOf(excludesById), null, Language.EN);
    }

    /** The same settings with {@code chosen}'s rules on ({@code null}: no preset). */
    public RuleConfiguration withPreset(Preset chosen) {
        return new RuleConfiguration(settingsById, excludesById, chosen, language);
    }

    public RuleConfiguration withLanguage(Language messageLanguage) {
        return new RuleConfiguration(settingsById, excludesById, preset, messageLanguage);
    }

    public Language language() {
        return language;
    }

    private static void checkOption(RuleMetadata metadata, String name, String value) {
        RuleOption option = metadata.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown option '" + name + "' for rule '"
                        + metadata.id() + "': " + (metadata.options().isEmpty() ? "it has no options"
                        : "valid options are " + sortedJoin(metadata.options().stream().map(RuleOption::name).toList()))));
        // A whole-number default means the rule parses the value as a number: catch a typo here, not as a crash later.
        if (isWholeNumber(option.defaultValue()) && !isWholeNumber(value)) {
            throw new IllegalArgumentException("Option '" + name + "' of rule '" + metadata.id()
                    + "' must be a whole number, not '" + value + "'");
        }
    }

    /** An explicit {@code enabled} wins; otherwise a rule runs unless it belongs to a preset not chosen. */
    public boolean enabled(Rule rule) {
        RuleSettings setting = settingsById.get(rule.metadata().id());
        if (setting != null && setting.enabled() != null) {
            return setting.enabled();
        }
        Preset rulePreset = rule.metadata().preset();
        return rulePreset == null || rulePreset == preset;
    }

    public RuleOptions options(Rule rule) {
        RuleSettings setting = settingsById.get(rule.metadata().id());
        return setting == null ? RuleOptions.defaults(rule.metadata())
                : new RuleOptions(rule.metadata(), setting.options());
    }

    /**
     * The finding as reported: with the configured severity, if one is set for its rule. A note the rule gives
     * at info below its default severity (a data check's "no duplicates") stays a note: the setting is about the
     * problems the rule reports.
     */
    public Finding apply(Rule rule, Finding finding) {
        RuleSettings setting = settingsById.get(finding.ruleId());
        boolean note = finding.severity() == Severity.INFO && rule.metadata().defaultSeverity() != Severity.INFO;
        if (setting == null || setting.severity() == null || setting.severity() == finding.severity() || note) {
            return finding;
        }
        return finding.withSeverity(setting.severity());
    }

    /** The finding as suppressed by an {@code excludes} pattern of its rule, or empty when none matches its object. */
    public Optional<SuppressedFinding> exclusion(Finding finding) {
        return excludesById.getOrDefault(finding.ruleId(), ObjectExcludes.NONE).matching(finding.objectPath())
                .map(pattern -> new SuppressedFinding(finding, "excluded by the pattern '" + pattern
                        + "' in the rule's <excludes>", Location.UNKNOWN, SuppressedFinding.Kind.CONFIGURATION));
    }

    private static boolean isWholeNumber(String value) {
        return value != null && value.trim().matches("-?\\d+");
    }

    private static String sortedJoin(Collection<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }
}
