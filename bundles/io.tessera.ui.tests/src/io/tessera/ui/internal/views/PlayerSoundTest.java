package io.tessera.ui.internal.views;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.editor.TimelineEditor;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.ToneClips;
import io.tessera.ui.internal.player.SoundOut;
import io.tessera.ui.internal.timeline.TimelineCanvas;

/**
 * The Player plays the timeline with its sound, for real: Java Sound's default ALSA device is a file here (the pom
 * points ALSA at alsa/capture.conf), so what the player played is read back and checked for the two clips' tones,
 * in order, at their level. Also: pictures paced by the sound (drift measured), a seek while playing, the out mark,
 * looping, and a machine without a sound device.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlayerSoundTest {
    private static final int FPS = 24;
    private static final double A = 440;
    private static final double B = 880;

    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;
    private static PlayerView player;
    private static TimelineCanvas canvas;
    private static Path capture;

    @BeforeAll
    static void timelineOfTwoTones() throws Exception {
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        Path dir = ProjectSession.getDefault().file().getParent();
        ProjectSession.getDefault().open(dir.resolve("player-sound-" + System.currentTimeMillis() + ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
        spinFor(300);
        capture = ToneClips.capture();
        assertNotNull(capture, "TESSERA_SOUND_CAPTURE is not set: run through the pom, which points ALSA at alsa/capture.conf"); //$NON-NLS-1$
        System.out.println("PlayerSoundTest: Java Sound mixers " //$NON-NLS-1$
                + java.util.Arrays.stream(AudioSystem.getMixerInfo()).map(m -> m.getName()).toList());

        var red = ToneClips.add("tone-a", 0xC03030, A, 1.5, FPS); //$NON-NLS-1$
        var blue = ToneClips.add("tone-b", 0x3040C0, B, 1.5, FPS); //$NON-NLS-1$
        TimelineEditor editor = ProjectSession.getDefault().editor();
        editor.timeline(FPS);
        Track v1 = editor.track(TrackKind.VIDEO);
        editor.append(v1, red, 0, 1.5); // frames 0..35
        editor.append(v1, blue, 0, 1.5); // frames 36..71
        TimelineView tv = (TimelineView) page.showView(StudioIds.TIMELINE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        canvas = tv.canvas();
        tv.fitToWindow();
        player = (PlayerView) page.showView(StudioIds.PLAYER_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        // the player follows the timeline once it has found it; a playhead move shows the timeline
        canvas.setPlayhead(1);
        spinUntil(5_000, () -> player.isTimelineMode() && player.shownFrame() == 1);
        canvas.setPlayhead(0);
        spinUntil(5_000, () -> player.shownFrame() == 0);
        assertTrue(player.isTimelineMode(), "the player does not follow the timeline"); //$NON-NLS-1$
        assertEquals(72, player.frameCount());
    }

    @AfterAll
    static void realDeviceAgain() {
        if (player != null) {
            player.stop();
            player.loopButton().setSelection(false);
            player.soundOut().useLineOpener(AudioSystem::getSourceDataLine);
        }
    }

    @Test
    @Order(1)
    void playsTheTimelinesSoundInOrderAtItsLevelWithThePicturesInSync() throws Exception {
        Files.deleteIfExists(capture);
        long started = System.nanoTime();
        player.togglePlay();
        assertTrue(player.isPlaying());
        spinUntil(5_000, () -> player.soundOut().state() == SoundOut.State.PLAYING);
        assertEquals(SoundOut.State.PLAYING, player.soundOut().state(), "sound: " + player.soundMessage()); //$NON-NLS-1$
        spinFor(1_200);
        shot("20-player-timeline-with-sound"); //$NON-NLS-1$
        spinUntil(10_000, () -> !player.isPlaying());
        double took = (System.nanoTime() - started) / 1e9;
        assertFalse(player.isPlaying(), "still playing after 10 s"); //$NON-NLS-1$
        assertEquals(71, player.currentFrame(), "stops on the last frame"); //$NON-NLS-1$
        assertEquals(71, canvas.playhead(), "and the timeline's playhead with it"); //$NON-NLS-1$

        spinFor(400); // the sound thread lets go of the device, and ALSA writes out the file, just after the stop
        float[] s = ToneClips.captured(capture);
        double seconds = s.length / 2.0 / ToneClips.RATE;
        double a1 = ToneClips.power(s, 0.2, 1.0, A);
        double b1 = ToneClips.power(s, 0.2, 1.0, B);
        double a2 = ToneClips.power(s, 1.7, 1.0, A);
        double b2 = ToneClips.power(s, 1.7, 1.0, B);
        double levelA = ToneClips.rms(s, 0.2, 1.0);
        double levelB = ToneClips.rms(s, 1.7, 1.0);
        double startLevel = ToneClips.rms(s, 0.01, 0.04);
        System.out.printf(Locale.ROOT,
                "PlayerSoundTest: played %.2f s in %.2f s; capture %.3f s; first half %.0f dB more %s than %s, second half %.0f dB more %s than %s; "
                        + "rms %.4f then %.4f (a 0.3 sine is %.4f); in the first 50 ms %.4f; %s%n", //$NON-NLS-1$
                72.0 / FPS, took, seconds, 10 * Math.log10(a1 / b1), A, B, 10 * Math.log10(b2 / a2), B, A, levelA, levelB,
                ToneClips.AMPLITUDE / Math.sqrt(2), startLevel, player.syncMeter());
        assertEquals(3.0, seconds, 0.35, "the capture holds the timeline's 3 s (and at most the device's lead beyond)"); //$NON-NLS-1$
        assertTrue(a1 > 1000 * b1, "the first clip's tone first"); //$NON-NLS-1$
        assertTrue(b2 > 1000 * a2, "then the second's"); //$NON-NLS-1$
        double expected = ToneClips.AMPLITUDE / Math.sqrt(2);
        assertEquals(expected, levelA, expected * 0.06, "at the clips' level (within 0.5 dB)"); //$NON-NLS-1$
        assertEquals(expected, levelB, expected * 0.06, "at the clips' level (within 0.5 dB)"); //$NON-NLS-1$
        assertTrue(startLevel > expected * 0.8, "the sound starts with the first frame, not late: " + startLevel); //$NON-NLS-1$
        assertTrue(took > 2.9 && took < 4.0, "3 s of timeline played in real time: " + took); //$NON-NLS-1$

        // the pictures followed the sound: drawn at most a little more than a frame after their sound began
        assertTrue(player.syncMeter().count() > 40, "pictures drawn while the sound paced: " + player.syncMeter()); //$NON-NLS-1$
        assertTrue(Math.abs(player.syncMeter().worstMillis()) < 100, "worst drift " + player.syncMeter()); //$NON-NLS-1$
        assertTrue(Math.abs(player.syncMeter().meanMillis()) < 50, "mean drift " + player.syncMeter()); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void aSeekWhilePlayingPlaysTheNewPlaceWithNothingOfTheOld() throws Exception {
        canvas.setPlayhead(0);
        spinFor(200);
        player.togglePlay();
        spinUntil(5_000, () -> player.soundOut().state() == SoundOut.State.PLAYING);
        spinFor(400);
        assertTrue(player.currentFrame() < 30, "still in the first clip: " + player.currentFrame()); //$NON-NLS-1$
        // a scrub on the timeline while playing: the sound starts again there (the device opens anew, and so
        // does the capture file), so what the file holds now is only what played after the seek
        canvas.setPlayhead(48);
        spinUntil(3_000, () -> player.soundOut().state() == SoundOut.State.PLAYING && player.currentFrame() > 50);
        spinFor(400);
        player.togglePlay();
        assertFalse(player.isPlaying());
        spinFor(400);
        float[] s = ToneClips.captured(capture);
        double a = ToneClips.power(s, 0.0, 0.3, A);
        double b = ToneClips.power(s, 0.0, 0.3, B);
        System.out.printf(Locale.ROOT, "PlayerSoundTest: after the seek to frame 48 the capture starts with %s %.0f dB over %s (%.3f s captured)%n", //$NON-NLS-1$
                B, 10 * Math.log10(b / Math.max(1e-12, a)), A, s.length / 2.0 / ToneClips.RATE);
        assertTrue(b > 1000 * a, "right after the seek the second clip's tone, none of the first's"); //$NON-NLS-1$
        assertTrue(ToneClips.rms(s, 0.005, 0.03) > 0.15, "from its first samples"); //$NON-NLS-1$
    }

    @Test
    @Order(3)
    void stopsAtTheOutMark() throws Exception {
        player.loopButton().setSelection(false);
        canvas.setMarks(12, 30);
        canvas.setPlayhead(12);
        spinFor(200);
        long started = System.nanoTime();
        player.togglePlay();
        spinUntil(5_000, () -> !player.isPlaying());
        double took = (System.nanoTime() - started) / 1e9;
        assertFalse(player.isPlaying());
        assertEquals(30, canvas.playhead(), "stopped at the out mark"); //$NON-NLS-1$
        assertTrue(took > 0.7 && took < 1.5, "18 frames at 24 fps took " + took + " s"); //$NON-NLS-1$ //$NON-NLS-2$
        shot("21-player-stopped-at-out-mark"); //$NON-NLS-1$
    }

    @Test
    @Order(4)
    void loopsBetweenTheMarks() throws Exception {
        canvas.setMarks(12, 24);
        canvas.setPlayhead(12);
        player.loopButton().setSelection(true);
        AtomicInteger loops = new AtomicInteger();
        AtomicLong last = new AtomicLong(12);
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        AtomicLong highest = new AtomicLong(-1);
        java.util.function.LongConsumer watch = f -> {
            if (f < last.get()) {
                loops.incrementAndGet();
            }
            last.set(f);
            lowest.set(Math.min(lowest.get(), f));
            highest.set(Math.max(highest.get(), f));
        };
        canvas.addPlayheadListener(watch);
        try {
            player.togglePlay();
            spinFor(1_800); // three and a half times round half a second
            assertTrue(player.isPlaying(), "looping goes on"); //$NON-NLS-1$
            player.togglePlay();
        } finally {
            canvas.removePlayheadListener(watch);
            player.loopButton().setSelection(false);
            canvas.setMarks(-1, -1);
        }
        System.out.printf(Locale.ROOT, "PlayerSoundTest: %d loops in 1.8 s, playhead within %d..%d%n", loops.get(), lowest.get(), highest.get()); //$NON-NLS-1$
        assertTrue(loops.get() >= 2 && loops.get() <= 4, "loops: " + loops.get()); //$NON-NLS-1$
        assertTrue(lowest.get() >= 12 && highest.get() <= 24, "the playhead stayed between the marks: " + lowest + ".." + highest); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    @Order(5)
    void withoutASoundDeviceItSaysSoAndPlaysSilently() throws Exception {
        player.soundOut().useLineOpener(format -> {
            throw new LineUnavailableException("no sound card on this machine (test)"); //$NON-NLS-1$
        });
        canvas.setMarks(-1, -1);
        canvas.setPlayhead(0);
        spinFor(200);
        page.activate(player);
        long started = System.nanoTime();
        player.togglePlay();
        spinUntil(3_000, () -> player.soundOut().state() == SoundOut.State.NO_DEVICE);
        spinFor(1_000);
        assertTrue(player.isPlaying(), "it plays on"); //$NON-NLS-1$
        assertEquals(SoundOut.State.NO_DEVICE, player.soundOut().state());
        assertEquals(Messages.playerNoSoundDevice, player.soundMessage());
        double elapsed = (System.nanoTime() - started) / 1e9;
        long reached = player.currentFrame();
        System.out.printf(Locale.ROOT, "PlayerSoundTest: without a device, frame %d after %.2f s%n", reached, elapsed); //$NON-NLS-1$
        assertEquals(elapsed * FPS, reached, 0.3 * FPS, "pictures on the wall clock"); //$NON-NLS-1$
        shot("22-player-no-sound-device"); //$NON-NLS-1$
        player.togglePlay();
        player.soundOut().useLineOpener(AudioSystem::getSourceDataLine);
    }

    private static void shot(String name) throws Exception {
        spinFor(250);
        assertTrue(page.isPartVisible(player), name + ": the Player is not visible"); //$NON-NLS-1$
        save(name, capture(window.getShell()));
    }
}
