package io.tessera.editor.otio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.editor.FrameClock;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Transitions;
import io.tessera.media.FileHash;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;
import io.tessera.model.store.ProjectStore;

/**
 * An OTIO file written by hand from the published format (as the opentimelineio library and NLE exports write it),
 * checked against positions computed by hand at 24 fps.
 */
class OtioForeignImportTest {
    @TempDir
    Path dir;

    /*
     * V1: shot1 (Clip.1) source 12+36 @24 -> 0 .. 1.5 s, in 0.5, out 2.0
     *     SMPTE_Dissolve 6/6 @24 -> crossfade 0.25/0.25 between shot1 and shot2
     *     shot2 (Clip.2, two references, active HIGH) available from 01:00:00:00 = 86400 @24, source 86424+48
     *           -> 1.5 .. 3.5 s, in 1.0, out 3.0
     *     Gap 24 @24 -> 3.5 .. 4.5
     *     shot3 @23.976: source 24+96 @(24000/1001) = 1.001 s + 4.004 s -> starts 4.5 (frame 108),
     *           ends at 8.504 s = frame 204.096 -> 204: in frame 24 (1.0 s), out 1.0 + 96/24 = 5.0; LinearTimeWarp
     *     shot1 again, spelt media/./shot1.mp4, @30: source 15+45 -> in 0.5; starts at 8.504 -> frame 204 (8.5 s),
     *           ends at 10.004 -> frame 240 (10.0 s): out 0.5 + 1.5 = 2.0
     *     SMPTE_Dissolve 12/0 at the end of the track -> fade to black of the last clip, inOffset 0.5
     * V2: a Stack.1 holding one Track.1 with shot3 0+24 @24 -> flattened: 0 .. 1 s, in 0, out 1.0
     * A1: Gap 12 @24, then music (Clip.1, shot2 as a plain absolute path) 0+48 -> 0.5 .. 2.5 s, in 0, out 2.0; a marker
     */
    private static final String OTIO = """
            {
              "OTIO_SCHEMA": "Timeline.1",
              "name": "Resolve cut",
              "global_start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 86400.0},
              "metadata": {"Resolve_OTIO": {"Resolve OTIO Meta Version": "1.0"}, "cmx_3600": {"reel": "A001"}},
              "tracks": {
                "OTIO_SCHEMA": "Stack.1", "name": "tracks", "source_range": null, "effects": [], "markers": [],
                "enabled": true, "metadata": {},
                "children": [
                  {
                    "OTIO_SCHEMA": "Track.1", "name": "V1", "kind": "Video", "source_range": null, "effects": [],
                    "markers": [], "enabled": true, "metadata": {"Resolve_OTIO": {"Locked": false}},
                    "children": [
                      {
                        "OTIO_SCHEMA": "Clip.1", "name": "shot1", "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 12},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 36}},
                        "effects": [], "markers": [], "metadata": {},
                        "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "name": "shot1.mp4",
                          "target_url": "media/shot1.mp4", "metadata": {},
                          "available_range": {"OTIO_SCHEMA": "TimeRange.1",
                            "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                            "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 72}}}
                      },
                      {
                        "OTIO_SCHEMA": "Transition.1", "name": "Cross Dissolve", "transition_type": "SMPTE_Dissolve",
                        "in_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 6},
                        "out_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 6},
                        "metadata": {"Resolve_OTIO": {"Effects": {"Alignment": "Center"}}}
                      },
                      {
                        "OTIO_SCHEMA": "Clip.2", "name": "shot2", "enabled": true,
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 86424.0},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 48.0}},
                        "effects": [], "markers": [], "metadata": {"Resolve_OTIO": {"Reel Name": "A001"}},
                        "media_references": {
                          "PROXY": {"OTIO_SCHEMA": "ExternalReference.1", "name": "proxy", "target_url": "proxies/missing.mp4",
                            "available_range": null, "metadata": {}},
                          "HIGH": {"OTIO_SCHEMA": "ExternalReference.1", "name": "shot2.mp4", "target_url": "@SHOT2_URL@",
                            "available_image_bounds": null, "metadata": {},
                            "available_range": {"OTIO_SCHEMA": "TimeRange.1",
                              "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 86400.0},
                              "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 96.0}}}
                        },
                        "active_media_reference_key": "HIGH"
                      },
                      {
                        "OTIO_SCHEMA": "Gap.1", "name": "", "effects": [], "markers": [], "enabled": true, "metadata": {},
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 24}}
                      },
                      {
                        "OTIO_SCHEMA": "Clip.2", "name": "shot3",
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 23.976023976023978, "value": 24},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 23.976023976023978, "value": 96}},
                        "effects": [{"OTIO_SCHEMA": "LinearTimeWarp.1", "name": "", "effect_name": "LinearTimeWarp",
                          "metadata": {}, "time_scalar": 1.0}],
                        "markers": [], "metadata": {},
                        "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "name": "shot3",
                          "target_url": "media/shot3.mp4", "metadata": {},
                          "available_range": {"OTIO_SCHEMA": "TimeRange.1",
                            "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 23.976023976023978, "value": 0},
                            "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 23.976023976023978, "value": 144}}}},
                        "active_media_reference_key": "DEFAULT_MEDIA"
                      },
                      {
                        "OTIO_SCHEMA": "Clip.2", "name": "shot1 again",
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 30, "value": 15},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 30, "value": 45}},
                        "effects": [], "markers": [], "metadata": {},
                        "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "name": "shot1",
                          "target_url": "media/./shot1.mp4", "metadata": {}, "available_range": null}},
                        "active_media_reference_key": "DEFAULT_MEDIA"
                      },
                      {
                        "OTIO_SCHEMA": "Transition.1", "name": "Dissolve to black", "transition_type": "SMPTE_Dissolve",
                        "in_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 12},
                        "out_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                        "metadata": {}
                      }
                    ]
                  },
                  {
                    "OTIO_SCHEMA": "Track.1", "name": "V2", "kind": "Video", "metadata": {},
                    "children": [
                      {
                        "OTIO_SCHEMA": "Stack.1", "name": "compound", "source_range": null, "metadata": {},
                        "children": [
                          {
                            "OTIO_SCHEMA": "Track.1", "name": "inner", "kind": "Video", "metadata": {},
                            "children": [
                              {
                                "OTIO_SCHEMA": "Clip.2", "name": "inner shot3",
                                "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                                  "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                                  "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 24}},
                                "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1",
                                  "target_url": "media/shot3.mp4", "metadata": {}}},
                                "active_media_reference_key": "DEFAULT_MEDIA", "metadata": {}
                              }
                            ]
                          }
                        ]
                      }
                    ]
                  },
                  {
                    "OTIO_SCHEMA": "Track.1", "name": "A1", "kind": "Audio", "metadata": {},
                    "children": [
                      {
                        "OTIO_SCHEMA": "Gap.1", "name": "",
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 12}}
                      },
                      {
                        "OTIO_SCHEMA": "Clip.1", "name": "music",
                        "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                          "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
                          "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 48}},
                        "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "beat", "color": "RED", "comment": "",
                          "marked_range": {"OTIO_SCHEMA": "TimeRange.1",
                            "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 10},
                            "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}}, "metadata": {}}],
                        "metadata": {},
                        "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "@SHOT2_PATH@",
                          "available_range": null, "metadata": {}}
                      }
                    ]
                  }
                ]
              }
            }
            """;

