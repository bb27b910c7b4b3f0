package io.tessera.train.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Prompt files: one prompt per line, '#' starts a comment line. The public set ships in this bundle. */
public final class PromptSet {
    private PromptSet() {
    }

    public static List<String> publicSet() throws IOException {
        Bundle b = FrameworkUtil.getBundle(PromptSet.class);
        URL url = b != null ? b.getEntry("bench/prompts.txt") : PromptSet.class.getClassLoader().getResource("bench/prompts.txt"); //$NON-NLS-1$ //$NON-NLS-2$
        if (url == null) {
            throw new IOException("the public prompt set bench/prompts.txt is missing from io.tessera.train"); //$NON-NLS-1$
        }
        try (InputStream in = url.openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static List<String> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) { //$NON-NLS-1$
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) { //$NON-NLS-1$
                out.add(l);
            }
        }
        return out;
    }
}
