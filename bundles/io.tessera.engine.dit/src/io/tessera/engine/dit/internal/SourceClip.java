package io.tessera.engine.dit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The ends of a source clip, read in one pass: its first and last frames (the last in a ring buffer, so
 * extending a long clip does not hold all of it), its frame count and rate, and those ends resampled to the model's
 * frame rate.
 */
record SourceClip(List<VideoFrame> head, List<VideoFrame> tail, int count, double fps, int modelFps) {

    /**
     * Reads the first {@code headSeconds} and last {@code tailSeconds} of a clip, converted to frames at the clip's own
     * rate (0 seconds: one frame; negative: none).
     */
    static SourceClip read(Path file, int modelFps, double headSeconds, double tailSeconds) throws IOException {
        List<VideoFrame> head = new ArrayList<>();
        ArrayDeque<VideoFrame> tail = new ArrayDeque<>();
        int count = 0;
        double fps;
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            fps = reader.info().fps() > 0 ? reader.info().fps() : modelFps;
            int headFrames = frames(headSeconds, fps);
            int tailFrames = frames(tailSeconds, fps);
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                count++;
                if (head.size() < headFrames) {
                    head.add(f);
                }
                if (tailFrames > 0) {
                    if (tail.size() == tailFrames) {
                        tail.removeFirst();
                    }
                    tail.addLast(f);
                }
                if (tailFrames == 0 && head.size() >= headFrames) {
                    break;
                }
            }
        } catch (MediaFormatException e) {
            throw new IOException("--from " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (count == 0) {
            throw new IOException("--from " + file + " has no video frames"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new SourceClip(head, new ArrayList<>(tail), count, fps, modelFps);
    }

    private static int frames(double seconds, double fps) {
        return seconds < 0 ? 0 : (int) Math.ceil(seconds * fps) + 1;
    }

    /** The head at the model's frame rate: the source frame nearest to each model frame time. */
    List<VideoFrame> headAtModelRate() {
        List<VideoFrame> out = new ArrayList<>();
        double step = fps / modelFps;
        for (double t = 0; Math.round(t) < head.size(); t += step) {
            out.add(head.get((int) Math.round(t)));
        }
        return out;
    }

    /** The last {@code n} model-rate frames, ending exactly on the clip's last frame (where the new part joins). */
    List<VideoFrame> tailAtModelRate(int n) {
        List<VideoFrame> out = new ArrayList<>();
        double step = fps / modelFps;
        for (int j = 0; j < n; j++) {
            int back = (int) Math.round(j * step);
            if (back >= tail.size()) {
                break;
            }
            out.add(0, tail.get(tail.size() - 1 - back));
        }
        return out;
    }
}