    @Test
    void positionsInAndOutPointsAndTransitionsAreWhatTheFormatSays() throws Exception {
        Path otioDir = dir.resolve("from resolve");
        Path shot1 = OtioTestSupport.clip(otioDir.resolve("media/shot1.mp4"), 72, 24, 0xd03030);
        Path shot2 = OtioTestSupport.clip(otioDir.resolve("media/shot2.mp4"), 96, 24, 0x30c040);
        Path shot3 = OtioTestSupport.clip(otioDir.resolve("media/shot3.mp4"), 144, 24, 0x3050e0);
        Path otio = otioDir.resolve("cut.otio");
        Files.writeString(otio, OTIO.replace("@SHOT2_URL@", shot2.toUri().toString()).replace("@SHOT2_PATH@", shot2.toString()));

        Path projectFile = dir.resolve("project/p.tessera");
        Project project = ProjectStore.create("p");
        TimelineEditor editor = TimelineEditor.of(project);
        OtioImport.Report report = OtioImport.importFile(editor, projectFile, otio);
        Timeline t = project.getTimeline();
        FrameClock c = new FrameClock(24);

        assertEquals(24, t.getFps(), "the most common rate, 23.976 counting as 24"); //$NON-NLS-1$
        assertEquals("Resolve cut", t.getName()); //$NON-NLS-1$
        assertEquals(3, t.getTracks().size());
        Track v1 = t.getTracks().get(0);
        assertEquals(TrackKind.VIDEO, v1.getKind());
        assertEquals(4, v1.getItems().size());
        int[][] expected = { // start, in, out in frames at 24
                { 0, 12, 48 }, { 36, 24, 72 }, { 108, 24, 120 }, { 204, 12, 48 } };
        String[] names = { "shot1", "shot2", "shot3", "shot1 again" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (int i = 0; i < 4; i++) {
            ClipItem item = v1.getItems().get(i);
            assertEquals(names[i], item.getName());
            assertEquals(expected[i][0], c.frame(item.getStart()), names[i] + " start"); //$NON-NLS-1$
            assertEquals(expected[i][1], c.frame(item.getInPoint()), names[i] + " in"); //$NON-NLS-1$
            assertEquals(expected[i][2], c.frame(item.getOutPoint()), names[i] + " out"); //$NON-NLS-1$
            assertEquals(expected[i][0] / 24.0, item.getStart(), 1e-12, "on the frame grid"); //$NON-NLS-1$
        }
        assertEquals(2, v1.getTransitions().size());
        Transition dissolve = v1.getTransitions().get(0);
        assertEquals(Transitions.CROSSFADE, dissolve.getKind());
        assertSame(v1.getItems().get(0), dissolve.getFrom());
        assertSame(v1.getItems().get(1), dissolve.getTo());
        assertEquals(0.25, dissolve.getInOffset(), 1e-12);
        assertEquals(0.25, dissolve.getOutOffset(), 1e-12);
        Transition toBlack = v1.getTransitions().get(1);
        assertEquals(Transitions.FADE_BLACK, toBlack.getKind());
        assertSame(v1.getItems().get(3), toBlack.getFrom());
        assertEquals(null, toBlack.getTo());
        assertEquals(0.5, toBlack.getInOffset(), 1e-12);

        Track v2 = t.getTracks().get(1);
        assertEquals(1, v2.getItems().size(), "the nested stack is flattened"); //$NON-NLS-1$
        assertEquals(0, c.frame(v2.getItems().get(0).getStart()));
        assertEquals(24, c.frame(v2.getItems().get(0).getOutPoint()));

        Track a1 = t.getTracks().get(2);
        assertEquals(TrackKind.AUDIO, a1.getKind());
        ClipItem music = a1.getItems().get(0);
        assertEquals(12, c.frame(music.getStart()));
        assertEquals(0, c.frame(music.getInPoint()));
        assertEquals(48, c.frame(music.getOutPoint()));

        // one asset per file however the file was spelt (relative, ./, file:// URL, plain absolute path)
        assertEquals(3, report.createdAssets().size());
        assertEquals(3, project.getAssets().size());
        assertSame(v1.getItems().get(0).getAsset(), v1.getItems().get(3).getAsset());
        assertSame(v1.getItems().get(1).getAsset(), music.getAsset());
        assertSame(v1.getItems().get(2).getAsset(), v2.getItems().get(0).getAsset());
        MediaAsset a = v1.getItems().get(0).getAsset();
        assertEquals(ProjectStore.relativeFile(projectFile, shot1), a.getFile());
        assertEquals("../from resolve/media/shot1.mp4", a.getFile()); //$NON-NLS-1$
        assertEquals(24, a.getFps());
        assertEquals(64, a.getWidth());
        assertEquals(72, a.getFrameCount());
        assertEquals(3.0, a.getDurationSeconds(), 0.05);
        assertEquals(FileHash.sha256(shot1), a.getSha256());
        assertEquals(FileHash.sha256(shot3), v1.getItems().get(2).getAsset().getSha256());

        List<String> w = report.warnings();
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).contains("LinearTimeWarp.1") && w.get(0).contains("tracks.children[0].children[4].effects[0]"), w.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(w.get(1).contains("marker") && w.get(1).contains("tracks.children[2].children[1]"), w.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
