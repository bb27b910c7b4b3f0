package io.tessera.core.engine;

/**
 * What a job will cost before it runs.
 *
 * @param computeSeconds wall-clock seconds of compute on this machine
 * @param peakMemoryBytes the most memory the job holds at once
 * @param money what a remote service would charge, 0 for local engines
 * @param currency ISO code of {@code money}
 * @param basis one line saying how the figure was derived
 */
public record CostEstimate(double computeSeconds, long peakMemoryBytes, double money, String currency, String basis) {

    public static CostEstimate local(double computeSeconds, long peakMemoryBytes, String basis) {
        return new CostEstimate(computeSeconds, peakMemoryBytes, 0, "USD", basis); //$NON-NLS-1$
    }
}
