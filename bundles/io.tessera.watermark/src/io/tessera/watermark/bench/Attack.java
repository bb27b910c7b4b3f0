package io.tessera.watermark.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the world handles a video, done by the ffmpeg command-line tool with libx264: a filter chain, the
 * re-encode's constant rate factor and, for excerpts, the excerpt's length.
 *
 * @param name short name, {@code a+b} for a combination
 * @param filter ffmpeg -vf chain, empty for none
 * @param crf libx264 constant rate factor of the re-encode
 * @param excerptSeconds length of an excerpt cut from a random place, 0 for the whole clip
 */
public record Attack(String name, String filter, int crf, double excerptSeconds) {
    static final int DEFAULT_CRF = 23;

    public static List<Attack> singles() {
        return List.of(new Attack("crf23", "", 23, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("crf35", "", 35, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("scale50", "scale=trunc(iw/4)*2:trunc(ih/4)*2", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("crop10", "crop=trunc(iw*0.4)*2:trunc(ih*0.4)*2", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("bright+20", "eq=brightness=0.2", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("bright-20", "eq=brightness=-0.2", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("contrast", "eq=contrast=1.3", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("fps15", "fps=15", DEFAULT_CRF, 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Attack("excerpt2s", "", DEFAULT_CRF, 2)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Every combination of two different kinds of attack (the two brightness changes and the two CRFs are one kind each). */
    public static List<Attack> pairs() {
        List<Attack> singles = singles();
        List<Attack> pairs = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            for (int j = i + 1; j < singles.size(); j++) {
                Attack a = singles.get(i);
                Attack b = singles.get(j);
                if (a.kind().equals(b.kind())) {
                    continue;
                }
                pairs.add(a.with(b));
            }
        }
        return pairs;
    }

    private String kind() {
        return name.replaceAll("[-+0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Attack with(Attack other) {
        String f = filter.isEmpty() ? other.filter : other.filter.isEmpty() ? filter : filter + "," + other.filter; //$NON-NLS-1$
        return new Attack(name + "+" + other.name, f, Math.max(crf, other.crf), Math.max(excerptSeconds, other.excerptSeconds)); //$NON-NLS-1$
    }

    /** The ffmpeg arguments that make {@code out} from {@code in}, cutting the excerpt at {@code start} seconds. */
    List<String> arguments(String in, String out, double start) {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-nostdin", "-y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (excerptSeconds > 0) {
            args.addAll(List.of("-ss", String.format(java.util.Locale.ROOT, "%.3f", start))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        args.addAll(List.of("-i", in)); //$NON-NLS-1$
        if (excerptSeconds > 0) {
            args.addAll(List.of("-t", String.format(java.util.Locale.ROOT, "%.3f", excerptSeconds))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!filter.isEmpty()) {
            args.addAll(List.of("-vf", filter)); //$NON-NLS-1$
        }
        args.addAll(List.of("-an", "-c:v", "libx264", "-preset", "medium", "-crf", Integer.toString(crf), "-pix_fmt", "yuv420p", out)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        return args;
    }
}
