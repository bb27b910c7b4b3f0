/**
 */
package io.tessera.model.impl;

import io.tessera.model.DetectionReport;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.Timeline;

import java.util.Collection;
import java.util.Date;

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
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getShots <em>Shots</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#getReports <em>Reports</em>}</li>
 *   <li>{@link io.tessera.model.impl.ProjectImpl#isVisibleWatermark <em>Visible Watermark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
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
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getShots() <em>Shots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShots()
	 * @generated
	 * @ordered
	 */
	protected EList<Shot> shots;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaAsset> assets;

	/**
	 * The cached value of the '{@link #getTimeline() <em>Timeline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeline()
	 * @generated
	 * @ordered
	 */
	protected Timeline timeline;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<DetectionReport> reports;

	/**
	 * The default value of the '{@link #isVisibleWatermark() <em>Visible Watermark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleWatermark()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_WATERMARK_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisibleWatermark() <em>Visible Watermark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleWatermark()
	 * @generated
	 * @ordered
	 */
	protected boolean visibleWatermark = VISIBLE_WATERMARK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Shot> getShots() {
		if (shots == null) {
			shots = new EObjectContainmentEList<Shot>(Shot.class, this, ModelPackage.PROJECT__SHOTS);
		}
		return shots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaAsset> getAssets() {
		if (assets == null) {
			assets = new EObjectContainmentEList<MediaAsset>(MediaAsset.class, this, ModelPackage.PROJECT__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Timeline getTimeline() {
		return timeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeline(Timeline newTimeline, NotificationChain msgs) {
		Timeline oldTimeline = timeline;
		timeline = newTimeline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECT__TIMELINE, oldTimeline, newTimeline);
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
	public void setTimeline(Timeline newTimeline) {
		if (newTimeline != timeline) {
			NotificationChain msgs = null;
			if (timeline != null)
				msgs = ((InternalEObject)timeline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECT__TIMELINE, null, msgs);
			if (newTimeline != null)
				msgs = ((InternalEObject)newTimeline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECT__TIMELINE, null, msgs);
			msgs = basicSetTimeline(newTimeline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECT__TIMELINE, newTimeline, newTimeline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DetectionReport> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<DetectionReport>(DetectionReport.class, this, ModelPackage.PROJECT__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisibleWatermark() {
		return visibleWatermark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleWatermark(boolean newVisibleWatermark) {
		boolean oldVisibleWatermark = visibleWatermark;
		visibleWatermark = newVisibleWatermark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECT__VISIBLE_WATERMARK, oldVisibleWatermark, visibleWatermark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROJECT__SHOTS:
				return ((InternalEList<?>)getShots()).basicRemove(otherEnd, msgs);
			case ModelPackage.PROJECT__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case ModelPackage.PROJECT__TIMELINE:
				return basicSetTimeline(null, msgs);
			case ModelPackage.PROJECT__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PROJECT__NAME:
				return getName();
			case ModelPackage.PROJECT__CREATED:
				return getCreated();
			case ModelPackage.PROJECT__SHOTS:
				return getShots();
			case ModelPackage.PROJECT__ASSETS:
				return getAssets();
			case ModelPackage.PROJECT__TIMELINE:
				return getTimeline();
			case ModelPackage.PROJECT__REPORTS:
				return getReports();
			case ModelPackage.PROJECT__VISIBLE_WATERMARK:
				return isVisibleWatermark();
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
			case ModelPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PROJECT__CREATED:
				setCreated((Date)newValue);
				return;
			case ModelPackage.PROJECT__SHOTS:
				getShots().clear();
				getShots().addAll((Collection<? extends Shot>)newValue);
				return;
			case ModelPackage.PROJECT__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends MediaAsset>)newValue);
				return;
			case ModelPackage.PROJECT__TIMELINE:
				setTimeline((Timeline)newValue);
				return;
			case ModelPackage.PROJECT__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends DetectionReport>)newValue);
				return;
			case ModelPackage.PROJECT__VISIBLE_WATERMARK:
				setVisibleWatermark((Boolean)newValue);
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
			case ModelPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PROJECT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ModelPackage.PROJECT__SHOTS:
				getShots().clear();
				return;
			case ModelPackage.PROJECT__ASSETS:
				getAssets().clear();
				return;
			case ModelPackage.PROJECT__TIMELINE:
				setTimeline((Timeline)null);
				return;
			case ModelPackage.PROJECT__REPORTS:
				getReports().clear();
				return;
			case ModelPackage.PROJECT__VISIBLE_WATERMARK:
				setVisibleWatermark(VISIBLE_WATERMARK_EDEFAULT);
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
			case ModelPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PROJECT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ModelPackage.PROJECT__SHOTS:
				return shots != null && !shots.isEmpty();
			case ModelPackage.PROJECT__ASSETS:
				return assets != null && !assets.isEmpty();
			case ModelPackage.PROJECT__TIMELINE:
				return timeline != null;
			case ModelPackage.PROJECT__REPORTS:
				return reports != null && !reports.isEmpty();
			case ModelPackage.PROJECT__VISIBLE_WATERMARK:
				return visibleWatermark != VISIBLE_WATERMARK_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", created: ");
		result.append(created);
		result.append(", visibleWatermark: ");
		result.append(visibleWatermark);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
