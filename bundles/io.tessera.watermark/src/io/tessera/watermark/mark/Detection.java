package io.tessera.watermark.mark;

import java.util.Optional;

/**
 * What a search for the invisible mark found.
 *
 * @param payload the payload, when one was decoded and its check code matched
 * @param pValue probability of a result at least this strong from an unmarked clip (sync strength and check code
 *        combined)
 * @param syncScore strength of the sync pattern at the best alignment: |z| in the plain frame sum, the length of
 *        the (cosine, sine) pair of z-scores in a sum weighted by the mark's sign flips
 * @param channelBitAccuracy share of the coded bits read correctly (judged against the re-encoded payload); a
 *        lower bound for the payload's own bit accuracy, which error correction raises to 1 below about 10 % errors
 * @param tilePeriod the tile's size in pixels as found (the embedder's size times any scaling)
 * @param frames how many frames were read
 * @param rawBits the 64 payload bits decoded at the best alignment, whether or not the check code matched (for
 *        measuring bit accuracy)
 */
public record Detection(Optional<Payload> payload, double pValue, double syncScore, double channelBitAccuracy,
        double tilePeriod, int frames, long rawBits) {

    /**
     * Detections below this p-value count as marked. The p-value of the sums weighted by the sign flips is
     * optimistic (on 1 000 unmarked 2 s clips, 7 came under 1e-5, the smallest at 6.5e-7), so the threshold sits
     * well below what unmarked clips reach rather than at the nominal one-in-100 000 level; see docs/WATERMARK.md.
     */
    public static final double THRESHOLD = 1e-8;

    public boolean detected() {
        return pValue < THRESHOLD;
    }

    /** Bits of the payload that {@link #rawBits} gets right. */
    public int matchingBits(Payload truth) {
        return Payload.BITS - Long.bitCount(rawBits ^ truth.bits());
    }

    public static Detection none(int frames) {
        return new Detection(Optional.empty(), 1, 0, 0, 0, frames, 0);
    }
}
