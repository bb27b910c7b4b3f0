package io.tessera.watermark.visible;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;

import javax.imageio.ImageIO;

import io.tessera.media.VideoFrame;

/**
 * Draws the visible label (and logo) into frames: white text with a dark outline so it reads on any picture,
 * blended at the style's opacity. The overlay is rendered once per frame size with Java2D and then blended into
 * every frame.
 */
public final class VisibleMark {
    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private final VisibleMarkStyle style;
    private final BufferedImage logo;
    private int[] overlay;
    private int width;
    private int height;

    public VisibleMark(VisibleMarkStyle style) throws IOException {
        this.style = style;
        if (style.logo() != null) {
            BufferedImage image = ImageIO.read(style.logo().toFile());
            if (image == null) {
                throw new IOException(style.logo() + ": not an image ImageIO can read"); //$NON-NLS-1$
            }
            this.logo = image;
        } else {
            this.logo = null;
        }
    }

    public void draw(VideoFrame frame) {
        int[] argb = overlayFor(frame.width(), frame.height());
        byte[] rgb = frame.rgb();
        for (int p = 0, i = 0; p < argb.length; p++, i += 3) {
            int a = argb[p] >>> 24;
            if (a == 0) {
                continue;
            }
            int c = argb[p];
            rgb[i] = blend(rgb[i], c >> 16 & 0xff, a);
            rgb[i + 1] = blend(rgb[i + 1], c >> 8 & 0xff, a);
            rgb[i + 2] = blend(rgb[i + 2], c & 0xff, a);
        }
    }

    private static byte blend(byte under, int over, int alpha) {
        int u = under & 0xff;
        return (byte) (u + ((over - u) * alpha + 127) / 255);
    }

    private synchronized int[] overlayFor(int w, int h) {
        if (overlay == null || w != width || h != height) {
            overlay = render(w, h);
            width = w;
            height = h;
        }
        return overlay;
    }

    private int[] render(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int labelHeight = Math.max(8, (int) Math.round(h * style.size()));
            int margin = Math.max(2, labelHeight / 2);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, labelHeight);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            int logoWidth = 0;
            if (logo != null) {
                logoWidth = (int) Math.round(logo.getWidth() * (labelHeight * 1.2 / logo.getHeight()));
            }
            int gap = logo != null && !style.text().isEmpty() ? labelHeight / 3 : 0;
            int textWidth = style.text().isEmpty() ? 0 : metrics.stringWidth(style.text());
            int boxWidth = Math.min(w - 2 * margin, logoWidth + gap + textWidth);
            int boxHeight = Math.max(metrics.getAscent() + metrics.getDescent(), logo != null ? (int) (labelHeight * 1.2) : 0);
            boolean left = style.corner() == VisibleMarkStyle.Corner.TOP_LEFT || style.corner() == VisibleMarkStyle.Corner.BOTTOM_LEFT;
            boolean top = style.corner() == VisibleMarkStyle.Corner.TOP_LEFT || style.corner() == VisibleMarkStyle.Corner.TOP_RIGHT;
            int x = left ? margin : w - margin - boxWidth;
            int y = top ? margin : h - margin - boxHeight;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
            if (logo != null) {
                g.drawImage(logo, x, y + (boxHeight - (int) (labelHeight * 1.2)) / 2, logoWidth, (int) (labelHeight * 1.2), null);
            }
            if (!style.text().isEmpty()) {
                int tx = x + logoWidth + gap;
                int ty = y + (boxHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
                int outline = Math.max(1, labelHeight / 12);
                g.setColor(new Color(0, 0, 0, 200));
                for (int dx = -outline; dx <= outline; dx++) {
                    for (int dy = -outline; dy <= outline; dy++) {
                        if (dx != 0 || dy != 0) {
                            g.drawString(style.text(), tx + dx, ty + dy);
                        }
                    }
                }
                g.setColor(Color.WHITE);
                g.drawString(style.text(), tx, ty);
            }
        } finally {
            g.dispose();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }
}
