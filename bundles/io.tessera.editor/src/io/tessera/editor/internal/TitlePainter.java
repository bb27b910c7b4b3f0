package io.tessera.editor.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tessera.media.VideoFrame;
import io.tessera.model.Title;

/**
 * Draws titles and captions over frames. Each title is set once (Java2D, antialiased, wrapped to 90 % of the
 * width) into a small translucent image and then blended into every frame it covers, fading in and out over a
 * few frames so it does not pop.
 */
public final class TitlePainter {
    private final int width;
    private final int height;
    private final Map<Title, Layer> layers = new HashMap<>();

    public TitlePainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Draws every title showing at {@code seconds} into {@code frame} (a copy is returned when any shows). */
    public VideoFrame paint(VideoFrame frame, List<Title> titles, double seconds, int fps) {
        VideoFrame out = frame;
        for (Title t : titles) {
            double local = seconds - t.getStart();
            if (local < -1e-9 || local >= t.getDuration() - 1e-9) {
                continue;
            }
            if (out == frame) {
                out = new VideoFrame(frame.width(), frame.height(), frame.rgb().clone());
            }
            double fade = Math.min(0.2, t.getDuration() / 4);
            double alpha = Math.min(1, Math.min((local + 1.0 / fps) / fade, (t.getDuration() - local) / fade));
            layers.computeIfAbsent(t, this::layout).blend(out, Math.max(0, Math.min(1, alpha)));
        }
        return out;
    }

    private Layer layout(Title t) {
        int px = Math.max(8, (int) Math.round(t.getSize() * height));
        Font font = new Font(t.getFont() == null ? Font.SANS_SERIF : t.getFont(), t.isCaption() ? Font.PLAIN : Font.BOLD, px);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(font);
        FontMetrics fm = pg.getFontMetrics();
        List<String> lines = TextWrap.lines(t.getText(), fm, (int) (width * 0.9), true);
        pg.dispose();
        int pad = Math.max(2, px / 4);
        int textWidth = lines.stream().mapToInt(fm::stringWidth).max().orElse(1);
        int lineHeight = fm.getAscent() + fm.getDescent();
        int w = Math.min(width, textWidth + 2 * pad);
        int h = Math.min(height, lines.size() * lineHeight + 2 * pad);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (t.isCaption()) {
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRoundRect(0, 0, w, h, pad, pad);
            g.setComposite(AlphaComposite.SrcOver);
        }
        g.setFont(font);
        Color colour = colour(t.getColour());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int x = (w - fm.stringWidth(line)) / 2;
            int y = pad + i * lineHeight + fm.getAscent();
            if (!t.isCaption()) {
                // a soft shadow keeps a title readable on light pictures without a band
                g.setColor(new Color(0, 0, 0, 160));
                g.drawString(line, x + Math.max(1, px / 16), y + Math.max(1, px / 16));
            }
            g.setColor(colour);
            g.drawString(line, x, y);
        }
        g.dispose();
        int left = (int) Math.round(t.getX() * width - w / 2.0);
        int top = (int) Math.round(t.getY() * height - h / 2.0);
        left = Math.max(0, Math.min(width - w, left));
        top = Math.max(0, Math.min(height - h, top));
        return new Layer(img.getRGB(0, 0, w, h, null, 0, w), w, h, left, top);
    }

    static Color colour(String hex) {
        if (hex != null && hex.matches("#?[0-9a-fA-F]{6}")) { //$NON-NLS-1$
            return new Color(Integer.parseInt(hex.replace("#", ""), 16)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Color.WHITE;
    }

    private record Layer(int[] argb, int w, int h, int left, int top) {
        void blend(VideoFrame frame, double alpha) {
            byte[] rgb = frame.rgb();
            int fw = frame.width();
            int scale = (int) Math.round(alpha * 256);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int p = argb[y * w + x];
                    int a = ((p >>> 24) * scale) >> 8;
                    if (a == 0) {
                        continue;
                    }
                    int i = ((top + y) * fw + left + x) * 3;
                    rgb[i] = (byte) mix(rgb[i] & 0xFF, (p >> 16) & 0xFF, a);
                    rgb[i + 1] = (byte) mix(rgb[i + 1] & 0xFF, (p >> 8) & 0xFF, a);
                    rgb[i + 2] = (byte) mix(rgb[i + 2] & 0xFF, p & 0xFF, a);
                }
            }
        }

        private static int mix(int under, int over, int a) {
            return (under * (255 - a) + over * a + 127) / 255;
        }
    }
}
