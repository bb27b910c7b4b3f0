package io.tessera.audio.analysis;

import java.util.List;

/**
 * What the pictures of a clip show, as far as sound is concerned: its shots, the moving objects and the impacts.
 *
 * @param fps        frame rate
 * @param frames     frame count
 * @param width      analysed picture width (proxy pixels)
 * @param height     analysed picture height
 * @param shots      the shots, in order
 * @param tracks     objects followed through each shot
 * @param impacts    collisions, by frame
 */
public record SceneAnalysis(double fps, int frames, int width, int height, List<ShotInfo> shots, List<Track> tracks, List<Impact> impacts) {

    public double seconds() {
        return frames / fps;
    }

    public ShotInfo shotAt(int frame) {
        for (ShotInfo s : shots) {
            if (frame <= s.lastFrame()) {
                return s;
            }
        }
        return shots.get(shots.size() - 1);
    }
}
