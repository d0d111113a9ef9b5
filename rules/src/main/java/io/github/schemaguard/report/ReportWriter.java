package io.github.schemaguard.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one report format; the same input must always give byte-identical output. */
public interface ReportWriter {

    void write(ReportInput input, OutputStream out) throws IOException;
}
