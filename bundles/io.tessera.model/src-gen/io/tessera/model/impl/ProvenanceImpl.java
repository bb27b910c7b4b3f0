/**
 */
package io.tessera.model.impl;

import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;
import io.tessera.model.Provenance;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getModelHash <em>Model Hash</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getParents <em>Parents</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getWatermarkId <em>Watermark Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProvenanceImpl#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvenanceImpl extends MinimalEObjectImpl.Container implements Provenance {
	/**
	 * The default value of the '{@link #getEngineId() <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineId()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineId() <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineId()
	 * @generated
	 * @ordered
	 */
	protected String engineId = ENGINE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelHash() <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelHash()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelHash() <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelHash()
	 * @generated
	 * @ordered
	 */
	protected String modelHash = MODEL_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected String prompt = PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected GenerationSettings settings;

	/**
	 * The cached value of the '{@link #getParents() <em>Parents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParents()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaAsset> parents;

	/**
	 * The default value of the '{@link #getWatermarkId() <em>Watermark Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatermarkId()
	 * @generated
	 * @ordered
	 */
	protected static final String WATERMARK_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWatermarkId() <em>Watermark Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatermarkId()
	 * @generated
	 * @ordered
	 */
	protected String watermarkId = WATERMARK_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected String signature = SIGNATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineId() {
		return engineId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineId(String newEngineId) {
		String oldEngineId = engineId;
		engineId = newEngineId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__ENGINE_ID, oldEngineId, engineId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelHash() {
		return modelHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelHash(String newModelHash) {
		String oldModelHash = modelHash;
		modelHash = newModelHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__MODEL_HASH, oldModelHash, modelHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrompt() {
		return prompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrompt(String newPrompt) {
		String oldPrompt = prompt;
		prompt = newPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__PROMPT, oldPrompt, prompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerationSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(GenerationSettings newSettings, NotificationChain msgs) {
		GenerationSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(GenerationSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROVENANCE__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROVENANCE__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaAsset> getParents() {
		if (parents == null) {
			parents = new EObjectResolvingEList<MediaAsset>(MediaAsset.class, this, ModelPackage.PROVENANCE__PARENTS);
		}
		return parents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWatermarkId() {
		return watermarkId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWatermarkId(String newWatermarkId) {
		String oldWatermarkId = watermarkId;
		watermarkId = newWatermarkId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__WATERMARK_ID, oldWatermarkId, watermarkId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(String newSignature) {
		String oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVENANCE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROVENANCE__SETTINGS:
				return basicSetSettings(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PROVENANCE__ENGINE_ID:
				return getEngineId();
			case ModelPackage.PROVENANCE__ENGINE_VERSION:
				return getEngineVersion();
			case ModelPackage.PROVENANCE__MODEL_HASH:
				return getModelHash();
			case ModelPackage.PROVENANCE__PROMPT:
				return getPrompt();
			case ModelPackage.PROVENANCE__SEED:
				return getSeed();
			case ModelPackage.PROVENANCE__SETTINGS:
				return getSettings();
			case ModelPackage.PROVENANCE__PARENTS:
				return getParents();
			case ModelPackage.PROVENANCE__WATERMARK_ID:
				return getWatermarkId();
			case ModelPackage.PROVENANCE__SIGNATURE:
				return getSignature();
			case ModelPackage.PROVENANCE__CREATED_AT:
				return getCreatedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.PROVENANCE__ENGINE_ID:
				setEngineId((String)newValue);
				return;
			case ModelPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case ModelPackage.PROVENANCE__MODEL_HASH:
				setModelHash((String)newValue);
				return;
			case ModelPackage.PROVENANCE__PROMPT:
				setPrompt((String)newValue);
				return;
			case ModelPackage.PROVENANCE__SEED:
				setSeed((Long)newValue);
				return;
			case ModelPackage.PROVENANCE__SETTINGS:
				setSettings((GenerationSettings)newValue);
				return;
			case ModelPackage.PROVENANCE__PARENTS:
				getParents().clear();
				getParents().addAll((Collection<? extends MediaAsset>)newValue);
				return;
			case ModelPackage.PROVENANCE__WATERMARK_ID:
				setWatermarkId((String)newValue);
				return;
			case ModelPackage.PROVENANCE__SIGNATURE:
				setSignature((String)newValue);
				return;
			case ModelPackage.PROVENANCE__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.PROVENANCE__ENGINE_ID:
				setEngineId(ENGINE_ID_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__MODEL_HASH:
				setModelHash(MODEL_HASH_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__SETTINGS:
				setSettings((GenerationSettings)null);
				return;
			case ModelPackage.PROVENANCE__PARENTS:
				getParents().clear();
				return;
			case ModelPackage.PROVENANCE__WATERMARK_ID:
				setWatermarkId(WATERMARK_ID_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
				return;
			case ModelPackage.PROVENANCE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.PROVENANCE__ENGINE_ID:
				return ENGINE_ID_EDEFAULT == null ? engineId != null : !ENGINE_ID_EDEFAULT.equals(engineId);
			case ModelPackage.PROVENANCE__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case ModelPackage.PROVENANCE__MODEL_HASH:
				return MODEL_HASH_EDEFAULT == null ? modelHash != null : !MODEL_HASH_EDEFAULT.equals(modelHash);
			case ModelPackage.PROVENANCE__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
			case ModelPackage.PROVENANCE__SEED:
				return seed != SEED_EDEFAULT;
			case ModelPackage.PROVENANCE__SETTINGS:
				return settings != null;
			case ModelPackage.PROVENANCE__PARENTS:
				return parents != null && !parents.isEmpty();
			case ModelPackage.PROVENANCE__WATERMARK_ID:
				return WATERMARK_ID_EDEFAULT == null ? watermarkId != null : !WATERMARK_ID_EDEFAULT.equals(watermarkId);
			case ModelPackage.PROVENANCE__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
			case ModelPackage.PROVENANCE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (engineId: ");
		result.append(engineId);
		result.append(", engineVersion: ");
		result.append(engineVersion);
		result.append(", modelHash: ");
		result.append(modelHash);
		result.append(", prompt: ");
		result.append(prompt);
		result.append(", seed: ");
		result.append(seed);
		result.append(", watermarkId: ");
		result.append(watermarkId);
		result.append(", signature: ");
		result.append(signature);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //ProvenanceImpl
