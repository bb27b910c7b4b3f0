package io.tessera.media.vision;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * How well one frame predicts the next once motion is followed: dense optical flow (OpenCV's Farnebäck) from the
 * later frame back to the earlier one, the earlier frame warped along it, and the difference left over. Real motion
 * leaves little; pictures that change without moving (flicker, boiling texture, things that pop in) leave a lot.
 */
public final class MotionCompensation {
    private MotionCompensation() {
    }

    /**
     * Per pixel, |next − earlier warped onto next| for two grey images of {@code width}×{@code height}; also returns
     * through {@code motion} (when not null, length width·height) the flow's length in pixels.
     */
    public static float[] residual(byte[] earlier, byte[] next, int width, int height, float[] motion) {
        int n = width * height;
        try (Mat a = new Mat(height, width, opencv_core.CV_8UC1); Mat b = new Mat(height, width, opencv_core.CV_8UC1); Mat flow = new Mat();
                Mat mapX = new Mat(height, width, opencv_core.CV_32FC1); Mat mapY = new Mat(height, width, opencv_core.CV_32FC1);
                Mat warped = new Mat()) {
            a.data().put(earlier, 0, n);
            b.data().put(next, 0, n);
            opencv_video.calcOpticalFlowFarneback(b, a, flow, 0.5, 3, 13, 3, 5, 1.1, 0);
            float[] f = new float[n * 2];
            new FloatPointer(flow.data()).get(f);
            float[] mx = new float[n];
            float[] my = new float[n];
            for (int i = 0; i < n; i++) {
                float dx = f[2 * i];
                float dy = f[2 * i + 1];
                mx[i] = i % width + dx;
                my[i] = i / width + dy;
                if (motion != null) {
                    motion[i] = (float) Math.sqrt(dx * dx + dy * dy);
                }
            }
            new FloatPointer(mapX.data()).put(mx);
            new FloatPointer(mapY.data()).put(my);
            opencv_imgproc.remap(a, warped, mapX, mapY, opencv_imgproc.INTER_LINEAR, opencv_core.BORDER_REPLICATE, new org.bytedeco.opencv.opencv_core.Scalar(0.0));
            byte[] w = new byte[n];
            warped.data().get(w);
            float[] r = new float[n];
            for (int i = 0; i < n; i++) {
                r[i] = Math.abs((next[i] & 0xFF) - (w[i] & 0xFF));
            }
            return r;
        }
    }
}
