package io.github.schemaguard.report;

import io.github.schemaguard.rule.Finding;

/** How report formats word a finding's message, so all of them say the same thing. */
final class FindingText {

    private FindingText() {
    }

    /** The message, then the fix SQL on its own lines when the rule could write one. */
    static String withFix(Finding finding) {
        return finding.fix() == null || finding.fix().isBlank()
                ? finding.message()
                : finding.message() + "\nFix: " + finding.fix().strip();
    }

    /** For formats that hold the message in an XML attribute, where line breaks do not survive. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Where a finding is when it has no file: the file field holds a logical address, else the object. */
    static String fileOrObject(Finding finding) {
        return finding.location().file().isEmpty() ? finding.objectPath() : finding.location().file();
    }
}
