package io.tessera.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.tessera.editor.Timelines;
import io.tessera.editor.Transitions;
import io.tessera.editor.VolumeEnvelope;
import io.tessera.media.AudioStreamReader;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.Transition;

/**
 * The sound of a timeline, made block by block as the pictures are: every item of every track (video items bring
 * their own sound) is a voice, read from its file only while it sounds, weighted by its volume envelope and by the
 * transitions at its ends (equal-power for crossfades and wipes, linear through black), and summed.
 * <p>
 * A plain cut joins two unrelated waveforms, which clicks; each item without a transition at an edge is faded over
 * {@value #EDGE_MS} ms there, too short to hear as a dip. The sum passes a soft clipper above {@value #KNEE}, which
 * only acts where overlapping voices add up past full scale.
 */
public final class AudioMix implements AutoCloseable {
    static final double EDGE_MS = 4;
    static final double KNEE = 0.9;
    private final int sampleRate;
    private final int channels = 2;
    private final List<Voice> voices = new ArrayList<>();
    private long position;
    private float[] scratch = new float[0];

    public AudioMix(Timeline timeline, Map<MediaAsset, Path> files, int sampleRate) {
        this.sampleRate = sampleRate;
        for (Track track : timeline.getTracks()) {
            for (ClipItem item : track.getItems()) {
                Path file = files.get(item.getAsset());
                if (file == null) {
                    continue;
                }
                Transition in = null;
                Transition out = null;
                for (Transition t : track.getTransitions()) {
                    if (t.getTo() == item) {
                        in = t;
                    }
                    if (t.getFrom() == item) {
                        out = t;
                    }
                }
                voices.add(new Voice(item, file, in, out, sampleRate));
            }
        }
        voices.sort(Comparator.comparingLong(v -> v.first));
    }

    /** Where the next {@link #next} starts, in sample frames from the timeline's start. */
    public long position() {
        return position;
    }

    /**
     * Moves to another place (a player's seek, a render of a range): voices behind or ahead are closed by the next
     * read and reopened when they sound again, their readers seeking to the new place.
     */
    public void seek(long samplePosition) {
        if (samplePosition < position) {
            // a voice closed as finished may sound again; its reader restarts anyway on a backward read
            voices.forEach(Voice::close);
        }
        position = Math.max(0, samplePosition);
    }

    /** The next {@code frames} sample frames of the mix, interleaved stereo. */
    public float[] next(int frames) throws IOException {
        float[] mix = new float[frames * channels];
        long end = position + frames;
        if (scratch.length < mix.length) {
            scratch = new float[mix.length];
        }
        for (Voice v : voices) {
            if (v.first >= end) {
                break;
            }
            if (v.last <= position) {
                v.close();
                continue;
            }
            v.addTo(mix, position, frames, scratch);
        }
        for (int i = 0; i < mix.length; i++) {
            mix[i] = softClip(mix[i]);
        }
        position = end;
        return mix;
    }

    static float softClip(float x) {
        float a = Math.abs(x);
        if (a <= KNEE) {
            return x;
        }
        float y = (float) (KNEE + (1 - KNEE) * Math.tanh((a - KNEE) / (1 - KNEE)));
        return Math.copySign(y, x);
    }

    @Override
    public void close() {
        voices.forEach(Voice::close);
    }

    private static final class Voice {
        final ClipItem item;
        final Path file;
        final Transition in;
        final Transition out;
        final int sampleRate;
        final double start;
        final double end;
        /** Sample span on the timeline, transitions included. */
        final long first;
        final long last;
        final long sourceOffset;
        AudioStreamReader reader;
        boolean silent;

        Voice(ClipItem item, Path file, Transition in, Transition out, int sampleRate) {
            this.item = item;
            this.file = file;
            this.in = in;
            this.out = out;
            this.sampleRate = sampleRate;
            this.start = item.getStart();
            this.end = Timelines.end(item);
            double from = in != null ? start - in.getInOffset() : start;
            double to = out != null ? end + out.getOutOffset() : end;
            this.first = Math.round(Math.max(0, from) * sampleRate);
            this.last = Math.round(to * sampleRate);
            this.sourceOffset = Math.round(item.getInPoint() * sampleRate) - Math.round(start * sampleRate);
        }

        void addTo(float[] mix, long position, int frames, float[] buf) throws IOException {
            if (silent) {
                return;
            }
            if (reader == null) {
                reader = AudioStreamReader.open(file, sampleRate, 2);
                if (!reader.hasAudio()) {
                    silent = true;
                    close();
                    return;
                }
            }
            long from = Math.max(position, first);
            long to = Math.min(position + frames, last);
            int n = (int) (to - from);
            if (n <= 0) {
                return;
            }
            reader.read(from + sourceOffset, n, buf);
            double envA = VolumeEnvelope.gainAt(item, from / (double) sampleRate - start);
            double envB = VolumeEnvelope.gainAt(item, to / (double) sampleRate - start);
            int offset = (int) (from - position) * 2;
            for (int k = 0; k < n; k++) {
                double t = (from + k) / (double) sampleRate;
                double env = envA + (envB - envA) * k / n;
                float g = (float) (env * edgeGain(t));
                mix[offset + 2 * k] += buf[2 * k] * g;
                mix[offset + 2 * k + 1] += buf[2 * k + 1] * g;
            }
        }

        private double edgeGain(double t) {
            double g = 1;
            double edge = EDGE_MS / 1000;
            if (in != null) {
                double c = Timelines.cut(in);
                double a = c - in.getInOffset();
                double b = c + in.getOutOffset();
                if (t < b) {
                    g *= incoming(in, (t - a) / (b - a));
                }
            } else if (t - start < edge) {
                g *= Math.max(0, (t - start) / edge);
            }
            if (out != null) {
                double c = Timelines.cut(out);
                double a = c - out.getInOffset();
                double b = c + out.getOutOffset();
                if (t >= a) {
                    g *= outgoing(out, (t - a) / (b - a));
                }
            } else if (end - t < edge) {
                g *= Math.max(0, (end - t) / edge);
            }
            return g;
        }

        private static double incoming(Transition t, double p) {
            p = Math.max(0, Math.min(1, p));
            if (Transitions.FADE_BLACK.equals(t.getKind())) {
                return t.getFrom() == null ? p : Math.max(0, 2 * p - 1);
            }
            return Math.sin(p * Math.PI / 2);
        }

        private static double outgoing(Transition t, double p) {
            p = Math.max(0, Math.min(1, p));
            if (Transitions.FADE_BLACK.equals(t.getKind())) {
                return t.getTo() == null ? 1 - p : Math.max(0, 1 - 2 * p);
            }
            return Math.cos(p * Math.PI / 2);
        }

        void close() {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }
}
