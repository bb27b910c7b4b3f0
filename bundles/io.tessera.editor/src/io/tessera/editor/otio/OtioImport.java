package io.tessera.editor.otio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tessera.editor.EditException;
import io.tessera.editor.TimelineEditor;
import io.tessera.media.FileHash;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.store.ProjectStore;

/**
 * Puts an OpenTimelineIO timeline into a project as one undoable command: the project's timeline is replaced (or
 * created), clips whose media file is already an asset of the project reuse that asset, and every other file
 * becomes a new {@link MediaAsset} (id, file relative to the project's folder, duration, fps, size and frame count
 * probed from the file, SHA-256).
 * <p>
 * Everything is checked before the model is touched, so a bad file leaves the project exactly as it was: the
 * document itself ({@link OtioReader}: schemas, durations, transitions), then that every clip has a media file that
 * exists and can be probed, and that no clip runs past the end of its media.
 */
public final class OtioImport {
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    /**
     * What an import did.
     *
     * @param timeline the project's new timeline
     * @param createdAssets assets added to the project for media it did not have
     * @param reusedAssets assets the project already had
     * @param warnings what the file held that Tessera cannot represent
     */
    public record Report(Timeline timeline, List<MediaAsset> createdAssets, List<MediaAsset> reusedAssets, List<String> warnings) {
    }

    private OtioImport() {
    }

    /**
     * Reads {@code otioFile} (relative media paths from its folder) and imports it into the editor's project, which
     * is or will be saved as {@code projectFile} (new assets' files are stored relative to its folder).
     */
    public static Report importFile(TimelineEditor editor, Path projectFile, Path otioFile) throws IOException, OtioFormatException, EditException {
        return apply(editor, projectFile, OtioReader.read(otioFile));
    }

    /** Imports what {@link OtioReader} read; {@code projectFile} may be null (new assets then keep absolute paths). */
    public static Report apply(TimelineEditor editor, Path projectFile, OtioReader.Result read) throws EditException {
        Project project = editor.project();
        Path folder = projectFile == null ? null : projectFile.toAbsolutePath().getParent();
        Map<Path, MediaAsset> existing = new LinkedHashMap<>();
        for (MediaAsset a : project.getAssets()) {
            if (a.getFile() != null) {
                Path p = Path.of(a.getFile());
                existing.putIfAbsent(key(p.isAbsolute() || folder == null ? p : folder.resolve(p)), a);
            }
        }
        Set<String> ids = new HashSet<>();
        project.getAssets().forEach(a -> ids.add(a.getId()));
        Map<Path, MediaAsset> created = new LinkedHashMap<>();
        Map<OtioReader.ClipMedia, MediaAsset> assignment = new IdentityHashMap<>();
        List<MediaAsset> reused = new ArrayList<>();
        for (OtioReader.ClipMedia m : read.media()) {
            Path file = mediaFile(m);
            Path key = key(file);
            MediaAsset asset = existing.get(key);
            if (asset != null) {
                if (!reused.contains(asset)) {
                    reused.add(asset);
                }
            } else {
                asset = created.get(key);
                if (asset == null) {
                    asset = newAsset(m, file, folder == null ? file.toAbsolutePath().toString() : ProjectStore.relativeFile(projectFile, file), ids);
                    created.put(key, asset);
                }
            }
            checkLength(m, asset);
            assignment.put(m, asset);
        }
        Timeline timeline = read.timeline();
        if (timeline.getName() == null || timeline.getName().isEmpty()) {
            timeline.setName(project.getName());
        }
        List<MediaAsset> added = List.copyOf(created.values());
        editor.run("Import OpenTimelineIO " + timeline.getName(), () -> { //$NON-NLS-1$
            project.getAssets().addAll(added);
            assignment.forEach((m, a) -> m.item().setAsset(a));
            project.setTimeline(timeline);
        });
        return new Report(timeline, added, List.copyOf(reused), read.warnings());
    }

    private static Path mediaFile(OtioReader.ClipMedia m) throws EditException {
        if (!m.referenceSchema().startsWith("ExternalReference.")) { //$NON-NLS-1$
            throw new EditException(m.describe() + " has no media file (its media reference is a " + m.referenceSchema() //$NON-NLS-1$
                    + "); relink it in the editing tool, or remove the clip, before importing"); //$NON-NLS-1$
        }
        if (m.url() == null || m.url().isBlank()) {
            throw new EditException(m.describe() + ": its ExternalReference.1 has no target_url"); //$NON-NLS-1$
        }
        if (m.file() == null) {
            throw new EditException(m.describe() + ": media " + m.url() + " is not a local file"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!Files.isRegularFile(m.file())) {
            throw new EditException(m.describe() + ": media file " + m.file().toAbsolutePath() + " does not exist" //$NON-NLS-1$ //$NON-NLS-2$
                    + (m.url().equals(m.file().toString()) ? "" : " (target_url " + m.url() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return m.file();
    }

    private static MediaAsset newAsset(OtioReader.ClipMedia m, Path file, String stored, Set<String> ids) throws EditException {
        MediaInfo info;
        String sha;
        try {
            info = MediaProbe.probe(file);
            sha = FileHash.sha256(file);
        } catch (IOException | RuntimeException e) {
            throw new EditException(m.describe() + ": media file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        MediaAsset a = F.createMediaAsset();
        a.setId(uniqueId(m.assetId(), file, ids));
        a.setFile(stored);
        a.setDurationSeconds(info.durationSeconds());
        a.setFps((int) Math.round(info.fps()));
        a.setWidth(info.width());
        a.setHeight(info.height());
        a.setFrameCount(info.frameCount());
        a.setSha256(sha);
        return a;
    }

    private static void checkLength(OtioReader.ClipMedia m, MediaAsset asset) throws EditException {
        double duration = asset.getDurationSeconds();
        if (duration <= 0) {
            return;
        }
        int timelineFps = m.item().eContainer() != null && m.item().eContainer().eContainer() instanceof Timeline t ? t.getFps() : 24;
        double slack = 0.5 / Math.max(1, Math.min(timelineFps, asset.getFps() > 0 ? asset.getFps() : timelineFps));
        if (m.item().getOutPoint() > duration + slack) {
            throw new EditException(m.describe() + ": it uses its media up to " + fmt(m.item().getOutPoint()) //$NON-NLS-1$
                    + " but " + asset.getFile() + " lasts " + fmt(duration)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String uniqueId(String wanted, Path file, Set<String> ids) {
        String base = wanted;
        if (base == null || base.isBlank() || ids.contains(base)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$
            if (base.isEmpty()) {
                base = "asset"; //$NON-NLS-1$
            }
        }
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n; //$NON-NLS-1$
        }
        ids.add(id);
        return id;
    }

    /** The same file, however it is spelt: the real path where it exists, else the normalised absolute path. */
    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds); //$NON-NLS-1$
    }
}
