package io.tessera.engine.dit.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The named tensors of a model, created with a seeded Java generator (so a model's initial weights do not depend on
 * the native library's random numbers) and stored in a small self-describing file: magic, count, then per tensor its
 * name, shape, storage type (float32 or float16) and little-endian data.
 */
public final class Params {
    private static final int MAGIC = 0x54535057; // "TSPW"
    private static final int F32 = 0;
    private static final int F16 = 1;

    private final NDManager manager;
    private final Map<String, NDArray> arrays = new LinkedHashMap<>();
    private final SplittableRandom random;

    public Params(NDManager manager, long seed) {
        this.manager = manager;
        this.random = new SplittableRandom(seed);
    }

    public NDManager manager() {
        return manager;
    }

    public Map<String, NDArray> arrays() {
        return Collections.unmodifiableMap(arrays);
    }

    public NDArray get(String name) {
        NDArray a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("the model has no tensor named " + name); //$NON-NLS-1$
        }
        return a;
    }

    public boolean has(String name) {
        return arrays.containsKey(name);
    }

    /** Normal(0, std) values. */
    public NDArray normal(String name, double std, long... shape) {
        float[] v = new float[(int) new Shape(shape).size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (gaussian(random) * std);
        }
        return put(name, manager.create(v, new Shape(shape)));
    }

    public NDArray zeros(String name, long... shape) {
        return put(name, manager.zeros(new Shape(shape)));
    }

    public NDArray ones(String name, long... shape) {
        return put(name, manager.ones(new Shape(shape)));
    }

    public NDArray put(String name, NDArray value) {
        value.setName(name);
        NDArray old = arrays.put(name, value);
        if (old != null) {
            old.close();
        }
        return value;
    }

    public long count() {
        long n = 0;
        for (NDArray a : arrays.values()) {
            n += a.getShape().size();
        }
        return n;
    }

    public void requireGradients() {
        for (NDArray a : arrays.values()) {
            a.setRequiresGradient(true);
        }
    }

    /** Copies every tensor of {@code other} that this one also has, refusing shape mismatches. */
    public void copyFrom(Params other) {
        for (Map.Entry<String, NDArray> e : other.arrays.entrySet()) {
            NDArray mine = arrays.get(e.getKey());
            if (mine == null) {
                continue;
            }
            if (!mine.getShape().equals(e.getValue().getShape())) {
                throw new IllegalArgumentException(e.getKey() + " has shape " + e.getValue().getShape() + ", the model wants " + mine.getShape()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            mine.set(e.getValue().toFloatArray());
        }
    }

    /** Writes all tensors to {@code file} atomically (temporary file, fsync, rename). */
    public void save(Path file, boolean half) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        try (OutputStream raw = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
            out.writeInt(MAGIC);
            out.writeInt(arrays.size());
            for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
                writeTensor(out, e.getKey(), e.getValue(), half);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // the previous file stays as it was
            throw e;
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void writeTensor(DataOutputStream out, String name, NDArray a, boolean half) throws IOException {
        out.writeUTF(name);
        long[] shape = a.getShape().getShape();
        out.writeInt(shape.length);
        for (long d : shape) {
            out.writeLong(d);
        }
        float[] v = a.toType(DataType.FLOAT32, false).toFloatArray();
        requireFinite(name, v, "refusing to write it"); //$NON-NLS-1$
        out.writeInt(half ? F16 : F32);
        ByteBuffer buf = ByteBuffer.allocate(v.length * (half ? 2 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            if (half) {
                buf.putShort(Float.floatToFloat16(f));
            } else {
                buf.putFloat(f);
            }
        }
        out.write(buf.array());
    }

    /** Reads a file written by {@link #save}; tensors are float32 in memory whatever their storage. */
    public static Params load(Path file, NDManager manager) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return load(raw, manager, file.toString());
        }
    }

    public static Params load(InputStream raw, NDManager manager, String where) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20));
        if (in.readInt() != MAGIC) {
            throw new IOException(where + " is not a Tessera weights file"); //$NON-NLS-1$
        }
        return readTensors(in, in.readInt(), manager);
    }

    /** Reads {@code n} tensors written by {@link #writeTensor} from a stream positioned at the first one. */
    static Params readTensors(DataInputStream in, int n, NDManager manager) throws IOException {
        Params p = new Params(manager, 0);
        for (int i = 0; i < n; i++) {
            NDArray a = readTensor(in, manager);
            p.put(a.getName(), a);
        }
        return p;
    }

    /** Reads one tensor written by {@link #writeTensor}, named as written, in float32 whatever its storage. */
    static NDArray readTensor(DataInputStream in, NDManager manager) throws IOException {
        String name = in.readUTF();
        int rank = in.readInt();
        long[] shape = new long[rank];
        for (int r = 0; r < rank; r++) {
            shape[r] = in.readLong();
        }
        int type = in.readInt();
        int size = (int) new Shape(shape).size();
        byte[] bytes = new byte[size * (type == F16 ? 2 : 4)];
        in.readFully(bytes);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[size];
        for (int k = 0; k < size; k++) {
            v[k] = type == F16 ? Float.float16ToFloat(buf.getShort()) : buf.getFloat();
        }
        requireFinite(name, v, "the file is damaged or was written by a diverged run"); //$NON-NLS-1$
        NDArray a = manager.create(v, new Shape(shape));
        a.setName(name);
        return a;
    }

    /** Weights, their average and optimiser moments are always finite: a NaN or infinity means training broke. */
    private static void requireFinite(String name, float[] v, String consequence) throws IOException {
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) {
                throw new IOException("tensor " + name + " holds " + v[i] + " at index " + i + ": " + consequence); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /** A standard normal number from {@code r}. */
    public static double gaussian(SplittableRandom r) {
        // Box-Muller on our own generator: the same seed gives the same numbers on every machine and library version
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
