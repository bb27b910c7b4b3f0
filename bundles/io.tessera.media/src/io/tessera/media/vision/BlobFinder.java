package io.tessera.media.vision;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.RotatedRect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Foreground regions of a frame against a background image, with OpenCV: colour distance to the background,
 * threshold, morphological opening, external contours; each region is measured on its own outline.
 */
public final class BlobFinder {
    private BlobFinder() {
    }

    /**
     * Regions of {@code rgb} that differ from {@code background} by more than {@code threshold} (max channel difference)
     * and cover at least {@code minArea} pixels. Both images are packed RGB of {@code width}×{@code height}.
     */
    public static List<Blob> find(byte[] rgb, byte[] background, int width, int height, int threshold, int minArea) {
        return regions(rgb, foreground(rgb, background, width * height, threshold), width, height, minArea);
    }

    /** The mask (255 = foreground) of the {@code pixels} pixels that differ from {@code background} by more than {@code threshold} in some channel. */
    public static byte[] foreground(byte[] rgb, byte[] background, int pixels, int threshold) {
        byte[] mask = new byte[pixels];
        for (int i = 0, p = 0; i < mask.length; i++, p += 3) {
            int d = Math.max(Math.abs((rgb[p] & 0xFF) - (background[p] & 0xFF)),
                    Math.max(Math.abs((rgb[p + 1] & 0xFF) - (background[p + 1] & 0xFF)), Math.abs((rgb[p + 2] & 0xFF) - (background[p + 2] & 0xFF))));
            mask[i] = (byte) (d > threshold ? 255 : 0);
        }
        return mask;
    }

    /** Regions of a binary mask (non-zero = foreground), measured with the colours of {@code rgb}. */
    public static List<Blob> regions(byte[] rgb, byte[] mask, int width, int height, int minArea) {
        List<Blob> out = new ArrayList<>();
        try (Mat m = new Mat(height, width, opencv_core.CV_8UC1); Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                new Size(3, 3)); MatVector contours = new MatVector(); Mat hierarchy = new Mat()) {
            m.data().put(mask);
            opencv_imgproc.morphologyEx(m, m, opencv_imgproc.MORPH_OPEN, kernel);
            byte[] cleaned = new byte[width * height];
            m.data().get(cleaned);
            opencv_imgproc.findContours(m.clone(), contours, hierarchy, opencv_imgproc.RETR_EXTERNAL, opencv_imgproc.CHAIN_APPROX_NONE);
            for (long i = 0; i < contours.size(); i++) {
                Mat c = contours.get(i);
                Blob b = measure(c, rgb, cleaned, width, height, minArea);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static Blob measure(Mat contour, byte[] rgb, byte[] mask, int width, int height, int minArea) {
        double filledArea = opencv_imgproc.contourArea(contour);
        // pixels of the region itself: fill the outline, then count mask pixels inside it
        int pixels = 0;
        long sr = 0;
        long sg = 0;
        long sb = 0;
        double sx = 0;
        double sy = 0;
        int filledPixels = 0;
        long ir = 0;
        long ig = 0;
        long ib = 0;
        int interior = 0;
        boolean border = false;
        try (Mat fill = new Mat(height, width, opencv_core.CV_8UC1, new org.bytedeco.opencv.opencv_core.Scalar(0.0)); MatVector one = new MatVector(contour)) {
            opencv_imgproc.drawContours(fill, one, 0, new org.bytedeco.opencv.opencv_core.Scalar(255.0), opencv_imgproc.FILLED, opencv_imgproc.LINE_8,
                    new Mat(), Integer.MAX_VALUE, new org.bytedeco.opencv.opencv_core.Point(0, 0));
            byte[] inside = new byte[width * height];
            ((BytePointer) fill.data()).get(inside);
            for (int i = 0; i < inside.length; i++) {
                if (inside[i] == 0) {
                    continue;
                }
                filledPixels++;
                if (mask[i] == 0) {
                    continue;
                }
                pixels++;
                int x = i % width;
                int y = i / width;
                border |= x == 0 || y == 0 || x == width - 1 || y == height - 1;
                if (x > 0 && y > 0 && x < width - 1 && y < height - 1 && mask[i - 1] != 0 && mask[i + 1] != 0 && mask[i - width] != 0
                        && mask[i + width] != 0) {
                    interior++;
                    ir += rgb[i * 3] & 0xFF;
                    ig += rgb[i * 3 + 1] & 0xFF;
                    ib += rgb[i * 3 + 2] & 0xFF;
                }
                sr += rgb[i * 3] & 0xFF;
                sg += rgb[i * 3 + 1] & 0xFF;
                sb += rgb[i * 3 + 2] & 0xFF;
                sx += i % width;
                sy += i / width;
            }
        }
        if (pixels < minArea) {
            return null;
        }
        double perimeter = opencv_imgproc.arcLength(contour, true);
        double circularity = perimeter > 0 ? 4 * Math.PI * filledArea / (perimeter * perimeter) : 0;
        double solidity;
        try (Mat hull = new Mat()) {
            opencv_imgproc.convexHull(contour, hull);
            double hullArea = opencv_imgproc.contourArea(hull);
            solidity = hullArea > 0 ? filledArea / hullArea : 0;
        }
        int vertices;
        try (Mat approx = new Mat()) {
            opencv_imgproc.approxPolyDP(contour, approx, 0.04 * perimeter, true);
            vertices = (int) approx.total();
        }
        RotatedRect r = opencv_imgproc.minAreaRect(contour);
        double w = r.size().width();
        double h = r.size().height();
        double aspect = Math.max(w, h) / Math.max(1e-6, Math.min(w, h));
        double angle = Math.abs(r.angle()) % 90;
        if (angle > 45) {
            angle = 90 - angle;
        }
        double extent = w * h > 0 ? filledArea / (w * h) : 0;
        int colour = interior >= 3 ? (int) (ir / interior) << 16 | (int) (ig / interior) << 8 | (int) (ib / interior)
                : (int) (sr / pixels) << 16 | (int) (sg / pixels) << 8 | (int) (sb / pixels);
        return new Blob(pixels, sx / pixels, sy / pixels, colour, circularity, solidity, vertices, (double) filledPixels / pixels, aspect, angle, extent,
                border);
    }
}
