package io.tessera.core.internal;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.watermark.Marking;
import io.tessera.core.watermark.ProvenanceSealer;
import io.tessera.core.watermark.Watermarker;
import io.tessera.media.VideoFrame;

/**
 * The watermarkers one job uses, in order (visible labels first, so the invisible mark covers them too), with the
 * payload they embed. Contributed code runs inside {@link #mark}: what it throws stops the job with a message
 * naming the contribution, and the contribution is marked broken.
 */
public final class FrameMarkers {
    private final List<ContributionDescriptor<Watermarker>> descriptors;
    private final List<Watermarker> markers;
    private final byte[] payload;

    private FrameMarkers(List<ContributionDescriptor<Watermarker>> descriptors, List<Watermarker> markers, byte[] payload) {
        this.descriptors = descriptors;
        this.markers = markers;
        this.payload = payload;
    }

    /** The installed watermarkers the marking asks for; refuses the job when a policy-mandated mark has no contribution. */
    public static FrameMarkers select(Marking marking, byte[] payload, boolean mandatory) throws InvalidRequestException {
        List<ContributionDescriptor<Watermarker>> picked = new ArrayList<>();
        List<Watermarker> instances = new ArrayList<>();
        List<ContributionDescriptor<Watermarker>> all = new ArrayList<>(Registries.watermarkers().descriptors());
        all.sort((a, b) -> Boolean.compare(!isVisible(a), !isVisible(b)));
        boolean invisibleFound = false;
        for (ContributionDescriptor<Watermarker> d : all) {
            boolean visible = isVisible(d);
            if (visible ? !marking.visible() : !marking.invisible()) {
                continue;
            }
            var instance = d.instance();
            if (instance.isEmpty()) {
                continue;
            }
            picked.add(d);
            instances.add(instance.get());
            invisibleFound |= !visible;
        }
        if (mandatory && marking.invisible() && !invisibleFound) {
            throw new InvalidRequestException("watermarking is mandatory by policy but no invisible watermarker is installed"); //$NON-NLS-1$
        }
        return new FrameMarkers(picked, instances, payload);
    }

    private static boolean isVisible(ContributionDescriptor<Watermarker> d) {
        return Boolean.parseBoolean(d.attribute("visible").orElse("false")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public boolean isEmpty() {
        return markers.isEmpty();
    }

    public List<String> ids() {
        return descriptors.stream().map(ContributionDescriptor::id).toList();
    }

    /** Hex of the payload, when an invisible mark carries it. */
    public String payloadHex() {
        return descriptors.stream().anyMatch(d -> !isVisible(d)) ? HexFormat.of().formatHex(payload) : null;
    }

    /** A marked copy of the frame (engines may keep their frames). */
    public VideoFrame mark(VideoFrame frame, long index) throws GenerationException {
        if (markers.isEmpty()) {
            return frame;
        }
        VideoFrame copy = new VideoFrame(frame.width(), frame.height(), frame.rgb().clone());
        for (int i = 0; i < markers.size(); i++) {
            try {
                markers.get(i).embed(copy, index, payload.clone());
            } catch (RuntimeException | LinkageError e) {
                throw broken(descriptors.get(i), e);
            }
        }
        return copy;
    }

    /** The contributions that sign manifests, with their descriptors. */
    public List<ProvenanceSealer> sealers() {
        List<ProvenanceSealer> sealers = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            if (markers.get(i) instanceof ProvenanceSealer s && !isVisible(descriptors.get(i))) {
                sealers.add(s);
            }
        }
        return sealers;
    }

    public GenerationException broken(ProvenanceSealer sealer, Throwable e) {
        for (int i = 0; i < markers.size(); i++) {
            if (markers.get(i) == sealer) {
                return broken(descriptors.get(i), e);
            }
        }
        return new GenerationException("signing failed: " + e, e); //$NON-NLS-1$
    }

    private static GenerationException broken(ContributionDescriptor<Watermarker> d, Throwable e) {
        if (e instanceof RuntimeException || e instanceof LinkageError) {
            d.markBroken(e);
        }
        return new GenerationException("watermarker '" + d.id() + "' from " + d.contributor() + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
