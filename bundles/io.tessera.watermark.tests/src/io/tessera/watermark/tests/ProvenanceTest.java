package io.tessera.watermark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.watermark.Provenance;
import io.tessera.media.Mp4Box;
import io.tessera.media.Mp4Boxes;
import io.tessera.watermark.provenance.ManifestBox;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.ManifestVerifier;
import io.tessera.watermark.provenance.Pem;
import io.tessera.watermark.provenance.SigningKey;
import io.tessera.watermark.provenance.SigningKeys;
import io.tessera.watermark.provenance.Verification;

class ProvenanceTest {
    @TempDir
    Path dir;
    Path clip;
    SigningKeys keys;

    @BeforeEach
    void clip() throws IOException {
        clip = TestClips.write(dir.resolve("clip.mp4"), 128, 96, 12, 12, 3, null);
        keys = new SigningKeys(dir.resolve("home"));
    }

    private static Provenance provenance() {
        return new Provenance("created", "scene", "1.0", "abc123", "a red circle", 7L, Map.of("fps", 12, "width", 128),
                List.of(new Provenance.Parent("start.png", "00ff")), "123456789aabcdef", Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void installationKeyIsCreatedOnceAndReused() throws Exception {
        assertTrue(keys.installation(false).isEmpty(), "no key before first use");
        SigningKey first = keys.active();
        assertEquals("installation", first.source());
        SigningKey again = new SigningKeys(dir.resolve("home")).active();
        assertEquals(first.id(), again.id());
        assertEquals(Set.of(first.id()), keys.trustedIds());
        String stored = Files.readString(dir.resolve("home/secure_storage"), StandardCharsets.ISO_8859_1);
        String privateBase64 = java.util.Base64.getEncoder().encodeToString(first.privateKey().getEncoded());
        assertFalse(stored.contains(privateBase64), "the private key must be stored encrypted");
        assertNotEquals(first.id(), new SigningKeys(dir.resolve("other-home")).active().id(), "another installation has another key");
    }

    @Test
    void organisationKeyFromPreferencesSignsInsteadOfTheInstallationKey() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privatePem = dir.resolve("org.pem");
        Path publicPem = dir.resolve("org.pub.pem");
        Files.writeString(privatePem, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicPem, Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()));
        var prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(SigningKeys.NODE);
        prefs.put(SigningKeys.ORGANISATION_KEY, privatePem.toString());
        prefs.put(SigningKeys.ORGANISATION_PUBLIC_KEY, publicPem.toString());
        try {
            SigningKey key = keys.active();
            assertEquals("organisation", key.source());
            assertEquals(SigningKey.idOf(pair.getPublic()), key.id());
            ManifestSigner.sign(clip, provenance(), key);
            Verification v = ManifestVerifier.verify(clip, Optional.empty(), keys.trustedIds());
            assertTrue(v.valid() && v.trusted(), v.toString());
            assertEquals("organisation", v.signer());
            prefs.remove(SigningKeys.ORGANISATION_PUBLIC_KEY);
            IOException missing = assertThrows(IOException.class, keys::active);
            assertTrue(missing.getMessage().contains(SigningKeys.ORGANISATION_PUBLIC_KEY), missing.getMessage());
        } finally {
            prefs.remove(SigningKeys.ORGANISATION_KEY);
            prefs.remove(SigningKeys.ORGANISATION_PUBLIC_KEY);
        }
    }

    @Test
    void signedFileVerifiesAndStillPlays() throws Exception {
        SigningKey key = keys.active();
        ManifestSigner.sign(clip, provenance(), key);
        Verification v = ManifestVerifier.verify(clip, Optional.of(key.publicKey()), Set.of());
        assertTrue(v.valid(), v.problems().toString());
        assertTrue(v.trusted());
        assertEquals("a red circle", v.manifest().path("prompt").asText());
        assertEquals("123456789aabcdef", v.manifest().path("watermark").path("payload").asText());
        assertEquals("start.png", v.manifest().path("parents").get(0).path("file").asText());
        assertEquals("abc123", v.manifest().path("engine").path("modelHash").asText());
        assertEquals(12, io.tessera.media.MediaProbe.probe(clip).frameCount(), "the manifest box must not break playback");
        Path exported = dir.resolve("key.pem");
        Files.writeString(exported, key.publicPem());
        assertEquals(key.id(), SigningKey.idOf(Pem.readPublicKey(exported)));
        ManifestSigner.sign(clip, provenance(), key);
        assertEquals(1, Mp4Boxes.list(clip).stream().filter(b -> b.type().equals("uuid")).count(), "re-signing replaces the manifest");
    }

