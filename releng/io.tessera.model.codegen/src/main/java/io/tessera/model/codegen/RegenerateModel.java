package io.tessera.model.codegen;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of io.tessera.model from model/tessera.ecore, outside Eclipse: builds the GenModel from
 * the Ecore model (so the .genmodel never drifts), saves it, and runs EMF's generator on it.
 */
public final class RegenerateModel {
    public static void main(String[] args) throws Exception {
        File bundle = new File(args.length > 0 ? args[0] : "../../bundles/io.tessera.model").getCanonicalFile();
        File ecore = new File(bundle, "model/tessera.ecore");
        File genmodelFile = new File(bundle, "model/tessera.genmodel");

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // the generator resolves "/io.tessera.model/..." platform paths against the bundle folder
        URI projectUri = URI.createFileURI(bundle.getPath() + "/");
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/io.tessera.model/", false), projectUri);
        rs.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/io.tessera.model/", false), projectUri);

        Resource ecoreResource = rs.getResource(URI.createFileURI(ecore.getPath()), true);
        EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        Resource genResource = rs.createResource(URI.createFileURI(genmodelFile.getPath()));
        genResource.getContents().add(genModel);
        genModel.setModelDirectory("/io.tessera.model/src-gen");
        genModel.setModelPluginID("io.tessera.model");
        genModel.setModelName("Tessera");
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setImportOrganizing(true);
        genModel.setCopyrightFields(false);
        genModel.setOperationReflection(true);
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setCanGenerate(true);
        genModel.getForeignModel().add("tessera.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Model");
        genPackage.setBasePackage("io.tessera");
        genModel.reconcile();
        genResource.save(Map.of());

        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("invalid GenModel: " + valid);
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + result);
        }
        System.out.println("generated into " + new File(bundle, "src-gen"));
    }
}
