package io.tessera.audio.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.audio.ClipView;
import io.tessera.media.VideoFrame;

/**
 * Reads a clip's pictures once and says what sound should follow: shots (hard cuts), the moving objects of each shot
 * with their position, size and speed, and the collisions. It works on small proxies of the frames and keeps only
 * the current shot's proxies, so memory follows the longest shot, not the clip. Nothing but pixels is used: a clip
 * from another engine or a camera is analysed the same way.
 */
public final class SceneAnalyzer {
    /** Longer side of the analysed proxies, in pixels. */
    public static final int PROXY_SIDE = 128;
    /** Observed frames an object needs before it makes any sound. */
    static final int MIN_OBSERVED = 4;
    /**
     * Frames after the estimated moment of contact that its sound starts. The estimate is where the paths before and
     * after cross, so it falls between the last frame before the contact and the first that shows it; a hit put on
     * whole frames (the first that shows it) was a frame off whenever the estimate landed a little either side of a
     * frame. Starting the sound a third of a frame after the estimate keeps it within a frame of the picture that
     * shows the contact for estimates up to about half a frame off either way; the sound then leads that picture by
     * at most about 30 ms, well under what a viewer notices (sound leading by 45 ms).
     */
    static final double SOUND_LEAD_FRAMES = 0.3;

    private final double fps;
    private final CutDetector cuts = new CutDetector();
    private final List<Proxy> shotFrames = new ArrayList<>();
    private final List<ShotInfo> shots = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();
    private final List<Impact> impacts = new ArrayList<>();
    private int frames;
    private int shotStart;
    private int width;
    private int height;

    public SceneAnalyzer(double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, not " + fps); //$NON-NLS-1$
        }
        this.fps = fps;
    }

    public static SceneAnalysis analyse(ClipView clip, IProgressMonitor monitor) throws IOException {
        int expected = Math.max(1, clip.format().frameCount());
        SubMonitor progress = SubMonitor.convert(monitor, "Analysing the pictures", expected); //$NON-NLS-1$
        SceneAnalyzer analyzer = new SceneAnalyzer(clip.format().fps());
        for (VideoFrame f; (f = clip.nextFrame()) != null;) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            analyzer.accept(f);
            progress.setWorkRemaining(Math.max(1, expected - analyzer.frames));
            progress.worked(1);
        }
        return analyzer.finish();
    }

    public void accept(VideoFrame frame) {
        Proxy p = Proxy.of(frame, PROXY_SIDE);
        // the detector sees every frame (it starts afresh on the first and on a change of size, which is a cut too)
        boolean cut = cuts.isCut(p);
        if (frames > 0 && (cut || p.width() != width || p.height() != height)) {
            closeShot();
        }
        width = p.width();
        height = p.height();
        shotFrames.add(p);
        frames++;
    }

    public SceneAnalysis finish() {
        if (!shotFrames.isEmpty()) {
            closeShot();
        }
        impacts.sort(java.util.Comparator.comparingInt(Impact::frame));
        return new SceneAnalysis(fps, frames, width, height, List.copyOf(shots), List.copyOf(tracks), List.copyOf(impacts));
    }

    private void closeShot() {
        int shot = shots.size();
        byte[] background = ShotBackground.median(shotFrames);
        shots.add(describe(shot, shotStart, shotStart + shotFrames.size() - 1, background));
        int minArea = Math.max(4, width * height / 1500);
        ObjectTracker tracker = new ObjectTracker(width, height);
        for (int i = 0; i < shotFrames.size(); i++) {
            List<Region> regions = RegionFinder.find(shotFrames.get(i), background, minArea);
            // a region over most of the picture is a change of light or a camera move, not an object
            regions.removeIf(r -> r.area() > 0.4 * width * height);
            tracker.next(shotStart + i, regions);
        }
        Map<ObjectTracker.Observed, Integer> ids = new IdentityHashMap<>();
        for (ObjectTracker.Observed o : tracker.tracks()) {
            if (o.frames.size() >= MIN_OBSERVED) {
                int id = tracks.size();
                ids.put(o, id);
                tracks.add(toTrack(id, shot, o));
            }
        }
        ImpactDetector detector = new ImpactDetector(width, height, fps, shotStart);
        for (ImpactDetector.Candidate c : detector.detect(tracker.tracks(), tracker.contacts())) {
            Integer first = ids.get(c.first());
            Integer second = c.second() == null ? Integer.valueOf(-1) : ids.get(c.second());
            if (first == null || second == null) {
                continue;
            }
            double speed = c.strength() * fps / Math.max(width, height);
            double size = Math.sqrt(c.area() / (double) (width * height));
            // a contact between two frames is first seen on the frame after it
            int seen = (int) Math.ceil(c.at());
            impacts.add(new Impact(seen, c.at() + SOUND_LEAD_FRAMES, c.kind(), c.x() / width, c.y() / height, speed, size, first, second));
        }
        shotStart += shotFrames.size();
        shotFrames.clear();
    }

    private Track toTrack(int id, int shot, ObjectTracker.Observed o) {
        int first = o.frames.get(0);
        int last = o.frames.get(o.frames.size() - 1);
        int n = last - first + 1;
        float[] x = new float[n];
        float[] y = new float[n];
        float[] size = new float[n];
        double pixels = width * (double) height;
        for (int k = 0; k < o.frames.size(); k++) {
            Region r = o.regions.get(k);
            int i = o.frames.get(k) - first;
            x[i] = (float) (r.cx() / width);
            y[i] = (float) (r.cy() / height);
            size[i] = (float) Math.sqrt(r.area() / pixels);
            if (k > 0) {
                int j = o.frames.get(k - 1) - first;
                for (int g = j + 1; g < i; g++) {
                    float a = (g - j) / (float) (i - j);
                    x[g] = x[j] + a * (x[i] - x[j]);
                    y[g] = y[j] + a * (y[i] - y[j]);
                    size[g] = size[j] + a * (size[i] - size[j]);
                }
            }
        }
        float[] speed = new float[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 2);
            int b = Math.min(n - 1, i + 2);
            if (b > a) {
                double dx = (x[b] - x[a]) * width;
                double dy = (y[b] - y[a]) * height;
                speed[i] = (float) (Math.hypot(dx, dy) / (b - a) * fps / width);
            }
        }
        int rgb = o.regions.get(o.regions.size() / 2).rgb();
        return new Track(id, shot, first, x, y, size, speed, rgb, o.frames.size());
    }

    private ShotInfo describe(int index, int first, int last, byte[] bg) {
        long[] all = new long[3];
        long[] top = new long[3];
        long[] bottom = new long[3];
        long edges = 0;
        for (int yy = 0; yy < height; yy++) {
            for (int xx = 0; xx < width; xx++) {
                int p = (yy * width + xx) * 3;
                for (int c = 0; c < 3; c++) {
                    int v = bg[p + c] & 0xFF;
                    all[c] += v;
                    if (yy < height / 3) {
                        top[c] += v;
                    } else if (yy >= height - height / 3) {
                        bottom[c] += v;
                    }
                    if (xx > 0) {
                        edges += Math.abs(v - (bg[p + c - 3] & 0xFF));
                    }
                }
            }
        }
        int third = Math.max(1, height / 3) * width;
        return new ShotInfo(index, first, last, pack(all, width * height), pack(top, third), pack(bottom, third),
                edges / (3.0 * Math.max(1, (width - 1) * height)));
    }

    private static int pack(long[] sum, int n) {
        return (int) (sum[0] / n) << 16 | (int) (sum[1] / n) << 8 | (int) (sum[2] / n);
    }
}
