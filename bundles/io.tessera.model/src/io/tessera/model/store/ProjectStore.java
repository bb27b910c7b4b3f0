package io.tessera.model.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.tessera.model.ModelFactory;
import io.tessera.model.ModelPackage;
import io.tessera.model.Project;

/**
 * Loads and saves projects as XMI. Saving never loses the user's work: the new version is written to a temporary
 * file beside the project, forced to disk, and renamed over the old one; the previous version stays as
 * {@code <file>.bak}.
 */
public final class ProjectStore {
    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //$NON-NLS-1$
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE, XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));

    static {
        // standalone there is no bundle activator; whoever loads or creates a project gets the constraints too
        ProjectValidation.register();
    }

    private ProjectStore() {
    }

    public static Project create(String name) {
        Project p = ModelFactory.eINSTANCE.createProject();
        p.setName(name);
        p.setCreated(new Date());
        return p;
    }

    /** The project in {@code file}, or a new one named after the file (without its extension) when there is none yet. */
    public static Project loadOrCreate(Path file) throws ProjectStoreException {
        if (Files.exists(file)) {
            return load(file);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return create(dot > 0 ? name.substring(0, dot) : name);
    }

    /** How a project refers to {@code file}: relative to the project's folder where possible, so both can move together. */
    public static String relativeFile(Path projectFile, Path file) {
        Path abs = file.toAbsolutePath();
        try {
            return projectFile.toAbsolutePath().getParent().relativize(abs).toString();
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

    public static Project load(Path file) throws ProjectStoreException {
        ModelPackage.eINSTANCE.eClass();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectStoreException(file + ": no such project file", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new ProjectStoreException(file + ": cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (bytes.length == 0) {
            throw new ProjectStoreException(file + ": the project file is empty"); //$NON-NLS-1$
        }
        XMIResourceImpl resource = newResource(file);
        try {
            resource.load(new java.io.ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new ProjectStoreException(describe(file, resource, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ProjectStoreException(describe(file, resource.getErrors().get(0)));
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            throw new ProjectStoreException(file + ": not a Tessera project (its root element is " //$NON-NLS-1$
                    + (root == null ? "missing" : root.eClass().getName()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return project;
    }

    public static void save(Project project, Path file) throws ProjectStoreException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        XMIResourceImpl resource = newResource(file);
        // a copy is serialised, so the caller's project stays in its own resource (an editing domain's, say)
        // untouched; the XMI is the same because references are written as containment paths, not identities
        resource.getContents().add(EcoreUtil.copy(project));
        try {
            resource.save(xml, SAVE_OPTIONS);
        } catch (IOException e) {
            throw new ProjectStoreException(file + ": cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
        writeAtomically(file, xml.toByteArray());
    }

    /**
     * Writes the bytes to {@code <dir>/.<name>.tmp}, forces them to disk, keeps the old file as .bak, renames the
     * temporary file over the target and forces the directory, so a crash at any point leaves either the old or
     * the new version, never a mix.
     */
    static void writeAtomically(Path file, byte[] content) throws ProjectStoreException {
        writeAtomically(file, content, Files::newOutputStream);
    }

    interface OutputOpener {
        OutputStream open(Path path, StandardOpenOption... options) throws IOException;
    }

    static void writeAtomically(Path file, byte[] content, OutputOpener opener) throws ProjectStoreException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp = dir.resolve("." + abs.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.createDirectories(dir);
            try (OutputStream out = opener.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (Files.exists(abs)) {
                Files.copy(abs, dir.resolve(abs.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
            }
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the old project file is intact; a stray temp file is harmless
            }
            throw new ProjectStoreException(file + ": saving failed, the previous version is intact: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open directories; the rename itself is still atomic there
        }
    }

    private static XMIResourceImpl newResource(Path file) {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setEncoding("UTF-8"); //$NON-NLS-1$
        return resource;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static String describe(Path file, XMIResourceImpl resource, Throwable e) {
        if (!resource.getErrors().isEmpty()) {
            return describe(file, resource.getErrors().get(0));
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof Resource.Diagnostic d) {
                return describe(file, d);
            }
            if (cause instanceof org.xml.sax.SAXParseException s) {
                return file + ":" + s.getLineNumber() + ":" + s.getColumnNumber() + ": line " + s.getLineNumber() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + ", column " + s.getColumnNumber() + ": " + s.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return file + ": not a readable project file: " + e.getMessage(); //$NON-NLS-1$
    }

    private static String describe(Path file, Resource.Diagnostic d) {
        String message = d.getMessage();
        if (d instanceof Throwable t && t.getCause() instanceof org.xml.sax.SAXParseException sax) {
            message = sax.getMessage();
        }
        int cut = message.indexOf(" (" + URI.createFileURI(file.toAbsolutePath().toString())); //$NON-NLS-1$
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        if (message.startsWith("Package with uri")) { //$NON-NLS-1$
            message = "not a Tessera project file (" + message + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return file + ":" + d.getLine() + ":" + d.getColumn() + ": line " + d.getLine() + ", column " + d.getColumn() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + ": " + message; //$NON-NLS-1$
    }

}
