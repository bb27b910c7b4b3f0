package io.tessera.editor.otio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;

/** Tiny real media files and a way to see whether a project changed. */
final class OtioTestSupport {
    private OtioTestSupport() {
    }

    /** A 64x64 MP4 of {@code frames} frames at {@code fps}, every frame one solid colour. */
    static Path clip(Path file, int frames, int fps, int rgb) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(64, 64, fps))) {
            VideoFrame f = VideoFrame.blank(64, 64);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    f.setRgb(x, y, rgb);
                }
            }
            for (int i = 0; i < frames; i++) {
                w.writeFrame(f);
            }
        }
        return file;
    }

    /** An asset for a file, as the studio records one: file relative to the project folder, probed values. */
    static MediaAsset asset(String id, Path projectFolder, Path file) throws IOException {
        MediaInfo info = MediaProbe.probe(file);
        MediaAsset a = ModelFactory.eINSTANCE.createMediaAsset();
        a.setId(id);
        a.setFile(projectFolder.relativize(file).toString());
        a.setDurationSeconds(info.durationSeconds());
        a.setFps((int) Math.round(info.fps()));
        a.setWidth(info.width());
        a.setHeight(info.height());
        a.setFrameCount(info.frameCount());
        a.setSha256(io.tessera.media.FileHash.sha256(file));
        return a;
    }

    /** The project as XMI, serialised from a copy so the project's own resource is untouched. */
    static String xmi(Project project) throws IOException {
        XMIResourceImpl r = new XMIResourceImpl();
        r.getContents().add(EcoreUtil.copy(project));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
