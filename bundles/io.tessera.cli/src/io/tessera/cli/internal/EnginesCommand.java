package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IStatus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.EngineRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera engines`: what the engine registry found, and what it could not use. */
@Command(name = "engines", description = "List the video engines found through the io.tessera.core.engines extension point.")
final class EnginesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--check", description = "Also load each engine, to report those that fail.")
    boolean check;

    @Override
    public Integer call() {
        EngineRegistry registry = EngineRegistry.getDefault();
        PrintWriter out = spec.commandLine().getOut();
        String defaultId = registry.defaultEngine().map(EngineDescriptor::id).orElse(null);
        if (check) {
            registry.descriptors().forEach(EngineDescriptor::engine);
        }
        if (json) {
            ArrayNode engines = Json.array();
            for (EngineDescriptor d : registry.descriptors()) {
                ObjectNode e = engines.addObject();
                e.put("id", d.id()).put("name", d.name()).put("description", d.description()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("contributor", d.contributor()).put("priority", d.priority()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("default", d.id().equals(defaultId)).put("allowed", io.tessera.core.policy.EnginePolicy.isAllowed(d.id())); //$NON-NLS-1$ //$NON-NLS-2$
                ArrayNode caps = e.putArray("capabilities"); //$NON-NLS-1$
                d.capabilities().forEach(c -> caps.add(c.id()));
                e.putObject("limits").put("maxSeconds", d.limits().maxSeconds()).put("maxWidth", d.limits().maxWidth()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("maxHeight", d.limits().maxHeight()).put("minFps", d.limits().minFps()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("maxFps", d.limits().maxFps()); //$NON-NLS-1$
                String unavailable = unavailable(d);
                e.put("available", unavailable == null && d.problem().isEmpty()); //$NON-NLS-1$
                if (unavailable != null) {
                    e.put("unavailable", unavailable); //$NON-NLS-1$
                }
                d.problem().ifPresent(p -> e.put("problem", p.getMessage())); //$NON-NLS-1$
            }
            ObjectNode root = Json.object();
            root.put("extensionPoint", registry.extensionPointId()); //$NON-NLS-1$
            root.set("engines", engines); //$NON-NLS-1$
            ArrayNode problems = root.putArray("problems"); //$NON-NLS-1$
            registry.problems().forEach(p -> problems.add(p.getMessage()));
            Json.print(out, root);
            return ExitCodes.OK;
        }
        if (registry.descriptors().isEmpty()) {
            out.println("No engine is installed."); //$NON-NLS-1$
        }
        for (EngineDescriptor d : registry.descriptors()) {
            String unavailable = unavailable(d);
            out.printf("%-8s %s%s%s%s%n", d.id(), d.name(), d.id().equals(defaultId) ? " (default)" : "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    io.tessera.core.policy.EnginePolicy.isAllowed(d.id()) ? "" : " (not allowed by the administrator)", //$NON-NLS-1$ //$NON-NLS-2$
                    unavailable == null ? "" : " (unavailable: " + unavailable + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            out.printf("         capabilities: %s; up to %.0f s, %dx%d, %d-%d fps; from %s%n", //$NON-NLS-1$
                    String.join(" ", d.capabilities().stream().map(EngineCapability::id).toList()), //$NON-NLS-1$
                    d.limits().maxSeconds(), d.limits().maxWidth(), d.limits().maxHeight(), d.limits().minFps(),
                    d.limits().maxFps(), d.contributor());
        }
        for (IStatus p : registry.problems()) {
            out.println("problem: " + p.getMessage()); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }

    /** Why a loadable engine cannot be used as installed (a remote engine without a server), else null. */
    private static String unavailable(EngineDescriptor d) {
        try {
            return d.engine().map(io.tessera.core.engine.VideoEngine::unavailableReason).orElse(null);
        } catch (RuntimeException e) {
            d.markBroken(e);
            return null;
        }
    }
}
