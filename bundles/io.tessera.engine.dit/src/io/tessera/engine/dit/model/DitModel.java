package io.tessera.engine.dit.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.ndarray.NDManager;

/**
 * A loaded model: its descriptor, weights, autoencoder, Transformer and tokenizer, all in one native memory scope
 * that {@link #close()} frees. A model folder holds {@code model.json} and {@code weights.bin}.
 */
public final class DitModel implements AutoCloseable {
    public static final String CONFIG_FILE = "model.json"; //$NON-NLS-1$
    public static final String WEIGHTS_FILE = "weights.bin"; //$NON-NLS-1$

    private final ModelConfig config;
    private final NDManager manager;
    private final Params params;
    private final Tokenizer tokenizer;

    private DitModel(ModelConfig config, NDManager manager, Params params) {
        this.config = config;
        this.manager = manager;
        this.params = params;
        this.tokenizer = new Tokenizer(config.vocabulary(), config.maxTextTokens());
    }

    /** A model with freshly initialised weights (seeded): the start of training, and the tests' tiny models. */
    public static DitModel create(ModelConfig config, long seed) {
        NDManager m = NDManager.newBaseManager();
        Params p = new Params(m, seed);
        Autoencoder.init(p, config);
        DiffusionTransformer.init(p, config);
        return new DitModel(config, m, p);
    }

    public static DitModel load(Path folder) throws IOException {
        requireModelFolder(folder);
        try (InputStream c = Files.newInputStream(folder.resolve(CONFIG_FILE)); InputStream w = Files.newInputStream(folder.resolve(WEIGHTS_FILE))) {
            return load(c, w, folder.toString());
        }
    }

    /** Fails, naming what is missing, unless {@code folder} holds a model's descriptor and weights. */
    public static void requireModelFolder(Path folder) throws IOException {
        for (String file : new String[] { CONFIG_FILE, WEIGHTS_FILE }) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new IOException(folder + " is not a model folder: it has no " + file); //$NON-NLS-1$
            }
        }
    }

    public static DitModel load(InputStream configJson, InputStream weights, String where) throws IOException {
        ModelConfig config = ModelConfig.read(configJson, where + "/" + CONFIG_FILE); //$NON-NLS-1$
        DitModel model = create(config, 0);
        NDManager scratch = model.manager.newSubManager();
        try {
            Params loaded = Params.load(weights, scratch, where + "/" + WEIGHTS_FILE); //$NON-NLS-1$
            for (String name : model.params.arrays().keySet()) {
                if (!loaded.has(name)) {
                    throw new IOException(where + "/" + WEIGHTS_FILE + " lacks tensor " + name + " that " + CONFIG_FILE + " describes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
            model.params.copyFrom(loaded);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e instanceof IOException io ? io : new IOException(where + ": " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            scratch.close();
        }
        return model;
    }

    public void save(Path folder, boolean half) throws IOException {
        Files.createDirectories(folder);
        params.save(folder.resolve(WEIGHTS_FILE), half);
        config.write(folder.resolve(CONFIG_FILE));
    }

    public ModelConfig config() {
        return config;
    }

    /** Same weights, new descriptor (e.g. the latent scale measured after the autoencoder is trained). */
    public DitModel withConfig(ModelConfig c) {
        return new DitModel(c, manager, params);
    }

    public NDManager manager() {
        return manager;
    }

    public Params params() {
        return params;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public Autoencoder autoencoder() {
        return new Autoencoder(params, config.latentScale());
    }

    public DiffusionTransformer transformer() {
        return new DiffusionTransformer(params, config);
    }

    public long parameterCount() {
        return params.count();
    }

    @Override
    public void close() {
        manager.close();
    }
}
