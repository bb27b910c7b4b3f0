package io.tessera.detection;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import io.tessera.core.detect.Finding;

/** The one-line-per-file summary of a folder: RFC 4180 CSV, header first. */
public final class SummaryCsv {
    public static final String HEADER = "file,verdict,score,watermark,manifest,pixel_evidence,findings,top_reason,error"; //$NON-NLS-1$

    private final Writer out;

    public SummaryCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER + "\r\n"); //$NON-NLS-1$
    }

    public void add(DetectionReport r) throws IOException {
        String watermark = has(r, "watermark") ? "found" : "none"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String manifest = has(r, "manifest") ? "valid" : has(r, "manifest-altered") ? "altered" : "none"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        java.util.List<Finding> pixelFindings = r.evidence().stream().flatMap(e -> e.findings().stream())
                .filter(f -> VerdictRule.isPixelEvidence(f) && f.score() > 0).toList();
        double pixel = VerdictRule.score(pixelFindings);
        int findings = pixelFindings.size();
        String errors = String.join("; ", r.evidence().stream().filter(DetectorEvidence::failed).map(e -> e.name() + ": " + e.error()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        row(r.file().toString(), r.verdict().label(), String.format(Locale.ROOT, "%.4f", r.score()), watermark, manifest, //$NON-NLS-1$
                String.format(Locale.ROOT, "%.4f", pixel), Integer.toString(findings), r.reasons().isEmpty() ? "" : r.reasons().get(0), errors); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A file that could not be inspected at all. */
    public void failed(String file, String why) throws IOException {
        row(file, "error", "", "", "", "", "", "", why); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    private static boolean has(DetectionReport r, String kind) {
        return r.evidence().stream().flatMap(e -> e.findings().stream()).anyMatch(f -> f.kind().equals(kind) && VerdictRule.isDecisive(f));
    }

    private void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n"); //$NON-NLS-1$
        out.flush();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
