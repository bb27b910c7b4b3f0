package io.tessera.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Still images (PNG, JPEG, ...) as one-frame video. */
public final class Images {
    private Images() {
    }

    public static VideoFrame read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new MediaFormatException(file, "not a readable image (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (img == null) {
            throw new MediaFormatException(file, "not an image format this installation can read"); //$NON-NLS-1$
        }
        VideoFrame frame = VideoFrame.blank(img.getWidth(), img.getHeight());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                frame.setRgb(x, y, img.getRGB(x, y) & 0xffffff);
            }
        }
        return frame;
    }

    public static void writePng(VideoFrame frame, Path file) throws IOException {
        BufferedImage img = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                img.setRGB(x, y, frame.rgbAt(x, y));
            }
        }
        if (!ImageIO.write(img, "png", file.toFile())) { //$NON-NLS-1$
            throw new IOException(file + ": no PNG writer available"); //$NON-NLS-1$
        }
    }
}
