package io.tessera.ui.internal.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;

/** Drag and drop of Library clips: the ids of the project's assets, one per line. */
public final class AssetTransfer extends ByteArrayTransfer {
    private static final String TYPE = "io.tessera.asset-ids"; //$NON-NLS-1$
    private static final int ID = registerType(TYPE);
    private static final AssetTransfer INSTANCE = new AssetTransfer();

    public static AssetTransfer getInstance() {
        return INSTANCE;
    }

    private AssetTransfer() {
    }

    @Override
    protected int[] getTypeIds() {
        return new int[] { ID };
    }

    @Override
    protected String[] getTypeNames() {
        return new String[] { TYPE };
    }

    @Override
    protected void javaToNative(Object object, TransferData transferData) {
        if (object instanceof List<?> ids && isSupportedType(transferData)) {
            StringBuilder b = new StringBuilder();
            for (Object id : ids) {
                b.append(id).append('\n');
            }
            super.javaToNative(b.toString().getBytes(StandardCharsets.UTF_8), transferData);
        }
    }

    @Override
    protected Object nativeToJava(TransferData transferData) {
        Object bytes = super.nativeToJava(transferData);
        if (!(bytes instanceof byte[] b)) {
            return null;
        }
        return List.of(new String(b, StandardCharsets.UTF_8).split("\n")).stream().filter(s -> !s.isBlank()).toList(); //$NON-NLS-1$
    }

    @Override
    protected boolean validate(Object object) {
        return object instanceof List<?>;
    }
}
