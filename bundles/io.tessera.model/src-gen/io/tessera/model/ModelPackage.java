/**
 */
package io.tessera.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.tessera.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tessera.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tessera";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = io.tessera.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.ProjectImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED = 1;

	/**
	 * The feature id for the '<em><b>Shots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SHOTS = 2;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ASSETS = 3;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TIMELINE = 4;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REPORTS = 5;

	/**
	 * The feature id for the '<em><b>Visible Watermark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VISIBLE_WATERMARK = 6;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.ShotImpl <em>Shot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.ShotImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getShot()
	 * @generated
	 */
	int SHOT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__PROMPT = 2;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Takes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__TAKES = 4;

	/**
	 * The feature id for the '<em><b>Selected Take</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SELECTED_TAKE = 5;

	/**
	 * The feature id for the '<em><b>Reference Shot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__REFERENCE_SHOT = 6;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__TEXT = 7;

	/**
	 * The number of structural features of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.GenerationSettingsImpl <em>Generation Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.GenerationSettingsImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getGenerationSettings()
	 * @generated
	 */
	int GENERATION_SETTINGS = 2;

	/**
	 * The feature id for the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__ENGINE_ID = 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__SEED = 1;

	/**
	 * The feature id for the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__FPS = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__STEPS = 6;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__GUIDANCE = 7;

	/**
	 * The feature id for the '<em><b>Source Media</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__SOURCE_MEDIA = 8;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__STRENGTH = 9;

	/**
	 * The feature id for the '<em><b>Options</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS__OPTIONS = 10;

	/**
	 * The number of structural features of the '<em>Generation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Generation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.MediaAssetImpl <em>Media Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.MediaAssetImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getMediaAsset()
	 * @generated
	 */
	int MEDIA_ASSET = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__ID = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__FILE = 1;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__DURATION_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__FPS = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Frame Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__FRAME_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__SHA256 = 7;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET__PROVENANCE = 8;

	/**
	 * The number of structural features of the '<em>Media Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Media Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ASSET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.ProvenanceImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 4;

	/**
	 * The feature id for the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_ID = 0;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Model Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__MODEL_HASH = 2;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PROMPT = 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SEED = 4;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SETTINGS = 5;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PARENTS = 6;

	/**
	 * The feature id for the '<em><b>Watermark Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__WATERMARK_ID = 7;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SIGNATURE = 8;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CREATED_AT = 9;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.TimelineImpl <em>Timeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.TimelineImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getTimeline()
	 * @generated
	 */
	int TIMELINE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Tracks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__TRACKS = 1;

	/**
	 * The feature id for the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__FPS = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Titles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__TITLES = 5;

	/**
	 * The number of structural features of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.TrackImpl <em>Track</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.TrackImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getTrack()
	 * @generated
	 */
	int TRACK = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__ITEMS = 2;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__TRANSITIONS = 3;

	/**
	 * The number of structural features of the '<em>Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.ClipItemImpl <em>Clip Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.ClipItemImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getClipItem()
	 * @generated
	 */
	int CLIP_ITEM = 7;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__ASSET = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__START = 1;

	/**
	 * The feature id for the '<em><b>In Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__IN_POINT = 2;

	/**
	 * The feature id for the '<em><b>Out Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__OUT_POINT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__NAME = 4;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__VOLUME = 5;

	/**
	 * The feature id for the '<em><b>Effects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM__EFFECTS = 6;

	/**
	 * The number of structural features of the '<em>Clip Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Clip Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.TransitionImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__KIND = 0;

	/**
	 * The feature id for the '<em><b>In Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__IN_OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Out Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__OUT_OFFSET = 2;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__FROM = 3;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TO = 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__PARAMETERS = 5;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.KeyframeImpl <em>Keyframe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.KeyframeImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getKeyframe()
	 * @generated
	 */
	int KEYFRAME = 9;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYFRAME__TIME = 0;

	/**
	 * The feature id for the '<em><b>Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYFRAME__GAIN = 1;

	/**
	 * The number of structural features of the '<em>Keyframe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYFRAME_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Keyframe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYFRAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.EffectImpl <em>Effect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.EffectImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getEffect()
	 * @generated
	 */
	int EFFECT = 10;

	/**
	 * The feature id for the '<em><b>Operation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__OPERATION_ID = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PARAMETERS = 1;

	/**
	 * The number of structural features of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.TitleImpl <em>Title</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.TitleImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getTitle()
	 * @generated
	 */
	int TITLE = 11;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__START = 1;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__DURATION = 2;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__FONT = 3;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__SIZE = 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__X = 5;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__Y = 6;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__COLOUR = 7;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE__CAPTION = 8;

	/**
	 * The number of structural features of the '<em>Title</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Title</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.DetectionReportImpl <em>Detection Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.DetectionReportImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getDetectionReport()
	 * @generated
	 */
	int DETECTION_REPORT = 12;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT__ASSET = 0;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT__VERDICT = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT__FINDINGS = 4;

	/**
	 * The number of structural features of the '<em>Detection Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Detection Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTION_REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.impl.FindingImpl
	 * @see io.tessera.model.impl.ModelPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 13;

	/**
	 * The feature id for the '<em><b>Detector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DETECTOR_ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Start Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__START_FRAME = 3;

	/**
	 * The feature id for the '<em><b>End Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__END_FRAME = 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__REGION = 6;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tessera.model.TrackKind <em>Track Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.TrackKind
	 * @see io.tessera.model.impl.ModelPackageImpl#getTrackKind()
	 * @generated
	 */
	int TRACK_KIND = 14;

	/**
	 * The meta object id for the '{@link io.tessera.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tessera.model.Verdict
	 * @see io.tessera.model.impl.ModelPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 15;


	/**
	 * Returns the meta object for class '{@link io.tessera.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see io.tessera.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tessera.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Project#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see io.tessera.model.Project#getCreated()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Created();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Project#getShots <em>Shots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shots</em>'.
	 * @see io.tessera.model.Project#getShots()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Shots();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Project#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see io.tessera.model.Project#getAssets()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Assets();

	/**
	 * Returns the meta object for the containment reference '{@link io.tessera.model.Project#getTimeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeline</em>'.
	 * @see io.tessera.model.Project#getTimeline()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Timeline();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Project#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see io.tessera.model.Project#getReports()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Reports();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Project#isVisibleWatermark <em>Visible Watermark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible Watermark</em>'.
	 * @see io.tessera.model.Project#isVisibleWatermark()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_VisibleWatermark();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Shot <em>Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shot</em>'.
	 * @see io.tessera.model.Shot
	 * @generated
	 */
	EClass getShot();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Shot#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.tessera.model.Shot#getId()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Shot#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tessera.model.Shot#getName()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Shot#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see io.tessera.model.Shot#getPrompt()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Prompt();

	/**
	 * Returns the meta object for the containment reference '{@link io.tessera.model.Shot#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see io.tessera.model.Shot#getSettings()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Settings();

	/**
	 * Returns the meta object for the reference list '{@link io.tessera.model.Shot#getTakes <em>Takes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Takes</em>'.
	 * @see io.tessera.model.Shot#getTakes()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Takes();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.Shot#getSelectedTake <em>Selected Take</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Selected Take</em>'.
	 * @see io.tessera.model.Shot#getSelectedTake()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_SelectedTake();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.Shot#getReferenceShot <em>Reference Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference Shot</em>'.
	 * @see io.tessera.model.Shot#getReferenceShot()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_ReferenceShot();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Shot#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.tessera.model.Shot#getText()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Text();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.GenerationSettings <em>Generation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generation Settings</em>'.
	 * @see io.tessera.model.GenerationSettings
	 * @generated
	 */
	EClass getGenerationSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getEngineId <em>Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Id</em>'.
	 * @see io.tessera.model.GenerationSettings#getEngineId()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_EngineId();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.tessera.model.GenerationSettings#getSeed()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getSeconds <em>Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seconds</em>'.
	 * @see io.tessera.model.GenerationSettings#getSeconds()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Seconds();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getFps <em>Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fps</em>'.
	 * @see io.tessera.model.GenerationSettings#getFps()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Fps();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.tessera.model.GenerationSettings#getWidth()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.tessera.model.GenerationSettings#getHeight()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see io.tessera.model.GenerationSettings#getSteps()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Steps();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see io.tessera.model.GenerationSettings#getGuidance()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getSourceMedia <em>Source Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Media</em>'.
	 * @see io.tessera.model.GenerationSettings#getSourceMedia()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_SourceMedia();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.GenerationSettings#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see io.tessera.model.GenerationSettings#getStrength()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Strength();

	/**
	 * Returns the meta object for the attribute list '{@link io.tessera.model.GenerationSettings#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Options</em>'.
	 * @see io.tessera.model.GenerationSettings#getOptions()
	 * @see #getGenerationSettings()
	 * @generated
	 */
	EAttribute getGenerationSettings_Options();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.MediaAsset <em>Media Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Asset</em>'.
	 * @see io.tessera.model.MediaAsset
	 * @generated
	 */
	EClass getMediaAsset();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.tessera.model.MediaAsset#getId()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see io.tessera.model.MediaAsset#getFile()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_File();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see io.tessera.model.MediaAsset#getDurationSeconds()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getFps <em>Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fps</em>'.
	 * @see io.tessera.model.MediaAsset#getFps()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_Fps();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.tessera.model.MediaAsset#getWidth()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.tessera.model.MediaAsset#getHeight()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getFrameCount <em>Frame Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Count</em>'.
	 * @see io.tessera.model.MediaAsset#getFrameCount()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_FrameCount();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.MediaAsset#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see io.tessera.model.MediaAsset#getSha256()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EAttribute getMediaAsset_Sha256();

	/**
	 * Returns the meta object for the containment reference '{@link io.tessera.model.MediaAsset#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see io.tessera.model.MediaAsset#getProvenance()
	 * @see #getMediaAsset()
	 * @generated
	 */
	EReference getMediaAsset_Provenance();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see io.tessera.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getEngineId <em>Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Id</em>'.
	 * @see io.tessera.model.Provenance#getEngineId()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineId();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see io.tessera.model.Provenance#getEngineVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getModelHash <em>Model Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Hash</em>'.
	 * @see io.tessera.model.Provenance#getModelHash()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ModelHash();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see io.tessera.model.Provenance#getPrompt()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Prompt();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.tessera.model.Provenance#getSeed()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link io.tessera.model.Provenance#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see io.tessera.model.Provenance#getSettings()
	 * @see #getProvenance()
	 * @generated
	 */
	EReference getProvenance_Settings();

	/**
	 * Returns the meta object for the reference list '{@link io.tessera.model.Provenance#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parents</em>'.
	 * @see io.tessera.model.Provenance#getParents()
	 * @see #getProvenance()
	 * @generated
	 */
	EReference getProvenance_Parents();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getWatermarkId <em>Watermark Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Watermark Id</em>'.
	 * @see io.tessera.model.Provenance#getWatermarkId()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_WatermarkId();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see io.tessera.model.Provenance#getSignature()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Signature();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Provenance#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.tessera.model.Provenance#getCreatedAt()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_CreatedAt();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Timeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline</em>'.
	 * @see io.tessera.model.Timeline
	 * @generated
	 */
	EClass getTimeline();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Timeline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tessera.model.Timeline#getName()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Timeline#getTracks <em>Tracks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tracks</em>'.
	 * @see io.tessera.model.Timeline#getTracks()
	 * @see #getTimeline()
	 * @generated
	 */
	EReference getTimeline_Tracks();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Timeline#getFps <em>Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fps</em>'.
	 * @see io.tessera.model.Timeline#getFps()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Fps();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Timeline#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.tessera.model.Timeline#getWidth()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Timeline#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.tessera.model.Timeline#getHeight()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Timeline#getTitles <em>Titles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Titles</em>'.
	 * @see io.tessera.model.Timeline#getTitles()
	 * @see #getTimeline()
	 * @generated
	 */
	EReference getTimeline_Titles();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Track <em>Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Track</em>'.
	 * @see io.tessera.model.Track
	 * @generated
	 */
	EClass getTrack();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Track#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tessera.model.Track#getName()
	 * @see #getTrack()
	 * @generated
	 */
	EAttribute getTrack_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Track#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.tessera.model.Track#getKind()
	 * @see #getTrack()
	 * @generated
	 */
	EAttribute getTrack_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Track#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.tessera.model.Track#getItems()
	 * @see #getTrack()
	 * @generated
	 */
	EReference getTrack_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.Track#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see io.tessera.model.Track#getTransitions()
	 * @see #getTrack()
	 * @generated
	 */
	EReference getTrack_Transitions();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.ClipItem <em>Clip Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clip Item</em>'.
	 * @see io.tessera.model.ClipItem
	 * @generated
	 */
	EClass getClipItem();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.ClipItem#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see io.tessera.model.ClipItem#getAsset()
	 * @see #getClipItem()
	 * @generated
	 */
	EReference getClipItem_Asset();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.ClipItem#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.tessera.model.ClipItem#getStart()
	 * @see #getClipItem()
	 * @generated
	 */
	EAttribute getClipItem_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.ClipItem#getInPoint <em>In Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Point</em>'.
	 * @see io.tessera.model.ClipItem#getInPoint()
	 * @see #getClipItem()
	 * @generated
	 */
	EAttribute getClipItem_InPoint();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.ClipItem#getOutPoint <em>Out Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Point</em>'.
	 * @see io.tessera.model.ClipItem#getOutPoint()
	 * @see #getClipItem()
	 * @generated
	 */
	EAttribute getClipItem_OutPoint();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.ClipItem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tessera.model.ClipItem#getName()
	 * @see #getClipItem()
	 * @generated
	 */
	EAttribute getClipItem_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.ClipItem#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volume</em>'.
	 * @see io.tessera.model.ClipItem#getVolume()
	 * @see #getClipItem()
	 * @generated
	 */
	EReference getClipItem_Volume();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.ClipItem#getEffects <em>Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effects</em>'.
	 * @see io.tessera.model.ClipItem#getEffects()
	 * @see #getClipItem()
	 * @generated
	 */
	EReference getClipItem_Effects();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see io.tessera.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Transition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.tessera.model.Transition#getKind()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Transition#getInOffset <em>In Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Offset</em>'.
	 * @see io.tessera.model.Transition#getInOffset()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_InOffset();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Transition#getOutOffset <em>Out Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Offset</em>'.
	 * @see io.tessera.model.Transition#getOutOffset()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_OutOffset();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.Transition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see io.tessera.model.Transition#getFrom()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_From();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.Transition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see io.tessera.model.Transition#getTo()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_To();

	/**
	 * Returns the meta object for the attribute list '{@link io.tessera.model.Transition#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Parameters</em>'.
	 * @see io.tessera.model.Transition#getParameters()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Parameters();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Keyframe <em>Keyframe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Keyframe</em>'.
	 * @see io.tessera.model.Keyframe
	 * @generated
	 */
	EClass getKeyframe();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Keyframe#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.tessera.model.Keyframe#getTime()
	 * @see #getKeyframe()
	 * @generated
	 */
	EAttribute getKeyframe_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Keyframe#getGain <em>Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gain</em>'.
	 * @see io.tessera.model.Keyframe#getGain()
	 * @see #getKeyframe()
	 * @generated
	 */
	EAttribute getKeyframe_Gain();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Effect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effect</em>'.
	 * @see io.tessera.model.Effect
	 * @generated
	 */
	EClass getEffect();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Effect#getOperationId <em>Operation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation Id</em>'.
	 * @see io.tessera.model.Effect#getOperationId()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_OperationId();

	/**
	 * Returns the meta object for the attribute list '{@link io.tessera.model.Effect#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Parameters</em>'.
	 * @see io.tessera.model.Effect#getParameters()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Parameters();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Title <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Title</em>'.
	 * @see io.tessera.model.Title
	 * @generated
	 */
	EClass getTitle();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.tessera.model.Title#getText()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.tessera.model.Title#getStart()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see io.tessera.model.Title#getDuration()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Duration();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getFont <em>Font</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font</em>'.
	 * @see io.tessera.model.Title#getFont()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Font();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.tessera.model.Title#getSize()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.tessera.model.Title#getX()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_X();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.tessera.model.Title#getY()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Y();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see io.tessera.model.Title#getColour()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Colour();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Title#isCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see io.tessera.model.Title#isCaption()
	 * @see #getTitle()
	 * @generated
	 */
	EAttribute getTitle_Caption();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.DetectionReport <em>Detection Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Detection Report</em>'.
	 * @see io.tessera.model.DetectionReport
	 * @generated
	 */
	EClass getDetectionReport();

	/**
	 * Returns the meta object for the reference '{@link io.tessera.model.DetectionReport#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see io.tessera.model.DetectionReport#getAsset()
	 * @see #getDetectionReport()
	 * @generated
	 */
	EReference getDetectionReport_Asset();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.DetectionReport#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see io.tessera.model.DetectionReport#getVerdict()
	 * @see #getDetectionReport()
	 * @generated
	 */
	EAttribute getDetectionReport_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.DetectionReport#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see io.tessera.model.DetectionReport#getScore()
	 * @see #getDetectionReport()
	 * @generated
	 */
	EAttribute getDetectionReport_Score();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.DetectionReport#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.tessera.model.DetectionReport#getCreatedAt()
	 * @see #getDetectionReport()
	 * @generated
	 */
	EAttribute getDetectionReport_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tessera.model.DetectionReport#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see io.tessera.model.DetectionReport#getFindings()
	 * @see #getDetectionReport()
	 * @generated
	 */
	EReference getDetectionReport_Findings();

	/**
	 * Returns the meta object for class '{@link io.tessera.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see io.tessera.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getDetectorId <em>Detector Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detector Id</em>'.
	 * @see io.tessera.model.Finding#getDetectorId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DetectorId();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.tessera.model.Finding#getKind()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see io.tessera.model.Finding#getScore()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Score();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getStartFrame <em>Start Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Frame</em>'.
	 * @see io.tessera.model.Finding#getStartFrame()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_StartFrame();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getEndFrame <em>End Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Frame</em>'.
	 * @see io.tessera.model.Finding#getEndFrame()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_EndFrame();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.tessera.model.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.tessera.model.Finding#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see io.tessera.model.Finding#getRegion()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Region();

	/**
	 * Returns the meta object for enum '{@link io.tessera.model.TrackKind <em>Track Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Track Kind</em>'.
	 * @see io.tessera.model.TrackKind
	 * @generated
	 */
	EEnum getTrackKind();

	/**
	 * Returns the meta object for enum '{@link io.tessera.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see io.tessera.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.ProjectImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED = eINSTANCE.getProject_Created();

		/**
		 * The meta object literal for the '<em><b>Shots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SHOTS = eINSTANCE.getProject_Shots();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ASSETS = eINSTANCE.getProject_Assets();

		/**
		 * The meta object literal for the '<em><b>Timeline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TIMELINE = eINSTANCE.getProject_Timeline();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__REPORTS = eINSTANCE.getProject_Reports();

		/**
		 * The meta object literal for the '<em><b>Visible Watermark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__VISIBLE_WATERMARK = eINSTANCE.getProject_VisibleWatermark();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.ShotImpl <em>Shot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.ShotImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getShot()
		 * @generated
		 */
		EClass SHOT = eINSTANCE.getShot();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__ID = eINSTANCE.getShot_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__NAME = eINSTANCE.getShot_Name();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__PROMPT = eINSTANCE.getShot_Prompt();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__SETTINGS = eINSTANCE.getShot_Settings();

		/**
		 * The meta object literal for the '<em><b>Takes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__TAKES = eINSTANCE.getShot_Takes();

		/**
		 * The meta object literal for the '<em><b>Selected Take</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__SELECTED_TAKE = eINSTANCE.getShot_SelectedTake();

		/**
		 * The meta object literal for the '<em><b>Reference Shot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__REFERENCE_SHOT = eINSTANCE.getShot_ReferenceShot();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__TEXT = eINSTANCE.getShot_Text();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.GenerationSettingsImpl <em>Generation Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.GenerationSettingsImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getGenerationSettings()
		 * @generated
		 */
		EClass GENERATION_SETTINGS = eINSTANCE.getGenerationSettings();

		/**
		 * The meta object literal for the '<em><b>Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__ENGINE_ID = eINSTANCE.getGenerationSettings_EngineId();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__SEED = eINSTANCE.getGenerationSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__SECONDS = eINSTANCE.getGenerationSettings_Seconds();

		/**
		 * The meta object literal for the '<em><b>Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__FPS = eINSTANCE.getGenerationSettings_Fps();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__WIDTH = eINSTANCE.getGenerationSettings_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__HEIGHT = eINSTANCE.getGenerationSettings_Height();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__STEPS = eINSTANCE.getGenerationSettings_Steps();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__GUIDANCE = eINSTANCE.getGenerationSettings_Guidance();

		/**
		 * The meta object literal for the '<em><b>Source Media</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__SOURCE_MEDIA = eINSTANCE.getGenerationSettings_SourceMedia();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__STRENGTH = eINSTANCE.getGenerationSettings_Strength();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_SETTINGS__OPTIONS = eINSTANCE.getGenerationSettings_Options();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.MediaAssetImpl <em>Media Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.MediaAssetImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getMediaAsset()
		 * @generated
		 */
		EClass MEDIA_ASSET = eINSTANCE.getMediaAsset();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__ID = eINSTANCE.getMediaAsset_Id();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__FILE = eINSTANCE.getMediaAsset_File();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__DURATION_SECONDS = eINSTANCE.getMediaAsset_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__FPS = eINSTANCE.getMediaAsset_Fps();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__WIDTH = eINSTANCE.getMediaAsset_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__HEIGHT = eINSTANCE.getMediaAsset_Height();

		/**
		 * The meta object literal for the '<em><b>Frame Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__FRAME_COUNT = eINSTANCE.getMediaAsset_FrameCount();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ASSET__SHA256 = eINSTANCE.getMediaAsset_Sha256();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_ASSET__PROVENANCE = eINSTANCE.getMediaAsset_Provenance();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.ProvenanceImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_ID = eINSTANCE.getProvenance_EngineId();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_VERSION = eINSTANCE.getProvenance_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Model Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__MODEL_HASH = eINSTANCE.getProvenance_ModelHash();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__PROMPT = eINSTANCE.getProvenance_Prompt();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SEED = eINSTANCE.getProvenance_Seed();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVENANCE__SETTINGS = eINSTANCE.getProvenance_Settings();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVENANCE__PARENTS = eINSTANCE.getProvenance_Parents();

		/**
		 * The meta object literal for the '<em><b>Watermark Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__WATERMARK_ID = eINSTANCE.getProvenance_WatermarkId();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SIGNATURE = eINSTANCE.getProvenance_Signature();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CREATED_AT = eINSTANCE.getProvenance_CreatedAt();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.TimelineImpl <em>Timeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.TimelineImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getTimeline()
		 * @generated
		 */
		EClass TIMELINE = eINSTANCE.getTimeline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__NAME = eINSTANCE.getTimeline_Name();

		/**
		 * The meta object literal for the '<em><b>Tracks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE__TRACKS = eINSTANCE.getTimeline_Tracks();

		/**
		 * The meta object literal for the '<em><b>Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__FPS = eINSTANCE.getTimeline_Fps();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__WIDTH = eINSTANCE.getTimeline_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__HEIGHT = eINSTANCE.getTimeline_Height();

		/**
		 * The meta object literal for the '<em><b>Titles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE__TITLES = eINSTANCE.getTimeline_Titles();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.TrackImpl <em>Track</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.TrackImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getTrack()
		 * @generated
		 */
		EClass TRACK = eINSTANCE.getTrack();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK__NAME = eINSTANCE.getTrack_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK__KIND = eINSTANCE.getTrack_Kind();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK__ITEMS = eINSTANCE.getTrack_Items();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK__TRANSITIONS = eINSTANCE.getTrack_Transitions();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.ClipItemImpl <em>Clip Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.ClipItemImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getClipItem()
		 * @generated
		 */
		EClass CLIP_ITEM = eINSTANCE.getClipItem();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIP_ITEM__ASSET = eINSTANCE.getClipItem_Asset();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP_ITEM__START = eINSTANCE.getClipItem_Start();

		/**
		 * The meta object literal for the '<em><b>In Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP_ITEM__IN_POINT = eINSTANCE.getClipItem_InPoint();

		/**
		 * The meta object literal for the '<em><b>Out Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP_ITEM__OUT_POINT = eINSTANCE.getClipItem_OutPoint();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP_ITEM__NAME = eINSTANCE.getClipItem_Name();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIP_ITEM__VOLUME = eINSTANCE.getClipItem_Volume();

		/**
		 * The meta object literal for the '<em><b>Effects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIP_ITEM__EFFECTS = eINSTANCE.getClipItem_Effects();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.TransitionImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__KIND = eINSTANCE.getTransition_Kind();

		/**
		 * The meta object literal for the '<em><b>In Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__IN_OFFSET = eINSTANCE.getTransition_InOffset();

		/**
		 * The meta object literal for the '<em><b>Out Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__OUT_OFFSET = eINSTANCE.getTransition_OutOffset();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__FROM = eINSTANCE.getTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__TO = eINSTANCE.getTransition_To();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__PARAMETERS = eINSTANCE.getTransition_Parameters();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.KeyframeImpl <em>Keyframe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.KeyframeImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getKeyframe()
		 * @generated
		 */
		EClass KEYFRAME = eINSTANCE.getKeyframe();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEYFRAME__TIME = eINSTANCE.getKeyframe_Time();

		/**
		 * The meta object literal for the '<em><b>Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEYFRAME__GAIN = eINSTANCE.getKeyframe_Gain();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.EffectImpl <em>Effect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.EffectImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getEffect()
		 * @generated
		 */
		EClass EFFECT = eINSTANCE.getEffect();

		/**
		 * The meta object literal for the '<em><b>Operation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__OPERATION_ID = eINSTANCE.getEffect_OperationId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__PARAMETERS = eINSTANCE.getEffect_Parameters();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.TitleImpl <em>Title</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.TitleImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getTitle()
		 * @generated
		 */
		EClass TITLE = eINSTANCE.getTitle();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__TEXT = eINSTANCE.getTitle_Text();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__START = eINSTANCE.getTitle_Start();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__DURATION = eINSTANCE.getTitle_Duration();

		/**
		 * The meta object literal for the '<em><b>Font</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__FONT = eINSTANCE.getTitle_Font();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__SIZE = eINSTANCE.getTitle_Size();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__X = eINSTANCE.getTitle_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__Y = eINSTANCE.getTitle_Y();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__COLOUR = eINSTANCE.getTitle_Colour();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE__CAPTION = eINSTANCE.getTitle_Caption();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.DetectionReportImpl <em>Detection Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.DetectionReportImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getDetectionReport()
		 * @generated
		 */
		EClass DETECTION_REPORT = eINSTANCE.getDetectionReport();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DETECTION_REPORT__ASSET = eINSTANCE.getDetectionReport_Asset();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DETECTION_REPORT__VERDICT = eINSTANCE.getDetectionReport_Verdict();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DETECTION_REPORT__SCORE = eINSTANCE.getDetectionReport_Score();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DETECTION_REPORT__CREATED_AT = eINSTANCE.getDetectionReport_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DETECTION_REPORT__FINDINGS = eINSTANCE.getDetectionReport_Findings();

		/**
		 * The meta object literal for the '{@link io.tessera.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.impl.FindingImpl
		 * @see io.tessera.model.impl.ModelPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Detector Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DETECTOR_ID = eINSTANCE.getFinding_DetectorId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KIND = eINSTANCE.getFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SCORE = eINSTANCE.getFinding_Score();

		/**
		 * The meta object literal for the '<em><b>Start Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__START_FRAME = eINSTANCE.getFinding_StartFrame();

		/**
		 * The meta object literal for the '<em><b>End Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__END_FRAME = eINSTANCE.getFinding_EndFrame();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__REGION = eINSTANCE.getFinding_Region();

		/**
		 * The meta object literal for the '{@link io.tessera.model.TrackKind <em>Track Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.TrackKind
		 * @see io.tessera.model.impl.ModelPackageImpl#getTrackKind()
		 * @generated
		 */
		EEnum TRACK_KIND = eINSTANCE.getTrackKind();

		/**
		 * The meta object literal for the '{@link io.tessera.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tessera.model.Verdict
		 * @see io.tessera.model.impl.ModelPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

	}

} //ModelPackage
