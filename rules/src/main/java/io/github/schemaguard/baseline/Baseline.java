package io.github.schemaguard.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaguard.report.Json;
import io.github.schemaguard.rule.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a team has accepted on an existing schema ({@code schemaguard-baseline.json}), so
 * that {@code check} fails only on new ones. Entries are keyed by {@link Finding#fingerprint()},
 * which carries no line numbers, so moving or reformatting a statement keeps it baselined.
 */
public final class Baseline {

    public static final String DEFAULT_FILE_NAME = "schemaguard-baseline.json";
    static final int FORMAT_VERSION = 1;

    /** The file layout; {@code version} lets a later release read older files. */
    record Document(int version, List<BaselineEntry> entries) {
    }

    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().distinct().sorted(BaselineEntry.ORDER).toList();
    }

    /** Accepts every given finding. */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream().map(BaselineEntry::of).toList());
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException naming the file and what is wrong with it
     */
    public static Baseline read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Document document = READER.readValue(in, Document.class);
            List<BaselineEntry> entries = document == null || document.entries() == null
                    ? List.of() : document.entries();
            for (BaselineEntry entry : entries) {
                if (entry == null || entry.fingerprint() == null || entry.fingerprint().isBlank()) {
                    throw new IOException("baseline file " + file + " has an entry without a fingerprint");
                }
            }
            return new Baseline(entries);
        } catch (JacksonException e) {
            throw new IOException("baseline file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /** Writes the entries sorted, so the same findings always give byte-identical files. */
    public void write(OutputStream out) throws IOException {
        Json.write(new Document(FORMAT_VERSION, entries), out);
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /** The fingerprints of the accepted findings. */
    public Set<String> fingerprints() {
        return entries.stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
    }

    /** Splits findings into new and baselined, and finds the entries nothing matches any more. */
    public BaselineComparison compare(List<Finding> findings) {
        Set<String> accepted = fingerprints();
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : findings) {
            (accepted.contains(finding.fingerprint()) ? baselined : fresh).add(finding);
        }
        Set<String> found = findings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        List<BaselineEntry> stale = entries.stream().filter(entry -> !found.contains(entry.fingerprint())).toList();
        return new BaselineComparison(fresh, baselined, stale);
    }
}