    @Test
    void unsignedFileIsNotFoundRatherThanAnError() throws Exception {
        Verification v = ManifestVerifier.verify(clip, Optional.empty(), Set.of());
        assertFalse(v.found());
        assertFalse(v.valid());
    }

    @Test
    void oneChangedByteOfMediaDataIsCaughtAndNamed() throws Exception {
        ManifestSigner.sign(clip, provenance(), keys.active());
        Mp4Box mdat = Mp4Boxes.list(clip).stream().filter(b -> b.type().equals("mdat")).findFirst().orElseThrow();
        flip(clip, mdat.payloadOffset() + mdat.payloadSize() / 2);
        Verification v = ManifestVerifier.verify(clip, Optional.empty(), Set.of());
        assertFalse(v.valid());
        assertEquals(List.of("the media data (mdat) was changed after signing"), v.problems());
    }

    @Test
    void changedManifestIsCaughtAndNamed() throws Exception {
        ManifestSigner.sign(clip, provenance(), keys.active());
        Mp4Box box = manifestBox();
        byte[] content = Mp4Boxes.read(clip, box);
        int at = new String(content, StandardCharsets.ISO_8859_1).indexOf("a red circle");
        flip(clip, box.payloadOffset() + at + 2, (byte) 'b');
        Verification v = ManifestVerifier.verify(clip, Optional.empty(), Set.of());
        assertFalse(v.valid());
        assertTrue(v.problems().contains("the manifest was changed after signing"), v.problems().toString());
        assertEquals("a bed circle", v.manifest().path("prompt").asText());
    }

    @Test
    void changedSignatureIsCaughtAndNamed() throws Exception {
        ManifestSigner.sign(clip, provenance(), keys.active());
        Mp4Box box = manifestBox();
        String content = new String(Mp4Boxes.read(clip, box), StandardCharsets.ISO_8859_1);
        int at = content.indexOf("\"signature\" : \"") + "\"signature\" : \"".length() + 5;
        flip(clip, box.payloadOffset() + at, content.charAt(at) == 'A' ? (byte) 'B' : (byte) 'A');
        Verification v = ManifestVerifier.verify(clip, Optional.empty(), Set.of());
        assertFalse(v.valid());
        assertEquals(List.of("the signature does not match the manifest"), v.problems());
    }

    @Test
    void anotherKeyIsRefusedWhenOneIsRequired() throws Exception {
        ManifestSigner.sign(clip, provenance(), keys.active());
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        Verification v = ManifestVerifier.verify(clip, Optional.of(other), Set.of());
        assertFalse(v.valid());
        assertTrue(v.problems().get(0).startsWith("signed by key"), v.problems().toString());
    }

    @Test
    void corruptManifestBoxGivesAClearProblem() throws Exception {
        ManifestBox.write(clip, "{ not json".getBytes(StandardCharsets.UTF_8));
        Verification v = ManifestVerifier.verify(clip, Optional.empty(), Set.of());
        assertTrue(v.found());
        assertFalse(v.valid());
        assertTrue(v.problems().get(0).startsWith("the manifest box is corrupt"), v.problems().toString());
        ManifestBox.write(clip, "{\"manifest\": {}}".getBytes(StandardCharsets.UTF_8));
        assertTrue(ManifestVerifier.verify(clip, Optional.empty(), Set.of()).problems().get(0).contains("missing"));
    }

    @Test
    void truncatedFileIsRefusedWithItsName() throws Exception {
        ManifestSigner.sign(clip, provenance(), keys.active());
        byte[] all = Files.readAllBytes(clip);
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
        IOException e = assertThrows(IOException.class, () -> ManifestVerifier.verify(cut, Optional.empty(), Set.of()));
        assertTrue(e.getMessage().contains("cut.mp4"), e.getMessage());
    }

    private Mp4Box manifestBox() throws IOException {
        return Mp4Boxes.list(clip).stream().filter(b -> b.userType() != null && java.util.Arrays.equals(b.userType(), ManifestBox.USER_TYPE))
                .findFirst().orElseThrow();
    }

    private static void flip(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, offset);
            b.put(0, (byte) (b.get(0) ^ 0x5A)).rewind();
            ch.write(b, offset);
        }
    }

    private static void flip(Path file, long offset, byte value) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] { value }), offset);
        }
    }
}
