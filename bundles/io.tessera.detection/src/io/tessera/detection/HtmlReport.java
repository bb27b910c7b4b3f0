package io.tessera.detection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import io.tessera.core.detect.Finding;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The report people keep and pass on: one HTML file with nothing outside it (images are inlined as data URIs, no
 * scripts, no fonts to fetch). Per file: the verdict and its reasons, a strip over time showing where findings are,
 * thumbnails of the flagged frames with the regions drawn, and every detector's evidence.
 */
public final class HtmlReport {
    /** Thumbnails at most per file: the strongest findings with a frame range. */
    static final int THUMBNAILS = 8;
    static final int THUMB_WIDTH = 320;

    private HtmlReport() {
    }

    /** Writes the report for {@code reports} atomically (a temporary file moved into place). */
    public static void write(List<DetectionReport> reports, List<String> failures, Path out) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tessera detection report</title>\n<style>") //$NON-NLS-1$
                .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}") //$NON-NLS-1$
                .append(".verdict{display:inline-block;padding:.3em .8em;border-radius:4px;color:#fff;font-weight:bold}") //$NON-NLS-1$
                .append(".generated{background:#b3261e}.not-generated{background:#2e7d32}.inconclusive{background:#8a6d00}.error{background:#555}") //$NON-NLS-1$
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}") //$NON-NLS-1$
                .append(".thumbs{display:flex;flex-wrap:wrap;gap:12px}.thumbs figure{margin:0;width:" + THUMB_WIDTH + "px}figcaption{font-size:.85em}") //$NON-NLS-1$ //$NON-NLS-2$
                .append(".muted{color:#777}</style></head><body>\n"); //$NON-NLS-1$
        h.append("<h1>Tessera detection report</h1>\n<p class=\"muted\">").append(reports.size()).append(reports.size() == 1 ? " file" : " files") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(" inspected").append(failures.isEmpty() ? "" : ", " + failures.size() + " could not be read").append(".</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (reports.size() + failures.size() > 1) {
            h.append("<table><tr><th>File</th><th>Verdict</th><th>Score</th><th>Main reason</th></tr>\n"); //$NON-NLS-1$
            for (DetectionReport r : reports) {
                h.append("<tr><td>").append(esc(r.file().getFileName().toString())).append("</td><td><span class=\"verdict ").append(r.verdict().label()) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("\">").append(r.verdict().label()).append("</span></td><td>").append(String.format(Locale.ROOT, "%.3f", r.score())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append("</td><td>").append(esc(r.reasons().isEmpty() ? "" : r.reasons().get(0))).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (String f : failures) {
                h.append("<tr><td colspan=\"4\"><span class=\"verdict error\">error</span> ").append(esc(f)).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            h.append("</table>\n"); //$NON-NLS-1$
        } else {
            failures.forEach(f -> h.append("<p><span class=\"verdict error\">error</span> ").append(esc(f)).append("</p>\n")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (DetectionReport r : reports) {
            section(h, r);
        }
        h.append("</body></html>\n"); //$NON-NLS-1$
        ReportFiles.writeAtomically(out, h);
    }

    private static void section(StringBuilder h, DetectionReport r) throws IOException {
        h.append("<h2>").append(esc(r.file().getFileName().toString())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("<p><span class=\"verdict ").append(r.verdict().label()).append("\">").append(r.verdict().label()).append("</span> score ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(String.format(Locale.ROOT, "%.3f", r.score())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("<p class=\"muted\">").append(esc(r.file().toString())).append(" · ").append(r.width()).append('×').append(r.height()) //$NON-NLS-1$ //$NON-NLS-2$
                .append(String.format(Locale.ROOT, " · %.3g fps · %d frames · SHA-256 %s · %s", r.fps(), r.frames(), r.sha256(), r.created())) //$NON-NLS-1$
                .append("</p>\n<h3>Why</h3><ul>\n"); //$NON-NLS-1$
        r.reasons().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n")); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("</ul>\n"); //$NON-NLS-1$
        List<Finding> timed = new ArrayList<>();
        r.evidence().forEach(e -> e.findings().stream().filter(f -> !f.wholeFile() && f.score() > 0).forEach(timed::add));
        if (!timed.isEmpty()) {
            h.append("<h3>Where in time</h3>\n").append(strip(timed, Math.max(r.frames(), 1 + timed.stream().mapToLong(Finding::endFrame).max().orElse(0)), //$NON-NLS-1$
                    r.fps()));
            h.append("<h3>Flagged frames</h3>\n<div class=\"thumbs\">\n"); //$NON-NLS-1$
            List<Finding> shown = timed.stream().sorted(Comparator.comparingDouble(Finding::score).reversed()).limit(THUMBNAILS).toList();
            Map<Long, List<Finding>> byFrame = new TreeMap<>();
            for (Finding f : shown) {
                byFrame.computeIfAbsent((f.startFrame() + f.endFrame()) / 2, k -> new ArrayList<>()).add(f);
            }
            Map<Long, String> images = thumbnails(r.file(), byFrame);
            for (var e : byFrame.entrySet()) {
                String img = images.get(e.getKey());
                h.append("<figure>"); //$NON-NLS-1$
                if (img != null) {
                    h.append("<img width=\"").append(THUMB_WIDTH).append("\" alt=\"frame ").append(e.getKey()).append("\" src=\"data:image/png;base64,") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .append(img).append("\">"); //$NON-NLS-1$
                }
                h.append("<figcaption>frame ").append(e.getKey()); //$NON-NLS-1$
                e.getValue().forEach(f -> h.append("<br>").append(String.format(Locale.ROOT, "%.2f ", f.score())).append(esc(f.message()))); //$NON-NLS-1$ //$NON-NLS-2$
                h.append("</figcaption></figure>\n"); //$NON-NLS-1$
            }
            h.append("</div>\n"); //$NON-NLS-1$
        }
        h.append("<h3>Evidence per detector</h3>\n"); //$NON-NLS-1$
        for (DetectorEvidence e : r.evidence()) {
            h.append("<h4>").append(esc(e.name())).append(String.format(Locale.ROOT, " <span class=\"muted\">score %.3f · weight %.2g · %.2f s</span></h4>\n", //$NON-NLS-1$
                    e.score(), e.weight(), e.seconds()));
            if (e.failed()) {
                h.append("<p><span class=\"verdict error\">failed</span> ").append(esc(e.error())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            if (e.findings().isEmpty()) {
                h.append("<p class=\"muted\">nothing found</p>\n"); //$NON-NLS-1$
                continue;
            }
            h.append("<table><tr><th>Kind</th><th>Score</th><th>Frames</th><th>Finding</th></tr>\n"); //$NON-NLS-1$
            for (Finding f : e.findings()) {
                h.append("<tr><td>").append(esc(f.kind())).append("</td><td>").append(String.format(Locale.ROOT, "%.2f", f.score())).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .append(f.wholeFile() ? "whole file" : f.startFrame() == f.endFrame() ? Long.toString(f.startFrame()) //$NON-NLS-1$
                                : f.startFrame() + "–" + f.endFrame()) //$NON-NLS-1$
                        .append("</td><td>").append(esc(f.message())).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            h.append("</table>\n"); //$NON-NLS-1$
        }
    }

    /** A strip over the clip's length, one mark per finding, redder for stronger evidence. */
    static String strip(List<Finding> findings, long frames, double fps) {
        StringBuilder s = new StringBuilder();
        int width = 1000;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 ").append(width).append(" 44\" role=\"img\" aria-label=\"findings over time\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<rect x=\"0\" y=\"4\" width=\"").append(width).append("\" height=\"24\" fill=\"#eee\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Finding f : findings) {
            double x0 = (double) f.startFrame() / frames * width;
            double x1 = (double) (f.endFrame() + 1) / frames * width;
            int red = (int) (120 + 135 * f.score());
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"24\" fill=\"rgb(%d,40,30)\" fill-opacity=\"%.2f\"><title>%s</title></rect>", //$NON-NLS-1$
                    x0, Math.max(2, x1 - x0), red, 0.35 + 0.6 * f.score(), esc(f.message())));
        }
        double seconds = frames / Math.max(1e-9, fps);
        double step = seconds <= 5 ? 1 : seconds <= 30 ? 5 : seconds <= 120 ? 10 : 60;
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = t / seconds * width;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"42\" font-size=\"11\" text-anchor=\"%s\">%.0f s</text>", Math.min(x, width - 1), //$NON-NLS-1$
                    t == 0 ? "start" : x > width - 20 ? "end" : "middle", t)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return s.append("</svg>\n").toString(); //$NON-NLS-1$
    }

    /** PNG thumbnails (base64) of the given frames with their findings' regions drawn. */
    static Map<Long, String> thumbnails(Path file, Map<Long, List<Finding>> byFrame) throws IOException {
        Map<Long, String> out = new TreeMap<>();
        if (byFrame.isEmpty()) {
            return out;
        }
        long lastWanted = ((TreeMap<Long, List<Finding>>) byFrame).lastKey();
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            VideoFrame f;
            for (long i = 0; i <= lastWanted && (f = reader.nextFrame()) != null; i++) {
                List<Finding> here = byFrame.get(i);
                if (here != null) {
                    out.put(i, png(f, here));
                }
            }
        }
        return out;
    }

    private static String png(VideoFrame f, List<Finding> findings) throws IOException {
        int w = THUMB_WIDTH;
        int hgt = Math.max(1, (int) Math.round((double) f.height() * w / f.width()));
        BufferedImage src = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
        byte[] rgb = f.rgb();
        int[] px = new int[f.width() * f.height()];
        for (int i = 0, p = 0; i < px.length; i++, p += 3) {
            px[i] = (rgb[p] & 0xFF) << 16 | (rgb[p + 1] & 0xFF) << 8 | rgb[p + 2] & 0xFF;
        }
        src.setRGB(0, 0, f.width(), f.height(), px, 0, f.width());
        BufferedImage thumb = new BufferedImage(w, hgt, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(src, 0, 0, w, hgt, null);
            g.setStroke(new BasicStroke(2f));
            for (Finding fi : findings) {
                if (fi.region() == null) {
                    continue;
                }
                g.setColor(new Color(255, 40, 30));
                g.drawRect((int) Math.round(fi.region().x() * w), (int) Math.round(fi.region().y() * hgt),
                        Math.max(3, (int) Math.round(fi.region().width() * w) - 1), Math.max(3, (int) Math.round(fi.region().height() * hgt) - 1));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(thumb, "png", bytes); //$NON-NLS-1$
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
            case '<' -> b.append("&lt;"); //$NON-NLS-1$
            case '>' -> b.append("&gt;"); //$NON-NLS-1$
            case '&' -> b.append("&amp;"); //$NON-NLS-1$
            case '"' -> b.append("&quot;"); //$NON-NLS-1$
            default -> b.append(c);
            }
        }
        return b.toString();
    }
}
