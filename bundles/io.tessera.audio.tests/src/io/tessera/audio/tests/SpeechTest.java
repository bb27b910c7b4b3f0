package io.tessera.audio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.prompt.DialogueLine;
import io.tessera.core.prompt.DialogueParser;
import io.tessera.audio.speech.EspeakSynthesizer;
import io.tessera.audio.speech.MouthEnvelope;
import io.tessera.audio.speech.Resampler;
import io.tessera.audio.speech.Voice;
import io.tessera.audio.speech.WavDecoder;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneParser;

/** The speech package: dialogue in prompts, voices, espeak-ng synthesis, lip-sync envelopes. */
class SpeechTest {
    private static final int RATE = 48000;

    // ---- dialogue parsing ----

    @Test
    void parsesTheLeadExample() {
        List<DialogueLine> lines = DialogueParser.parse(
                "a red circle bounces on a wooden floor and the red circle says \"hello there\" then a blue square shouts \"watch out!\""); //$NON-NLS-1$
        assertEquals(List.of(new DialogueLine("red circle", "hello there", "says", 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new DialogueLine("blue square", "watch out!", "shouts", 1)), lines); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void parsesVerbFirstPhrasings() {
        assertLine("the big blue square says: \"I am square\"", "big blue square", "I am square", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a small yellow star asks, \"where am I?\"", "small yellow star", "where am I?", "asks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("The Red Circle SHOUTED \"Stop\"", "red circle", "Stop", "shouts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the red circle is saying \"la\"", "red circle", "la", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the green ring suddenly yells out loud \"fire!\"", "green ring", "fire!", "yells"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a dark purple hexagon sings \"la la la\" loudly", "dark purple hexagon", "la la la", "sings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // the head of "a red circle on the floor" is the circle; "to the blue square" is who is spoken to
        assertLine("a red circle on the floor whispers \"psst\" to the blue square", "red circle", "psst", "whispers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the orange box calls out to the cube: \"over here\"", "orange box", "over here", "calls"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a voice says \"welcome\"", "voice", "welcome", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a red circle bounces, the square that shouts \"oi\" is blue", "square", "oi", "shouts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void parsesCurlyQuotesAndInvertedForms() {
        assertLine("\u201CHello,\u201D says the tiny green triangle.", "tiny green triangle", "Hello", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the red circle says \u201Chello there\u201D", "red circle", "hello there", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("\"run!\" the yellow star yells, and the red circle spins", "yellow star", "run!", "yells"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("\"hello there,\" said the big red circle", "big red circle", "hello there", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("\u201Eno\u201C replies the white cube", "white cube", "no", "replies"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a cyan disc hums \u2018tra la\u2019", "cyan disc", "tra la", "hums"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void parsesSingleQuotesAsOnACommandLine() {
        // tessera generate --prompt "a red circle says 'hello there'"
        assertLine("a red circle says 'hello there'", "red circle", "hello there", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the blue square shouts 'don't go!' and spins", "blue square", "don't go!", "shouts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("'hi,' says the circle's friend, a pink dot", "circle's friend", "hi", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("the red circle says \"it's 'fine'\"", "red circle", "it's 'fine'", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("rock 'n roll, the red circle sings \"yeah\"", "red circle", "yeah", "sings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(List.of(), DialogueParser.parse("the circles' corners don't say much")); //$NON-NLS-1$
    }

    @Test
    void parsesSeveralSpeakersInOrder() {
        List<DialogueLine> lines = DialogueParser.parse("a red circle rolls right, a blue square sits in the middle, " //$NON-NLS-1$
                + "the blue square asks \u201Cwhere are you going?\u201D and the red circle replies \"home\". " //$NON-NLS-1$
                + "\"bye!\", calls the blue square"); //$NON-NLS-1$
        assertEquals(List.of(new DialogueLine("blue square", "where are you going?", "asks", 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new DialogueLine("red circle", "home", "replies", 1), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new DialogueLine("blue square", "bye!", "calls", 2)), lines); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<DialogueLine> script = DialogueParser.parse("red circle: \"hi\". blue square: \"hello\"."); //$NON-NLS-1$
        assertEquals(List.of(new DialogueLine("red circle", "hi", "says", 0), new DialogueLine("blue square", "hello", "says", 1)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                script);
    }

    @Test
    void resolvesLeftOutSpeakersAndPronouns() {
        List<DialogueLine> lines = DialogueParser.parse("a red circle bounces and says \"boing\" and then says \"again\""); //$NON-NLS-1$
        assertEquals(List.of(new DialogueLine("red circle", "boing", "says", 0), new DialogueLine("red circle", "again", "says", 1)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                lines);
        assertLine("a purple hexagon spins and it says \"I am dizzy\"", "purple hexagon", "I am dizzy", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a red circle rises, then a big blue square rolls and mutters \"hm\"", "big blue square", "hm", "mutters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // a speaker written short gets the description the prompt gave it, when that is unambiguous
        assertLine("a tiny white dot zooms left. The dot squeaks: \"faster!\"", "tiny white dot", "faster!", "squeaks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a big red circle bounces and the red circle says \"hi\"", "big red circle", "hi", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a big red circle and a small red circle bounce; the red circle says \"hi\"", "red circle", "hi", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertLine("a red circle and a big red circle bounce; the red circle says \"hi\"", "red circle", "hi", "says"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // nobody named anywhere: the line is kept, without a speaker
        List<DialogueLine> anonymous = DialogueParser.parse("says \"hello\""); //$NON-NLS-1$
        assertEquals(1, anonymous.size());
        assertEquals("", anonymous.get(0).speaker()); //$NON-NLS-1$
        assertFalse(anonymous.get(0).hasSpeaker());
    }

    @Test
    void ignoresUnbalancedQuotesAndQuotesThatAreNotSpeech() {
        assertEquals(List.of(new DialogueLine("blue square", "stop!", "shouts", 0)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                DialogueParser.parse("the red circle says \"hello and the blue square shouts \"stop!\"")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("the red circle says \"hello")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("\u201D odd \u201C quotes \" everywhere \u00BB")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("a red circle called \"bob\" bounces")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("a sign reads \"STOP\" and a red circle bounces")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("the red circle says \"\"")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("a red circle moves right over a sky background")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse("")); //$NON-NLS-1$
        assertEquals(List.of(), DialogueParser.parse(null));
    }

    @Test
    void neverThrowsOnOddInput() {
        String[] pieces = { "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u00AB", "\u00BB", "says", "the", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "red", "circle", ":", ",", ".", "and", "then", "to", "it", "shouts", " ", "\n", "-", "'", "a", "x" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(25);
            for (int i = 0; i < len; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String prompt = b.toString();
            assertDoesNotThrow(() -> {
                for (DialogueLine l : DialogueParser.parse(prompt)) {
                    assertFalse(l.text().isEmpty());
                }
                DialogueParser.withoutDialogue(prompt);
            }, prompt);
        }
    }

    @Test
    void removesDialogueFromTheSceneText() {
        assertEquals("a red circle bounces", DialogueParser.withoutDialogue("a red circle bounces and the red circle says \"hi\"")); //$NON-NLS-1$ //$NON-NLS-2$
        // the blue square is named only as a speaker: it stays so the shot still draws it; "then" keeps the shots
        assertEquals("a red circle bounces on a wooden floor then a blue square", DialogueParser.withoutDialogue( //$NON-NLS-1$
                "a red circle bounces on a wooden floor and the red circle says \"hello there\" then a blue square shouts \"watch out!\"")); //$NON-NLS-1$
        assertEquals("a red circle bounces", DialogueParser.withoutDialogue("a red circle bounces and says \"boing\" and then says \"again\"")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("a red circle bounces", DialogueParser.withoutDialogue("a voice says \u201Cwelcome\u201D and a red circle bounces")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("a big red circle bounces", //$NON-NLS-1$
                DialogueParser.withoutDialogue("a big red circle bounces and the red circle sings \"la la la\" loudly")); //$NON-NLS-1$
        assertEquals("the tiny green triangle.", DialogueParser.withoutDialogue("\u201CHello,\u201D says the tiny green triangle.")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("a red circle moves right over a sky background", //$NON-NLS-1$
                DialogueParser.withoutDialogue("a red circle moves right over a sky background")); //$NON-NLS-1$
        // a quote that is not speech is not touched
        assertEquals("a red circle called \"bob\" bounces", DialogueParser.withoutDialogue("a red circle called \"bob\" bounces")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", DialogueParser.withoutDialogue(null)); //$NON-NLS-1$
    }

    @Test
    void sceneTextParsesAsAScene() throws Exception {
        String[] prompts = { "a red circle bounces on a wooden floor and the red circle says \"hello there\" then a blue square shouts \"watch out!\"", //$NON-NLS-1$
                "a red circle says \"hi\" and bounces", //$NON-NLS-1$
                "\"run!\" the yellow star yells, and the red circle spins", //$NON-NLS-1$
                "red circle: \"hi\". blue square: \"hello\".", //$NON-NLS-1$
                "a red circle on the floor whispers \"psst\" to the blue square", //$NON-NLS-1$
                "a red circle rolls right, a blue square sits in the middle, the blue square asks \"where are you going?\" and the red circle replies \"home\"", //$NON-NLS-1$
                "the red circle says \"a\" then the red circle says \"b\"", //$NON-NLS-1$
                "the narrator says \u201Conce upon a time\u201D then a red circle bounces over grass" }; //$NON-NLS-1$
        for (String p : prompts) {
            String scene = DialogueParser.withoutDialogue(p);
            assertDoesNotThrow(() -> SceneParser.parse(scene), p + " → " + scene); //$NON-NLS-1$
        }
        Scene s = SceneParser.parse(DialogueParser.withoutDialogue(prompts[0]));
        assertEquals(2, s.shots().size());
        assertEquals("red", s.shots().get(0).objects().get(0).colourName()); //$NON-NLS-1$
        assertEquals("blue", s.shots().get(1).objects().get(0).colourName()); //$NON-NLS-1$
        Scene two = SceneParser.parse(DialogueParser.withoutDialogue(prompts[4]));
        assertEquals(2, two.shots().get(0).objects().size(), "the circle and the square it whispers to"); //$NON-NLS-1$
        Scene both = SceneParser.parse(DialogueParser.withoutDialogue(prompts[6]));
        assertEquals(2, both.shots().size(), "one red circle per shot"); //$NON-NLS-1$
    }

    // ---- voices ----

    @Test
    void voicesAreStablePerCharacterAndDifferBetweenCharacters() {
        Voice red = Voice.forSpeaker("red circle", "says"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(red, Voice.forSpeaker("red circle", "says")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(red, Voice.forSpeaker("Red  Circle", "said")); //$NON-NLS-1$ //$NON-NLS-2$
        Voice blue = Voice.forSpeaker("blue square", "says"); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals(red, blue);
        // the same character at a different size keeps its variant; tiny is higher than huge
        Voice tiny = Voice.forSpeaker("tiny red circle", "says"); //$NON-NLS-1$ //$NON-NLS-2$
        Voice huge = Voice.forSpeaker("huge red circle", "says"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(red.variant(), tiny.variant());
        assertTrue(tiny.pitch() > red.pitch() && red.pitch() > huge.pitch(), tiny + " " + red + " " + huge); //$NON-NLS-1$ //$NON-NLS-2$
        // delivery follows the verb
        Voice shout = Voice.forSpeaker("red circle", "shouts"); //$NON-NLS-1$ //$NON-NLS-2$
        Voice whisper = Voice.forSpeaker("red circle", "whispers"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(shout.amplitude() > red.amplitude() && shout.speed() > red.speed());
        assertTrue(whisper.amplitude() < red.amplitude());
        assertTrue(whisper.variant().startsWith("whisper"), whisper.variant()); //$NON-NLS-1$
        // a dozen characters get several voices, not one
        String[] colours = { "red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "black", "gray", "cyan", "brown" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
        long distinct = java.util.Arrays.stream(colours).map(c -> Voice.forSpeaker(c + " circle", "says")).distinct().count(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(distinct >= 10, "distinct voices: " + distinct); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> new Voice("m3 -x", 50, 175, 100)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> new Voice("m3", 100, 175, 100)); //$NON-NLS-1$
    }

    // ---- espeak-ng ----

    @Test
    void speaksHelloThere() throws IOException {
        EspeakSynthesizer espeak = espeakOrSkip();
        Voice voice = Voice.forSpeaker("red circle", "says"); //$NON-NLS-1$ //$NON-NLS-2$
        long t0 = System.nanoTime();
        float[] a = espeak.speak("hello there", voice, RATE); //$NON-NLS-1$
        long t1 = System.nanoTime();
        float[] b = espeak.speak("hello there", voice, RATE); //$NON-NLS-1$
        long t2 = System.nanoTime();
        double seconds = a.length / (double) RATE;
        System.out.printf(Locale.ROOT, "espeak-ng \"hello there\" %s: %.3f s, rms %.4f, peak %.3f, %.1f ms then %.1f ms%n", //$NON-NLS-1$
                voice, seconds, rms(a, 0, a.length), peak(a), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertTrue(seconds > 0.4 && seconds < 2.5, "duration " + seconds); //$NON-NLS-1$
        assertTrue(rms(a, 0, a.length) > 0.01, "not silent"); //$NON-NLS-1$
        assertTrue(peak(a) <= 1f);
        assertArrayEquals(a, b, "deterministic"); //$NON-NLS-1$
        float[] other = espeak.speak("hello there", Voice.forSpeaker("blue square", "says"), RATE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(java.util.Arrays.equals(a, other), "two voices differ"); //$NON-NLS-1$
        // trimmed: the first and last 5 ms are near silence, but the utterance starts within 20 ms
        assertTrue(rms(a, 0, RATE / 50) < rms(a, 0, a.length));
    }

    @Test
    void speaksAwkwardTextAsWords() throws IOException {
        EspeakSynthesizer espeak = espeakOrSkip();
        // would be options or shell syntax if passed carelessly
        float[] x = espeak.speak("-v --help; rm -rf / $(reboot) `id` \"quoted\"", Voice.DEFAULT, 22050); //$NON-NLS-1$
        assertTrue(x.length > 22050 / 2, "spoke it: " + x.length); //$NON-NLS-1$
        assertEquals(0, espeak.speak("  \n ", Voice.DEFAULT, RATE).length); //$NON-NLS-1$
        float[] whisper = espeak.speak("quiet please", Voice.forSpeaker("pink star", "whispers"), 16000); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(whisper.length > 16000 / 4 && rms(whisper, 0, whisper.length) > 0.003);
    }

    @Test
    void mouthFollowsSpeech() throws IOException {
        EspeakSynthesizer espeak = espeakOrSkip();
        float[] speech = espeak.speak("hello there", Voice.forSpeaker("red circle", "says"), RATE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int pad = RATE / 2;
        float[] padded = new float[speech.length + 2 * pad];
        System.arraycopy(speech, 0, padded, pad, speech.length);
        double fps = 24;
        float[] open = MouthEnvelope.perFrame(padded, RATE, fps);
        double duration = padded.length / (double) RATE;
        System.out.printf(Locale.ROOT, "mouth, %.3f s at 24 fps: %s%n", duration, java.util.Arrays.toString(open)); //$NON-NLS-1$
        assertEquals((int) Math.ceil(duration * fps - 1e-9), open.length);
        assertTrue(Math.abs(open.length - duration * fps) < 1);
        int speechFrom = (int) Math.ceil(0.5 * fps);
        int speechTo = (int) Math.floor((0.5 + speech.length / (double) RATE) * fps);
        double mean = 0;
        float max = 0;
        int q = (speechTo - speechFrom) / 4;
        for (int k = speechFrom + q; k < speechTo - q; k++) {
            mean += open[k];
            max = Math.max(max, open[k]);
        }
        mean /= speechTo - speechFrom - 2 * q;
        assertTrue(mean > 0.3 && max > 0.8, "open in the middle: mean " + mean + ", max " + max); //$NON-NLS-1$ //$NON-NLS-2$
        // closed in the added silence, allowing 150 ms of release after the voice stops
        for (int k = 0; k < speechFrom - 1; k++) {
            assertTrue(open[k] < 0.05, "frame " + k + " " + open[k]); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int k = speechTo + (int) Math.ceil(0.15 * fps); k < open.length; k++) {
            assertTrue(open[k] < 0.05, "frame " + k + " " + open[k]); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void mouthEnvelopeOfATone() {
        // 0.5 s silence, 1 s of a 220 Hz tone in 4 syllables, 0.5 s silence: no espeak needed
        float[] x = new float[2 * RATE];
        for (int i = RATE / 2; i < 3 * RATE / 2; i++) {
            double t = i / (double) RATE;
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * t) * (0.6 + 0.4 * Math.cos(2 * Math.PI * 4 * t)));
        }
        float[] open = MouthEnvelope.perFrame(x, RATE, 25);
        assertEquals(50, open.length);
        for (int k = 15; k < 35; k++) {
            assertTrue(open[k] > 0.3, "frame " + k + " " + open[k]); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int k : new int[] { 0, 5, 11, 41, 45, 49 }) {
            assertTrue(open[k] < 0.05, "frame " + k + " " + open[k]); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertEquals(0, MouthEnvelope.perFrame(new float[RATE], RATE, 24)[12]);
        assertEquals(0, MouthEnvelope.perFrame(new float[0], RATE, 24).length);
        assertEquals(24, MouthEnvelope.frameCount(RATE, RATE, 24));
    }

    @Test
    void writesLipSyncJson() {
        Map<String, float[]> open = new LinkedHashMap<>();
        open.put("red circle", new float[] { 0, 0.2f, 1, 0.12345f }); //$NON-NLS-1$
        open.put("say \"what\"\\", new float[0]); //$NON-NLS-1$
        assertEquals("{\"fps\":24,\"speakers\":{\"red circle\":{\"start\":0.5,\"open\":[0,0.2,1,0.123]}," //$NON-NLS-1$
                + "\"say \\\"what\\\"\\\\\":{\"start\":0,\"open\":[]}}}", //$NON-NLS-1$
                MouthEnvelope.toJson(open, 24, Map.of("red circle", 0.5))); //$NON-NLS-1$
        assertEquals("{\"fps\":29.97,\"speakers\":{}}", MouthEnvelope.toJson(Map.of(), 29.97, Map.of())); //$NON-NLS-1$
    }

    @Test
    void reportsAMissingExecutable() {
        String before = System.getProperty(EspeakSynthesizer.PROPERTY);
        try {
            System.setProperty(EspeakSynthesizer.PROPERTY, "/nonexistent"); //$NON-NLS-1$
            EspeakSynthesizer espeak = new EspeakSynthesizer();
            assertFalse(espeak.available());
            String reason = espeak.unavailableReason();
            assertTrue(reason.contains("espeak-ng not found at /nonexistent") && reason.contains(EspeakSynthesizer.PROPERTY) //$NON-NLS-1$
                    && reason.contains("install the espeak-ng package"), reason); //$NON-NLS-1$
            IOException e = assertThrows(IOException.class, () -> espeak.speak("hello", Voice.DEFAULT, RATE)); //$NON-NLS-1$
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(EspeakSynthesizer.PROPERTY);
            } else {
                System.setProperty(EspeakSynthesizer.PROPERTY, before);
            }
        }
        EspeakSynthesizer none = new EspeakSynthesizer((Path) null);
        assertFalse(none.available());
        assertEquals("espeak-ng not found on PATH (install the espeak-ng package)", none.unavailableReason()); //$NON-NLS-1$
    }

    @Test
    void reportsFailuresAndTimeouts(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh"); //$NON-NLS-1$ //$NON-NLS-2$
        Path failing = script(dir, "failing", "echo 'eSpeak NG fake'; [ \"$1\" = --version ] && exit 0; echo 'voice data missing' >&2; exit 3"); //$NON-NLS-1$ //$NON-NLS-2$
        IOException e = assertThrows(IOException.class, () -> new EspeakSynthesizer(failing).speak("hi", Voice.DEFAULT, RATE)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("exit code 3") && e.getMessage().contains("voice data missing"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        Path garbage = script(dir, "garbage", "echo 'eSpeak NG fake'"); //$NON-NLS-1$ //$NON-NLS-2$
        e = assertThrows(IOException.class, () -> new EspeakSynthesizer(garbage).speak("hi", Voice.DEFAULT, RATE)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("no usable audio"), e.getMessage()); //$NON-NLS-1$
        Path hanging = script(dir, "hanging", "[ \"$1\" = --version ] && echo 'eSpeak NG fake' && exit 0; exec sleep 30"); //$NON-NLS-1$ //$NON-NLS-2$
        long t0 = System.nanoTime();
        e = assertThrows(IOException.class,
                () -> new EspeakSynthesizer(hanging, Duration.ofMillis(500)).speak("hi", Voice.DEFAULT, RATE)); //$NON-NLS-1$
        double waited = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().contains("did not finish within 500 ms"), e.getMessage()); //$NON-NLS-1$
        assertTrue(waited < 5, "gave up after " + waited + " s"); //$NON-NLS-1$ //$NON-NLS-2$
        Path broken = script(dir, "broken", "echo 'cannot find espeak-ng-data' >&2; exit 1"); //$NON-NLS-1$ //$NON-NLS-2$
        EspeakSynthesizer b = new EspeakSynthesizer(broken);
        assertFalse(b.available());
        assertTrue(b.unavailableReason().contains("cannot find espeak-ng-data"), b.unavailableReason()); //$NON-NLS-1$
    }

    // ---- WAV and resampling ----

    @Test
    void decodesStreamedWavToTheEnd(@TempDir Path dir) throws Exception {
        short[] pcm = { 0, 16384, -16384, 32767, -32768, 100 };
        for (long placeholder : new long[] { 0L, 0xFFFFFFFFL, 0x7FFFF000L }) {
            byte[] wav = wav16(pcm, 22050, 1, placeholder);
            WavDecoder.Pcm d = WavDecoder.decodeMono(wav);
            assertEquals(22050, d.sampleRate());
            assertEquals(pcm.length, d.samples().length);
            assertEquals(0.5f, d.samples()[1], 1e-6);
            assertEquals(-1f, d.samples()[4], 1e-6);
        }
        // a file javax.sound wrote, stereo: channels are averaged
        byte[] stereo = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 16384).putShort((short) 0)
                .putShort((short) -32768).putShort((short) -32768).array();
        AudioFormat f = new AudioFormat(44100, 16, 2, true, false);
        Path file = dir.resolve("stereo.wav"); //$NON-NLS-1$
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(stereo), f, 2), AudioFileFormat.Type.WAVE, file.toFile());
        WavDecoder.Pcm d = WavDecoder.decodeMono(Files.readAllBytes(file));
        assertEquals(44100, d.sampleRate());
        assertArrayEquals(new float[] { 0.25f, -1f }, d.samples(), 1e-6f);
        assertThrows(IOException.class, () -> WavDecoder.decodeMono("RIFF....WAVEjunk".getBytes(java.nio.charset.StandardCharsets.US_ASCII))); //$NON-NLS-1$
        assertThrows(IOException.class, () -> WavDecoder.decodeMono(new byte[3]));
    }

    @Test
    void resamplesCleanly() {
        int in = 22050;
        float[] tone = new float[in];
        for (int i = 0; i < in; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / in));
        }
        long t0 = System.nanoTime();
        float[] up = Resampler.resample(tone, in, RATE);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals(RATE, up.length);
        double err = 0;
        double sig = 0;
        for (int n = RATE / 10; n < RATE - RATE / 10; n++) {
            double ideal = 0.5 * Math.sin(2 * Math.PI * 1000 * n / (double) RATE);
            err += (up[n] - ideal) * (up[n] - ideal);
            sig += ideal * ideal;
        }
        double snr = 10 * Math.log10(sig / err);
        System.out.printf(Locale.ROOT, "resample 22050 -> 48000: SNR %.1f dB, %.1f ms for 1 s%n", snr, ms); //$NON-NLS-1$
        assertTrue(snr > 60, "SNR " + snr); //$NON-NLS-1$
        // down to 16 kHz, a 10 kHz tone is above the new Nyquist frequency and must not alias back in
        float[] high = new float[RATE];
        for (int i = 0; i < RATE; i++) {
            high[i] = (float) (0.5 * Math.sin(2 * Math.PI * 10000 * i / RATE));
        }
        float[] down = Resampler.resample(high, RATE, 16000);
        assertEquals(16000, down.length);
        double leak = rms(down, 1600, 14400) / rms(high, 0, high.length);
        assertTrue(20 * Math.log10(leak) < -60, "alias " + 20 * Math.log10(leak) + " dB"); //$NON-NLS-1$ //$NON-NLS-2$
        assertArrayEquals(tone, Resampler.resample(tone, in, in));
        assertArrayEquals(up, Resampler.resample(tone, in, RATE), "deterministic"); //$NON-NLS-1$
    }

    // ---- helpers ----

    private static void assertLine(String prompt, String speaker, String text, String verb) {
        List<DialogueLine> lines = DialogueParser.parse(prompt);
        assertEquals(List.of(new DialogueLine(speaker, text, verb, 0)), lines, prompt);
    }

    private static EspeakSynthesizer espeakOrSkip() {
        EspeakSynthesizer espeak = new EspeakSynthesizer();
        assumeTrue(espeak.available(), espeak.unavailableReason());
        return espeak;
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Path p = dir.resolve(name);
        // the PATH may have been emptied to hide espeak-ng; the fakes still need sleep
        Files.writeString(p, "#!/bin/sh\nPATH=\"$PATH:/usr/bin:/bin\"\n" + body + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
        return p;
    }

    /** A 16-bit WAV whose RIFF and data sizes are the given placeholder, as a streaming writer leaves them. */
    private static byte[] wav16(short[] pcm, int rate, int channels, long placeholder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) placeholder); //$NON-NLS-1$
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1) //$NON-NLS-1$
                .putShort((short) channels).putInt(rate).putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) placeholder); //$NON-NLS-1$
        out.writeBytes(h.array());
        ByteBuffer d = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) {
            d.putShort(s);
        }
        out.writeBytes(d.array());
        return out.toByteArray();
    }

    private static double rms(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (double) x[i] * x[i];
        }
        return to > from ? Math.sqrt(s / (to - from)) : 0;
    }

    private static float peak(float[] x) {
        float p = 0;
        for (float v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
