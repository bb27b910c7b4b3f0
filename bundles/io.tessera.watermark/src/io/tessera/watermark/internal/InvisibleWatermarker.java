package io.tessera.watermark.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.watermark.ExtractionResult;
import io.tessera.core.watermark.Provenance;
import io.tessera.core.watermark.ProvenanceSealer;
import io.tessera.core.watermark.Watermarker;
import io.tessera.media.VideoFrame;
import io.tessera.watermark.mark.Detection;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.MarkReader;
import io.tessera.watermark.mark.Payload;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.SigningKeys;

/** The {@code tessera-invisible} contribution: the invisible mark, and the signed manifest once the file is done. */
public final class InvisibleWatermarker implements Watermarker, ProvenanceSealer {
    private InvisibleMark mark;

    @Override
    public synchronized void embed(VideoFrame frame, long frameIndex, byte[] payload) {
        Payload p = Payload.fromBytes(payload);
        if (mark == null || !mark.payload().equals(p)) {
            mark = new InvisibleMark(p);
        }
        mark.embed(frame, frameIndex);
    }

    @Override
    public ExtractionResult extract(Path media, IProgressMonitor monitor) throws IOException {
        Detection d = MarkReader.read(media, monitor);
        byte[] payload = d.detected() ? d.payload().map(Payload::toBytes).orElse(new byte[0]) : new byte[0];
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pValue", d.pValue()); //$NON-NLS-1$
        details.put("threshold", Detection.THRESHOLD); //$NON-NLS-1$
        details.put("syncScore", d.syncScore()); //$NON-NLS-1$
        details.put("channelBitAccuracy", d.channelBitAccuracy()); //$NON-NLS-1$
        details.put("tilePeriod", d.tilePeriod()); //$NON-NLS-1$
        details.put("frames", d.frames()); //$NON-NLS-1$
        d.payload().ifPresent(p -> {
            details.put("assetId", String.format("%010x", p.assetId())); //$NON-NLS-1$ //$NON-NLS-2$
            details.put("modelId", String.format("%06x", p.modelId())); //$NON-NLS-1$ //$NON-NLS-2$
        });
        return new ExtractionResult(payload, d.detected() ? 1 - d.pValue() : 0, details);
    }

    @Override
    public String seal(Path mp4, Provenance provenance) throws IOException {
        var key = new SigningKeys().active();
        ManifestSigner.sign(mp4, provenance, key);
        return key.id();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
