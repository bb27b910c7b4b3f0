/**
 */
package io.tessera.model.impl;

import io.tessera.model.Finding;
import io.tessera.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getDetectorId <em>Detector Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getScore <em>Score</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getStartFrame <em>Start Frame</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getEndFrame <em>End Frame</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.tessera.model.impl.FindingImpl#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends MinimalEObjectImpl.Container implements Finding {
	/**
	 * The default value of the '{@link #getDetectorId() <em>Detector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectorId()
	 * @generated
	 * @ordered
	 */
	protected static final String DETECTOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetectorId() <em>Detector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectorId()
	 * @generated
	 * @ordered
	 */
	protected String detectorId = DETECTOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartFrame() <em>Start Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFrame()
	 * @generated
	 * @ordered
	 */
	protected static final long START_FRAME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartFrame() <em>Start Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFrame()
	 * @generated
	 * @ordered
	 */
	protected long startFrame = START_FRAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndFrame() <em>End Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndFrame()
	 * @generated
	 * @ordered
	 */
	protected static final long END_FRAME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndFrame() <em>End Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndFrame()
	 * @generated
	 * @ordered
	 */
	protected long endFrame = END_FRAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetectorId() {
		return detectorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetectorId(String newDetectorId) {
		String oldDetectorId = detectorId;
		detectorId = newDetectorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__DETECTOR_ID, oldDetectorId, detectorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartFrame() {
		return startFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartFrame(long newStartFrame) {
		long oldStartFrame = startFrame;
		startFrame = newStartFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__START_FRAME, oldStartFrame, startFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndFrame() {
		return endFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndFrame(long newEndFrame) {
		long oldEndFrame = endFrame;
		endFrame = newEndFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__END_FRAME, oldEndFrame, endFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.FINDING__DETECTOR_ID:
				return getDetectorId();
			case ModelPackage.FINDING__KIND:
				return getKind();
			case ModelPackage.FINDING__SCORE:
				return getScore();
			case ModelPackage.FINDING__START_FRAME:
				return getStartFrame();
			case ModelPackage.FINDING__END_FRAME:
				return getEndFrame();
			case ModelPackage.FINDING__MESSAGE:
				return getMessage();
			case ModelPackage.FINDING__REGION:
				return getRegion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.FINDING__DETECTOR_ID:
				setDetectorId((String)newValue);
				return;
			case ModelPackage.FINDING__KIND:
				setKind((String)newValue);
				return;
			case ModelPackage.FINDING__SCORE:
				setScore((Double)newValue);
				return;
			case ModelPackage.FINDING__START_FRAME:
				setStartFrame((Long)newValue);
				return;
			case ModelPackage.FINDING__END_FRAME:
				setEndFrame((Long)newValue);
				return;
			case ModelPackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case ModelPackage.FINDING__REGION:
				setRegion((String)newValue);
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
			case ModelPackage.FINDING__DETECTOR_ID:
				setDetectorId(DETECTOR_ID_EDEFAULT);
				return;
			case ModelPackage.FINDING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.FINDING__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case ModelPackage.FINDING__START_FRAME:
				setStartFrame(START_FRAME_EDEFAULT);
				return;
			case ModelPackage.FINDING__END_FRAME:
				setEndFrame(END_FRAME_EDEFAULT);
				return;
			case ModelPackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ModelPackage.FINDING__REGION:
				setRegion(REGION_EDEFAULT);
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
			case ModelPackage.FINDING__DETECTOR_ID:
				return DETECTOR_ID_EDEFAULT == null ? detectorId != null : !DETECTOR_ID_EDEFAULT.equals(detectorId);
			case ModelPackage.FINDING__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ModelPackage.FINDING__SCORE:
				return score != SCORE_EDEFAULT;
			case ModelPackage.FINDING__START_FRAME:
				return startFrame != START_FRAME_EDEFAULT;
			case ModelPackage.FINDING__END_FRAME:
				return endFrame != END_FRAME_EDEFAULT;
			case ModelPackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ModelPackage.FINDING__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
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
		result.append(" (detectorId: ");
		result.append(detectorId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", score: ");
		result.append(score);
		result.append(", startFrame: ");
		result.append(startFrame);
		result.append(", endFrame: ");
		result.append(endFrame);
		result.append(", message: ");
		result.append(message);
		result.append(", region: ");
		result.append(region);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
