package io.tessera.editor.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.editor.Timelines;
import io.tessera.editor.render.MediaResolver;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.ClipItem;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;

/**
 * A storyboard on one page: a card per shot (or per item of the cut, when there is one) with its picture from the
 * middle of the take, its number and time, and its text, in a grid. Shots not yet generated get a card with their
 * prompt, so a storyboard can be printed before any picture exists. Written as PNG.
 */
public final class ContactSheet {
    private static final int COLUMNS = 4;
    private static final int CARD = 320;

    private ContactSheet() {
    }

    /** A card: what it shows, where its picture comes from (or none), and at what time of that file. */
    record Card(String heading, String text, Path media, double at) {
    }

    public static void write(Project project, MediaResolver media, Path target, IProgressMonitor monitor) throws IOException {
        List<Card> cards = cards(project, media);
        if (cards.isEmpty()) {
            throw new IOException("the project has no shots and no timeline: nothing to put on a contact sheet"); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Contact sheet", cards.size()); //$NON-NLS-1$
        int thumbH = CARD * 9 / 16;
        int textH = 96;
        int rows = (cards.size() + COLUMNS - 1) / COLUMNS;
        int gap = 16;
        int header = 56;
        BufferedImage sheet = new BufferedImage(COLUMNS * (CARD + gap) + gap, header + rows * (thumbH + textH + gap) + gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(0xF4F4F2));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(project.getName() == null ? "Storyboard" : project.getName(), gap, 38); //$NON-NLS-1$
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        for (int i = 0; i < cards.size(); i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Card c = cards.get(i);
            int x = gap + (i % COLUMNS) * (CARD + gap);
            int y = header + (i / COLUMNS) * (thumbH + textH + gap);
            g.setColor(Color.WHITE);
            g.fillRect(x, y, CARD, thumbH + textH);
            BufferedImage thumb = c.media() == null ? null : thumbnail(c.media(), c.at());
            if (thumb != null) {
                double s = Math.min((double) CARD / thumb.getWidth(), (double) thumbH / thumb.getHeight());
                int w = (int) (thumb.getWidth() * s);
                int h = (int) (thumb.getHeight() * s);
                g.setColor(Color.BLACK);
                g.fillRect(x, y, CARD, thumbH);
                g.drawImage(thumb, x + (CARD - w) / 2, y + (thumbH - h) / 2, w, h, null);
            } else {
                g.setColor(new Color(0xDDDDDD));
                g.fillRect(x, y, CARD, thumbH);
                g.setColor(new Color(0x777777));
                g.setFont(bold);
                g.drawString("not generated yet", x + 12, y + thumbH / 2); //$NON-NLS-1$
            }
            g.setColor(new Color(0x222222));
            g.setFont(bold);
            g.drawString(c.heading(), x + 8, y + thumbH + 18);
            g.setFont(small);
            FontMetrics fm = g.getFontMetrics();
            int line = 0;
            for (String l : io.tessera.editor.internal.TextWrap.lines(c.text(), fm, CARD - 16, false)) {
                if (line == 4) {
                    break;
                }
                g.drawString(l, x + 8, y + thumbH + 38 + line * 16);
                line++;
            }
            progress.worked(1);
        }
        g.dispose();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            if (!ImageIO.write(sheet, "png", part.toFile())) { //$NON-NLS-1$
                throw new IOException("no PNG writer available"); //$NON-NLS-1$
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    static List<Card> cards(Project project, MediaResolver media) {
        List<Card> cards = new ArrayList<>();
        Timeline t = project.getTimeline();
        Track v1 = t == null ? null : Timelines.tracks(t, TrackKind.VIDEO).stream().filter(x -> !x.getItems().isEmpty()).findFirst().orElse(null);
        if (v1 != null) {
            int n = 1;
            for (ClipItem item : Timelines.ordered(v1)) {
                Shot shot = project.getShots().stream().filter(s -> s.getTakes().contains(item.getAsset())).findFirst().orElse(null);
                String text = shot == null ? item.getName() : shot.getText() != null ? shot.getText() : shot.getPrompt();
                cards.add(new Card(String.format(Locale.ROOT, "%d  %s - %s", n++, time(item.getStart()), time(Timelines.end(item))), //$NON-NLS-1$
                        text == null ? "" : text, media.resolve(item.getAsset()), (item.getInPoint() + item.getOutPoint()) / 2)); //$NON-NLS-1$
            }
            return cards;
        }
        double at = 0;
        int n = 1;
        for (Shot s : project.getShots()) {
            double seconds = s.getSettings() == null ? 0 : s.getSettings().getSeconds();
            Path file = s.getSelectedTake() == null ? null : media.resolve(s.getSelectedTake());
            String text = s.getText() != null ? s.getText() + "\n" + s.getPrompt() : s.getPrompt(); //$NON-NLS-1$
            cards.add(new Card(String.format(Locale.ROOT, "%d  %s - %s", n++, time(at), time(at + seconds)), text == null ? "" : text, //$NON-NLS-1$ //$NON-NLS-2$
                    file != null && Files.isRegularFile(file) ? file : null, seconds / 2));
            at += seconds;
        }
        return cards;
    }

    private static BufferedImage thumbnail(Path file, double at) {
        try (Mp4VideoReader r = Mp4VideoReader.open(file)) {
            long index = Math.max(0, (long) Math.floor(at * r.info().fps()));
            r.seekToFrame(index);
            VideoFrame f = r.nextFrame();
            if (f == null) {
                return null;
            }
            BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < f.height(); y++) {
                for (int x = 0; x < f.width(); x++) {
                    img.setRGB(x, y, f.rgbAt(x, y));
                }
            }
            return img;
        } catch (IOException e) {
            // an unreadable take gets the placeholder card; the sheet is still useful
            return null;
        }
    }

    private static String time(double s) {
        int total = (int) Math.round(s * 10);
        return String.format(Locale.ROOT, "%d:%02d.%d", total / 600, total / 10 % 60, total % 10); //$NON-NLS-1$
    }
}
