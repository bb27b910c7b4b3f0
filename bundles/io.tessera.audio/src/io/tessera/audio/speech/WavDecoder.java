package io.tessera.audio.speech;

import java.io.IOException;

/**
 * Decodes a RIFF/WAVE byte array to mono floats. Written here rather than taken from javax.sound because espeak-ng
 * streams its WAV to stdout before it knows the length, so the RIFF and data sizes are placeholders (0x7FFFF000 from
 * espeak-ng 1.51; other streamers write 0 or 0xFFFFFFFF): AudioSystem takes the placeholder as the length (a billion
 * frames) and other readers reject it; here a data size that is a placeholder or runs past the end means "to the end
 * of the bytes". Reads integer PCM of 8, 16, 24 and 32 bits, 32/64-bit float and
 * WAVE_FORMAT_EXTENSIBLE; several channels are averaged.
 */
public final class WavDecoder {

    /**
     * Decoded audio.
     *
     * @param samples mono, in [-1, 1]
     * @param sampleRate samples per second
     */
    public record Pcm(float[] samples, int sampleRate) {
        public double seconds() {
            return sampleRate == 0 ? 0 : samples.length / (double) sampleRate;
        }
    }

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavDecoder() {
    }

    /** Decodes {@code wav}; throws with a sentence saying what is wrong when it is not a WAV this can read. */
    public static Pcm decodeMono(byte[] wav) throws IOException {
        if (wav == null || wav.length < 12 || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException("not a RIFF/WAVE stream (" + (wav == null ? 0 : wav.length) + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int pos = 12;
        while (pos + 8 <= wav.length) {
            long size = u32(wav, pos + 4);
            int body = pos + 8;
            if (ascii(wav, pos, "fmt ")) { //$NON-NLS-1$
                if (size < 16 || body + 16 > wav.length) {
                    throw new IOException("WAV fmt chunk too short"); //$NON-NLS-1$
                }
                format = u16(wav, body);
                channels = u16(wav, body + 2);
                rate = (int) Math.min(Integer.MAX_VALUE, u32(wav, body + 4));
                bits = u16(wav, body + 14);
                if (format == EXTENSIBLE && size >= 26 && body + 26 <= wav.length) {
                    // the sub-format GUID starts with the format code
                    format = u16(wav, body + 24);
                }
            } else if (ascii(wav, pos, "data")) { //$NON-NLS-1$
                if (format < 0) {
                    throw new IOException("WAV data chunk before its fmt chunk"); //$NON-NLS-1$
                }
                long available = wav.length - (long) body;
                long length = size == 0 || size == 0xFFFFFFFFL || size > available ? available : size;
                return new Pcm(samples(wav, body, (int) length, format, channels, bits), rate);
            }
            if (size > wav.length) {
                break;
            }
            // chunks are word-aligned
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IOException("WAV has no data chunk"); //$NON-NLS-1$
    }

    private static float[] samples(byte[] b, int off, int length, int format, int channels, int bits) throws IOException {
        if (channels < 1 || channels > 64) {
            throw new IOException("WAV has " + channels + " channels"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean floating = format == FLOAT && (bits == 32 || bits == 64);
        if (!floating && !(format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32))) {
            throw new IOException("unsupported WAV encoding: format " + format + ", " + bits + " bits"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        int bytes = bits / 8;
        int frame = bytes * channels;
        int frames = length / frame;
        float[] out = new float[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                int p = off + f * frame + c * bytes;
                sum += floating ? floatSample(b, p, bits) : intSample(b, p, bits);
            }
            out[f] = (float) Math.max(-1, Math.min(1, sum / channels));
        }
        return out;
    }

    private static double intSample(byte[] b, int p, int bits) {
        return switch (bits) {
            case 8 -> ((b[p] & 0xff) - 128) / 128.0;
            case 16 -> (short) (b[p] & 0xff | b[p + 1] << 8) / 32768.0;
            case 24 -> (b[p] & 0xff | (b[p + 1] & 0xff) << 8 | b[p + 2] << 16) / 8388608.0;
            default -> (b[p] & 0xff | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | b[p + 3] << 24) / 2147483648.0;
        };
    }

    private static double floatSample(byte[] b, int p, int bits) {
        double v = bits == 32 ? Float.intBitsToFloat((int) u32(b, p)) : Double.longBitsToDouble(u32(b, p) | u32(b, p + 4) << 32);
        return Double.isFinite(v) ? v : 0;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int p) {
        return b[p] & 0xff | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }
}
