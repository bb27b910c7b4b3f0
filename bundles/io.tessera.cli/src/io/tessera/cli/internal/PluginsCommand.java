package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.ContributionRegistry;
import io.tessera.core.registry.Registries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `tessera plugins`: every contribution the registries found, by extension point, with the bundle that made it;
 * with --check each is also loaded, so an administrator sees which installed extension is broken and why.
 */
@Command(name = "plugins", description = "List what the installed plugins contribute (engines, audio, watermarkers, detectors, editor operations, exporters).")
final class PluginsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Also load each contribution, to report those that fail.")
    boolean check;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, ContributionRegistry<? extends ContributionDescriptor<?>>> points = new LinkedHashMap<>();
        points.put("io.tessera.core.engines", Registries.engines()); //$NON-NLS-1$
        points.put(Registries.AUDIO_GENERATORS, Registries.audioGenerators());
        points.put(Registries.WATERMARKERS, Registries.watermarkers());
        points.put(Registries.DETECTORS, Registries.detectors());
        points.put(Registries.EDITOR_OPERATIONS, Registries.editorOperations());
        points.put(Registries.EXPORTERS, Registries.exporters());
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode root = Json.object();
        int broken = 0;
        for (Map.Entry<String, ContributionRegistry<? extends ContributionDescriptor<?>>> e : points.entrySet()) {
            List<? extends ContributionDescriptor<?>> found = e.getValue().descriptors();
            ArrayNode list = root.putArray(e.getKey());
            if (!json) {
                out.printf("%s (%d)%n", e.getKey(), found.size()); //$NON-NLS-1$
            }
            for (ContributionDescriptor<?> d : found) {
                String problem = null;
                if (check && d.instance().isEmpty()) {
                    problem = d.problem().map(s -> s.getMessage()).orElse("could not be created"); //$NON-NLS-1$
                    broken++;
                }
                list.addObject().put("id", d.id()).put("name", d.name()).put("contributor", d.contributor()).put("problem", problem); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (!json) {
                    out.printf("  %-28s %-36s %s%s%n", d.id(), d.name(), d.contributor(), problem == null ? "" : "  BROKEN: " + problem); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            for (var status : e.getValue().problems()) {
                root.withArray("problems").add(status.getMessage()); //$NON-NLS-1$
                if (!json) {
                    out.printf("  problem: %s%n", status.getMessage()); //$NON-NLS-1$
                }
            }
        }
        root.put("broken", broken); //$NON-NLS-1$
        if (json) {
            Json.print(out, root);
        }
        return ExitCodes.OK;
    }
}
