package io.tessera.core.engine;

/** The envelope an engine declares in plugin.xml; requests outside it are refused before any work starts. */
public record EngineLimits(double maxSeconds, int minSize, int maxWidth, int maxHeight, int minFps, int maxFps) {

    public static final EngineLimits DEFAULT = new EngineLimits(60, 16, 1920, 1080, 1, 60);

    /** Checks a request against these limits and names the first setting that falls outside. */
    public void check(GenerationRequest request) throws InvalidRequestException {
        if (!(request.seconds() > 0) || request.seconds() > maxSeconds) {
            throw new InvalidRequestException("--seconds " + request.seconds() + " is outside (0, " + maxSeconds + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (request.width() < minSize || request.height() < minSize || request.width() > maxWidth || request.height() > maxHeight) {
            throw new InvalidRequestException("--size " + request.width() + "x" + request.height() //$NON-NLS-1$ //$NON-NLS-2$
                    + " is outside " + minSize + "x" + minSize + " .. " + maxWidth + "x" + maxHeight); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (request.width() % 2 != 0 || request.height() % 2 != 0) {
            throw new InvalidRequestException("--size " + request.width() + "x" + request.height() + " must have even width and height (H.264 4:2:0)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (request.fps() < minFps || request.fps() > maxFps) {
            throw new InvalidRequestException("--fps " + request.fps() + " is outside [" + minFps + ", " + maxFps + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
