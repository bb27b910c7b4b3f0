/**
 */
package io.tessera.model.impl;

import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.Keyframe;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clip Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getAsset <em>Asset</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getStart <em>Start</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getInPoint <em>In Point</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getOutPoint <em>Out Point</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link io.tessera.model.impl.ClipItemImpl#getEffects <em>Effects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClipItemImpl extends MinimalEObjectImpl.Container implements ClipItem {
	/**
	 * The cached value of the '{@link #getAsset() <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsset()
	 * @generated
	 * @ordered
	 */
	protected MediaAsset asset;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final double START_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected double start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getInPoint() <em>In Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInPoint()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_POINT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInPoint() <em>In Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInPoint()
	 * @generated
	 * @ordered
	 */
	protected double inPoint = IN_POINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutPoint() <em>Out Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutPoint()
	 * @generated
	 * @ordered
	 */
	protected static final double OUT_POINT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOutPoint() <em>Out Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutPoint()
	 * @generated
	 * @ordered
	 */
	protected double outPoint = OUT_POINT_EDEFAULT;

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
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected EList<Keyframe> volume;

	/**
	 * The cached value of the '{@link #getEffects() <em>Effects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffects()
	 * @generated
	 * @ordered
	 */
	protected EList<Effect> effects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClipItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CLIP_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaAsset getAsset() {
		if (asset != null && asset.eIsProxy()) {
			InternalEObject oldAsset = (InternalEObject)asset;
			asset = (MediaAsset)eResolveProxy(oldAsset);
			if (asset != oldAsset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CLIP_ITEM__ASSET, oldAsset, asset));
			}
		}
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaAsset basicGetAsset() {
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsset(MediaAsset newAsset) {
		MediaAsset oldAsset = asset;
		asset = newAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIP_ITEM__ASSET, oldAsset, asset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(double newStart) {
		double oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIP_ITEM__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInPoint() {
		return inPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInPoint(double newInPoint) {
		double oldInPoint = inPoint;
		inPoint = newInPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIP_ITEM__IN_POINT, oldInPoint, inPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOutPoint() {
		return outPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutPoint(double newOutPoint) {
		double oldOutPoint = outPoint;
		outPoint = newOutPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIP_ITEM__OUT_POINT, oldOutPoint, outPoint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIP_ITEM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Keyframe> getVolume() {
		if (volume == null) {
			volume = new EObjectContainmentEList<Keyframe>(Keyframe.class, this, ModelPackage.CLIP_ITEM__VOLUME);
		}
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Effect> getEffects() {
		if (effects == null) {
			effects = new EObjectContainmentEList<Effect>(Effect.class, this, ModelPackage.CLIP_ITEM__EFFECTS);
		}
		return effects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CLIP_ITEM__VOLUME:
				return ((InternalEList<?>)getVolume()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIP_ITEM__EFFECTS:
				return ((InternalEList<?>)getEffects()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CLIP_ITEM__ASSET:
				if (resolve) return getAsset();
				return basicGetAsset();
			case ModelPackage.CLIP_ITEM__START:
				return getStart();
			case ModelPackage.CLIP_ITEM__IN_POINT:
				return getInPoint();
			case ModelPackage.CLIP_ITEM__OUT_POINT:
				return getOutPoint();
			case ModelPackage.CLIP_ITEM__NAME:
				return getName();
			case ModelPackage.CLIP_ITEM__VOLUME:
				return getVolume();
			case ModelPackage.CLIP_ITEM__EFFECTS:
				return getEffects();
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
			case ModelPackage.CLIP_ITEM__ASSET:
				setAsset((MediaAsset)newValue);
				return;
			case ModelPackage.CLIP_ITEM__START:
				setStart((Double)newValue);
				return;
			case ModelPackage.CLIP_ITEM__IN_POINT:
				setInPoint((Double)newValue);
				return;
			case ModelPackage.CLIP_ITEM__OUT_POINT:
				setOutPoint((Double)newValue);
				return;
			case ModelPackage.CLIP_ITEM__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.CLIP_ITEM__VOLUME:
				getVolume().clear();
				getVolume().addAll((Collection<? extends Keyframe>)newValue);
				return;
			case ModelPackage.CLIP_ITEM__EFFECTS:
				getEffects().clear();
				getEffects().addAll((Collection<? extends Effect>)newValue);
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
			case ModelPackage.CLIP_ITEM__ASSET:
				setAsset((MediaAsset)null);
				return;
			case ModelPackage.CLIP_ITEM__START:
				setStart(START_EDEFAULT);
				return;
			case ModelPackage.CLIP_ITEM__IN_POINT:
				setInPoint(IN_POINT_EDEFAULT);
				return;
			case ModelPackage.CLIP_ITEM__OUT_POINT:
				setOutPoint(OUT_POINT_EDEFAULT);
				return;
			case ModelPackage.CLIP_ITEM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.CLIP_ITEM__VOLUME:
				getVolume().clear();
				return;
			case ModelPackage.CLIP_ITEM__EFFECTS:
				getEffects().clear();
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
			case ModelPackage.CLIP_ITEM__ASSET:
				return asset != null;
			case ModelPackage.CLIP_ITEM__START:
				return start != START_EDEFAULT;
			case ModelPackage.CLIP_ITEM__IN_POINT:
				return inPoint != IN_POINT_EDEFAULT;
			case ModelPackage.CLIP_ITEM__OUT_POINT:
				return outPoint != OUT_POINT_EDEFAULT;
			case ModelPackage.CLIP_ITEM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.CLIP_ITEM__VOLUME:
				return volume != null && !volume.isEmpty();
			case ModelPackage.CLIP_ITEM__EFFECTS:
				return effects != null && !effects.isEmpty();
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
		result.append(" (start: ");
		result.append(start);
		result.append(", inPoint: ");
		result.append(inPoint);
		result.append(", outPoint: ");
		result.append(outPoint);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //ClipItemImpl
