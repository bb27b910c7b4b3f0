/**
 */
package io.tessera.model.impl;

import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;
import io.tessera.model.Shot;

import java.util.Collection;

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
 * An implementation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getTakes <em>Takes</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getSelectedTake <em>Selected Take</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getReferenceShot <em>Reference Shot</em>}</li>
 *   <li>{@link io.tessera.model.impl.ShotImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShotImpl extends MinimalEObjectImpl.Container implements Shot {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected GenerationSettings settings;

	/**
	 * The cached value of the '{@link #getTakes() <em>Takes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakes()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaAsset> takes;

	/**
	 * The cached value of the '{@link #getSelectedTake() <em>Selected Take</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedTake()
	 * @generated
	 * @ordered
	 */
	protected MediaAsset selectedTake;

	/**
	 * The cached value of the '{@link #getReferenceShot() <em>Reference Shot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceShot()
	 * @generated
	 * @ordered
	 */
	protected Shot referenceShot;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__PROMPT, oldPrompt, prompt));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__SETTINGS, oldSettings, newSettings);
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
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SHOT__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SHOT__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaAsset> getTakes() {
		if (takes == null) {
			takes = new EObjectResolvingEList<MediaAsset>(MediaAsset.class, this, ModelPackage.SHOT__TAKES);
		}
		return takes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaAsset getSelectedTake() {
		if (selectedTake != null && selectedTake.eIsProxy()) {
			InternalEObject oldSelectedTake = (InternalEObject)selectedTake;
			selectedTake = (MediaAsset)eResolveProxy(oldSelectedTake);
			if (selectedTake != oldSelectedTake) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.SHOT__SELECTED_TAKE, oldSelectedTake, selectedTake));
			}
		}
		return selectedTake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaAsset basicGetSelectedTake() {
		return selectedTake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelectedTake(MediaAsset newSelectedTake) {
		MediaAsset oldSelectedTake = selectedTake;
		selectedTake = newSelectedTake;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__SELECTED_TAKE, oldSelectedTake, selectedTake));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shot getReferenceShot() {
		if (referenceShot != null && referenceShot.eIsProxy()) {
			InternalEObject oldReferenceShot = (InternalEObject)referenceShot;
			referenceShot = (Shot)eResolveProxy(oldReferenceShot);
			if (referenceShot != oldReferenceShot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.SHOT__REFERENCE_SHOT, oldReferenceShot, referenceShot));
			}
		}
		return referenceShot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Shot basicGetReferenceShot() {
		return referenceShot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceShot(Shot newReferenceShot) {
		Shot oldReferenceShot = referenceShot;
		referenceShot = newReferenceShot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__REFERENCE_SHOT, oldReferenceShot, referenceShot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHOT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SHOT__SETTINGS:
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
			case ModelPackage.SHOT__ID:
				return getId();
			case ModelPackage.SHOT__NAME:
				return getName();
			case ModelPackage.SHOT__PROMPT:
				return getPrompt();
			case ModelPackage.SHOT__SETTINGS:
				return getSettings();
			case ModelPackage.SHOT__TAKES:
				return getTakes();
			case ModelPackage.SHOT__SELECTED_TAKE:
				if (resolve) return getSelectedTake();
				return basicGetSelectedTake();
			case ModelPackage.SHOT__REFERENCE_SHOT:
				if (resolve) return getReferenceShot();
				return basicGetReferenceShot();
			case ModelPackage.SHOT__TEXT:
				return getText();
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
			case ModelPackage.SHOT__ID:
				setId((String)newValue);
				return;
			case ModelPackage.SHOT__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.SHOT__PROMPT:
				setPrompt((String)newValue);
				return;
			case ModelPackage.SHOT__SETTINGS:
				setSettings((GenerationSettings)newValue);
				return;
			case ModelPackage.SHOT__TAKES:
				getTakes().clear();
				getTakes().addAll((Collection<? extends MediaAsset>)newValue);
				return;
			case ModelPackage.SHOT__SELECTED_TAKE:
				setSelectedTake((MediaAsset)newValue);
				return;
			case ModelPackage.SHOT__REFERENCE_SHOT:
				setReferenceShot((Shot)newValue);
				return;
			case ModelPackage.SHOT__TEXT:
				setText((String)newValue);
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
			case ModelPackage.SHOT__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.SHOT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.SHOT__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
				return;
			case ModelPackage.SHOT__SETTINGS:
				setSettings((GenerationSettings)null);
				return;
			case ModelPackage.SHOT__TAKES:
				getTakes().clear();
				return;
			case ModelPackage.SHOT__SELECTED_TAKE:
				setSelectedTake((MediaAsset)null);
				return;
			case ModelPackage.SHOT__REFERENCE_SHOT:
				setReferenceShot((Shot)null);
				return;
			case ModelPackage.SHOT__TEXT:
				setText(TEXT_EDEFAULT);
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
			case ModelPackage.SHOT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.SHOT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.SHOT__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
			case ModelPackage.SHOT__SETTINGS:
				return settings != null;
			case ModelPackage.SHOT__TAKES:
				return takes != null && !takes.isEmpty();
			case ModelPackage.SHOT__SELECTED_TAKE:
				return selectedTake != null;
			case ModelPackage.SHOT__REFERENCE_SHOT:
				return referenceShot != null;
			case ModelPackage.SHOT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", prompt: ");
		result.append(prompt);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ShotImpl
