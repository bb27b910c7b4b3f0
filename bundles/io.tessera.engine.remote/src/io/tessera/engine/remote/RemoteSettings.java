package io.tessera.engine.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;

import io.tessera.core.policy.AdminPolicy;

/**
 * Where the remote engine sends its jobs and what it charges, from preferences of node {@value #NODE}. The endpoint,
 * the price and the currency are locked when the administrator sets them in plugin_customization.ini (so nobody
 * sends prompts to another server or hides what it costs); the timeouts there are only defaults. A user (or a
 * script) may also pass any key as the system property {@code io.tessera.engine.remote.<key>}, which a locked key
 * ignores. The token is not a preference: see {@link RemoteTokens}.
 *
 * @param endpoint the server's base URL (http://host:port), or null when none is configured
 * @param engine the server's engine to use, or null for the server's default
 * @param pricePerComputeSecond what the service charges per second of its compute
 * @param currency ISO code of the price
 * @param connectTimeout to open a connection
 * @param requestTimeout for one HTTP exchange (a download included)
 * @param jobTimeout the longest a job may take on the server before it is cancelled
 */
public record RemoteSettings(URI endpoint, String engine, double pricePerComputeSecond, String currency, Duration connectTimeout,
        Duration requestTimeout, Duration jobTimeout) {
    public static final String NODE = "io.tessera.engine.remote"; //$NON-NLS-1$
    public static final String ENDPOINT = "endpoint"; //$NON-NLS-1$
    public static final String ENGINE = "engine"; //$NON-NLS-1$
    public static final String PRICE = "pricePerComputeSecond"; //$NON-NLS-1$
    public static final String CURRENCY = "currency"; //$NON-NLS-1$
    public static final String CONNECT_TIMEOUT = "connectTimeoutSeconds"; //$NON-NLS-1$
    public static final String REQUEST_TIMEOUT = "requestTimeoutSeconds"; //$NON-NLS-1$
    public static final String JOB_TIMEOUT = "jobTimeoutSeconds"; //$NON-NLS-1$
    public static final double DEFAULT_CONNECT_SECONDS = 10;
    public static final double DEFAULT_REQUEST_SECONDS = 120;
    public static final double DEFAULT_JOB_SECONDS = 3600;

    /** The settings in force now; a malformed value is an IllegalArgumentException naming the key. */
    public static RemoteSettings current() {
        String endpoint = lookup(ENDPOINT, true);
        return new RemoteSettings(endpoint == null ? null : endpoint(endpoint), lookup(ENGINE, true),
                number(PRICE, true, 0), Optional.ofNullable(lookup(CURRENCY, true)).orElse("USD"), //$NON-NLS-1$
                seconds(CONNECT_TIMEOUT, DEFAULT_CONNECT_SECONDS), seconds(REQUEST_TIMEOUT, DEFAULT_REQUEST_SECONDS),
                seconds(JOB_TIMEOUT, DEFAULT_JOB_SECONDS));
    }

    /** Settings for a known endpoint with default timeouts and no price (tests, the Test connection button). */
    public static RemoteSettings of(URI endpoint) {
        return new RemoteSettings(endpoint, null, 0, "USD", Duration.ofSeconds((long) DEFAULT_CONNECT_SECONDS), //$NON-NLS-1$
                Duration.ofSeconds((long) DEFAULT_REQUEST_SECONDS), Duration.ofSeconds((long) DEFAULT_JOB_SECONDS));
    }

    public boolean configured() {
        return endpoint != null;
    }

    public RemoteSettings withPrice(double price, String code) {
        return new RemoteSettings(endpoint, engine, price, code, connectTimeout, requestTimeout, jobTimeout);
    }

    public RemoteSettings withJobTimeout(Duration timeout) {
        return new RemoteSettings(endpoint, engine, pricePerComputeSecond, currency, connectTimeout, requestTimeout, timeout);
    }

    /** Parses an endpoint as users type it: http(s)://host[:port][/], nothing else. */
    public static URI endpoint(String text) {
        String t = text.trim();
        while (t.endsWith("/")) { //$NON-NLS-1$
            t = t.substring(0, t.length() - 1);
        }
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new IllegalArgumentException(NODE + "/" + ENDPOINT + " '" + text + "' is not an http:// or https:// URL with a host"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(NODE + "/" + ENDPOINT + " '" + text + "' is not a URL: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** The administrator's value of {@code key} when it is locked there, for the preference page. */
    public static Optional<String> administered(String key) {
        return AdminPolicy.administered(NODE, key);
    }

    private static String lookup(String key, boolean lockable) {
        if (lockable) {
            Optional<String> admin = AdminPolicy.administered(NODE, key);
            if (admin.isPresent()) {
                return admin.get();
            }
        }
        String property = System.getProperty(NODE + "." + key); //$NON-NLS-1$
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        // instance scope where there is one (the workbench), then configuration (the user's, per user), then default
        String v = Platform.getPreferencesService() == null ? null : Platform.getPreferencesService().getString(NODE, key, null, null);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static double number(String key, boolean lockable, double fallback) {
        String v = lookup(key, lockable);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NODE + "/" + key + " '" + v + "' is not a number >= 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static Duration seconds(String key, double fallback) {
        double s = number(key, false, fallback);
        return Duration.ofMillis(Math.max(1, Math.round((s > 0 ? s : fallback) * 1000)));
    }
}
