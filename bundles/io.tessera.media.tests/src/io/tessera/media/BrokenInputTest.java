package io.tessera.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenInputTest {
    @TempDir
    Path dir;

    private Path goodClip() throws Exception {
        Path file = dir.resolve("good.mp4");
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(64, 48, 12))) {
            for (int i = 0; i < 24; i++) {
                VideoFrame f = VideoFrame.blank(64, 48);
                f.setRgb(i, i, 0xffffff);
                w.writeFrame(f);
            }
        }
        return file;
    }

    private void assertRejected(Path file) {
        MediaFormatException e = assertThrows(MediaFormatException.class, () -> MediaProbe.probe(file));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertThrows(MediaFormatException.class, () -> Mp4VideoReader.open(file).close());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.mp4"), new byte[0]);
        assertRejected(f);
    }

    @Test
    void textRenamedToMp4() throws Exception {
        assertRejected(Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video\n".repeat(50)));
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        assertRejected(Files.write(dir.resolve("noise.mp4"), noise));
    }

    @Test
    void pngIsNotAVideo() throws Exception {
        Path png = dir.resolve("picture.mp4");
        Images.writePng(VideoFrame.blank(8, 8), png);
        MediaFormatException e = assertThrows(MediaFormatException.class, () -> Mp4VideoReader.open(png).close());
        assertTrue(e.getMessage().contains("picture.mp4"), e.getMessage());
    }

    @Test
    void mp4CutInHalf() throws Exception {
        byte[] whole = Files.readAllBytes(goodClip());
        Path half = Files.write(dir.resolve("half.mp4"), Arrays.copyOf(whole, whole.length / 2));
        MediaFormatException e = assertThrows(MediaFormatException.class, () -> MediaProbe.probe(half));
        assertTrue(e.getMessage().contains("half.mp4") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void uuidBoxAppendReadReplaceKeepsTheFilePlayable() throws Exception {
        Path file = goodClip();
        byte[] type = "tessera-manifest".getBytes(StandardCharsets.US_ASCII);
        Mp4Boxes.appendUuidBox(file, type, "first".getBytes(StandardCharsets.UTF_8));
        Mp4Boxes.appendUuidBox(file, type, "second, longer".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("second, longer".getBytes(StandardCharsets.UTF_8), Mp4Boxes.readUuidBox(file, type).orElseThrow());
        List<Mp4Box> boxes = Mp4Boxes.list(file);
        assertEquals(1, boxes.stream().filter(b -> b.type().equals("uuid")).count());
        assertEquals("uuid", boxes.get(boxes.size() - 1).type());
        assertEquals(24, MediaProbe.probe(file).frameCount());
    }
}
