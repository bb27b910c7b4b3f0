package io.tessera.ui.internal.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.Provenance;

/**
 * A clip's file facts and provenance (engine, model hash, prompt, seed, settings, parents, watermark id, signature)
 * for the Properties view, read-only. Snapshotted when the selection is adapted.
 */
public final class AssetPropertySource implements IPropertySource {
    private final Map<String, String[]> values = new LinkedHashMap<>(); // id -> {category, label, value}

    public AssetPropertySource(MediaAsset a) {
        put(DetectMessages.catClip, "file", a.getFile()); //$NON-NLS-1$
        StoredReports.latest(a.eContainer() instanceof io.tessera.model.Project p ? p : null, a)
                .ifPresent(r -> put(DetectMessages.catDetection, "last report", StoredReports.describe(r))); //$NON-NLS-1$
        put(DetectMessages.catClip, "duration", a.getDurationSeconds() + " s"); //$NON-NLS-1$ //$NON-NLS-2$
        put(DetectMessages.catClip, "format", a.getWidth() + "\u00d7" + a.getHeight() + " @ " + a.getFps() + " fps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        put(DetectMessages.catClip, "frames", Long.toString(a.getFrameCount())); //$NON-NLS-1$
        put(DetectMessages.catClip, "sha-256", a.getSha256()); //$NON-NLS-1$
        Provenance p = a.getProvenance();
        if (p == null) {
            return;
        }
        put(DetectMessages.catProvenance, "engine", p.getEngineId() + (p.getEngineVersion() == null ? "" : " " + p.getEngineVersion())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        put(DetectMessages.catProvenance, "model hash", p.getModelHash()); //$NON-NLS-1$
        put(DetectMessages.catProvenance, "prompt", p.getPrompt()); //$NON-NLS-1$
        put(DetectMessages.catProvenance, "seed", Long.toString(p.getSeed())); //$NON-NLS-1$
        put(DetectMessages.catProvenance, "parents", p.getParents().stream().map(MediaAsset::getFile).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
        put(DetectMessages.catProvenance, "watermark id", p.getWatermarkId()); //$NON-NLS-1$
        put(DetectMessages.catProvenance, "signature", p.getSignature()); //$NON-NLS-1$
        put(DetectMessages.catProvenance, "created", p.getCreatedAt() == null ? null : p.getCreatedAt().toInstant().toString()); //$NON-NLS-1$
        GenerationSettings s = p.getSettings();
        if (s != null) {
            put(DetectMessages.catSettings, "settings engine", s.getEngineId()); //$NON-NLS-1$
            put(DetectMessages.catSettings, "seconds", Double.toString(s.getSeconds())); //$NON-NLS-1$
            put(DetectMessages.catSettings, "size", s.getWidth() + "\u00d7" + s.getHeight()); //$NON-NLS-1$ //$NON-NLS-2$
            put(DetectMessages.catSettings, "fps", Integer.toString(s.getFps())); //$NON-NLS-1$
            put(DetectMessages.catSettings, "steps", Integer.toString(s.getSteps())); //$NON-NLS-1$
            put(DetectMessages.catSettings, "guidance", Double.toString(s.getGuidance())); //$NON-NLS-1$
            put(DetectMessages.catSettings, "source", s.getSourceMedia()); //$NON-NLS-1$
            put(DetectMessages.catSettings, "strength", Double.toString(s.getStrength())); //$NON-NLS-1$
            put(DetectMessages.catSettings, "options", String.join(" ", s.getOptions())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void put(String category, String label, String value) {
        values.put(category + "/" + label, new String[] { category, label, value == null || value.isEmpty() ? "\u2014" : value }); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> list = new ArrayList<>();
        values.forEach((id, v) -> {
            PropertyDescriptor d = new PropertyDescriptor(id, v[1]);
            d.setCategory(v[0]);
            list.add(d);
        });
        return list.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        String[] v = values.get(id);
        return v == null ? null : v[2];
    }

    /** The value shown for a label (for tests), or null. */
    public String value(String label) {
        return values.values().stream().filter(v -> v[1].equals(label)).map(v -> v[2]).findFirst().orElse(null);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }

    /** Adapts a Library selection (a MediaAsset) to its property source; declared in plugin.xml. */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptable, Class<T> type) {
            if (type == IPropertySource.class && adaptable instanceof MediaAsset a) {
                return type.cast(new AssetPropertySource(a));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
