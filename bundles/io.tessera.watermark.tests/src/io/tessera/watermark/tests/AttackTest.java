package io.tessera.watermark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.watermark.bench.Attack;
import io.tessera.watermark.bench.AttackRunner;
import io.tessera.media.FfmpegTool;
import io.tessera.watermark.mark.Detection;
import io.tessera.watermark.mark.MarkReader;
import io.tessera.watermark.mark.Payload;

/** Every attack of the benchmark, once, on one marked clip, with the real ffmpeg CLI (installed by .ci/run). */
class AttackTest {
    private static final Payload PAYLOAD = new Payload(0xABCDE12345L, 0x0F1E2D);
    @TempDir
    static Path dir;
    static FfmpegTool ffmpeg;
    static Path marked;

    @BeforeAll
    static void markedClip() throws IOException {
        ffmpeg = FfmpegTool.find();
        marked = TestClips.write(dir.resolve("marked.mp4"), 640, 360, 24, 96, 21, PAYLOAD);
    }

    @Test
    void everySingleAttackKeepsThePayload() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Attack attack : Attack.singles()) {
            Path out = dir.resolve(attack.name() + ".mp4");
            AttackRunner.apply(ffmpeg, attack, marked, out, 1.0);
            Detection d = MarkReader.read(out, null);
            if (!d.detected() || !d.payload().map(PAYLOAD::equals).orElse(false)) {
                failures.add(attack.name() + " (p " + d.pValue() + ", bits " + d.matchingBits(PAYLOAD) + ")");
            }
        }
        assertTrue(failures.isEmpty(), "lost under " + failures);
    }

    @Test
    void aPairOfAttacksKeepsThePayload() throws Exception {
        Attack pair = Attack.pairs().stream().filter(a -> a.name().equals("scale50+crop10")).findFirst().orElseThrow();
        Path out = dir.resolve("pair.mp4");
        AttackRunner.apply(ffmpeg, pair, marked, out, 0);
        Detection d = MarkReader.read(out, null);
        assertEquals(PAYLOAD, d.payload().orElseThrow(() -> new AssertionError("p " + d.pValue())));
    }
}
