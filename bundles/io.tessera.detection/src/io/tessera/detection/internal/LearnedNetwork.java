package io.tessera.detection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.tessera.core.detect.Finding;
import io.tessera.engine.dit.model.ClipClassifier;

/**
 * The learned detector's use of its network ({@link ClipClassifier}, in the optional bundle io.tessera.engine.dit):
 * only {@link LearnedDetector} calls it, after checking that the bundle is there, so that no class of that bundle is
 * needed to load the detector itself.
 */
final class LearnedNetwork {
    static final String SHIPPED = "learned/detector.bin"; //$NON-NLS-1$
    private static ClipClassifier shipped;

    private LearnedNetwork() {
    }

    static List<Finding> inspect(Path media) throws IOException {
        List<byte[]> luma = ClipClassifier.readLuma(media);
        double p;
        Path user = userModel();
        if (user != null) {
            try (ClipClassifier net = ClipClassifier.load(user)) { // a user's file is read each time: it may change
                p = net.score(luma);
            }
        } else {
            ClipClassifier net = shipped();
            synchronized (net) {
                p = net.score(luma);
            }
        }
        return List.of(new Finding("learned", p, -1, -1, String.format(Locale.ROOT, //$NON-NLS-1$
                "The learned detector puts the chance that a machine made this clip at %.0f %%.", 100 * p))); //$NON-NLS-1$
    }

    private static Path userModel() {
        String user = Platform.getPreferencesService() == null ? null
                : Platform.getPreferencesService().getString("io.tessera.detection", "learned.model", null, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (user == null || user.isBlank()) {
            return null;
        }
        Path p = Path.of(user);
        return java.nio.file.Files.isDirectory(p) ? p.resolve("detector.bin") : p; //$NON-NLS-1$
    }

    private static synchronized ClipClassifier shipped() throws IOException {
        if (shipped == null) {
            Bundle b = FrameworkUtil.getBundle(LearnedNetwork.class);
            URL url = b == null ? null : b.getEntry(SHIPPED);
            if (url == null) {
                throw new IOException("the learned detector's weights (" + SHIPPED + ") are missing from bundle io.tessera.detection"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try (InputStream in = url.openStream()) {
                shipped = ClipClassifier.load(in, "io.tessera.detection/" + SHIPPED); //$NON-NLS-1$
            }
        }
        return shipped;
    }
}
