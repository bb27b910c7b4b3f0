/**
 */
package io.tessera.model.impl;

import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;
import io.tessera.model.Provenance;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getFile <em>File</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getFps <em>Fps</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link io.tessera.model.impl.MediaAssetImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediaAssetImpl extends MinimalEObjectImpl.Container implements MediaAsset {
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
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected double durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFps() <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFps()
	 * @generated
	 * @ordered
	 */
	protected static final int FPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFps() <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFps()
	 * @generated
	 * @ordered
	 */
	protected int fps = FPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected static final long FRAME_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected long frameCount = FRAME_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaAssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEDIA_ASSET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(double newDurationSeconds) {
		double oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFps() {
		return fps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFps(int newFps) {
		int oldFps = fps;
		fps = newFps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__FPS, oldFps, fps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFrameCount() {
		return frameCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameCount(long newFrameCount) {
		long oldFrameCount = frameCount;
		frameCount = newFrameCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__FRAME_COUNT, oldFrameCount, frameCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(Provenance newProvenance, NotificationChain msgs) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__PROVENANCE, oldProvenance, newProvenance);
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
	public void setProvenance(Provenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MEDIA_ASSET__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MEDIA_ASSET__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_ASSET__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MEDIA_ASSET__PROVENANCE:
				return basicSetProvenance(null, msgs);
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
			case ModelPackage.MEDIA_ASSET__ID:
				return getId();
			case ModelPackage.MEDIA_ASSET__FILE:
				return getFile();
			case ModelPackage.MEDIA_ASSET__DURATION_SECONDS:
				return getDurationSeconds();
			case ModelPackage.MEDIA_ASSET__FPS:
				return getFps();
			case ModelPackage.MEDIA_ASSET__WIDTH:
				return getWidth();
			case ModelPackage.MEDIA_ASSET__HEIGHT:
				return getHeight();
			case ModelPackage.MEDIA_ASSET__FRAME_COUNT:
				return getFrameCount();
			case ModelPackage.MEDIA_ASSET__SHA256:
				return getSha256();
			case ModelPackage.MEDIA_ASSET__PROVENANCE:
				return getProvenance();
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
			case ModelPackage.MEDIA_ASSET__ID:
				setId((String)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__FILE:
				setFile((String)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__DURATION_SECONDS:
				setDurationSeconds((Double)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__FPS:
				setFps((Integer)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__FRAME_COUNT:
				setFrameCount((Long)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__SHA256:
				setSha256((String)newValue);
				return;
			case ModelPackage.MEDIA_ASSET__PROVENANCE:
				setProvenance((Provenance)newValue);
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
			case ModelPackage.MEDIA_ASSET__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__FPS:
				setFps(FPS_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__FRAME_COUNT:
				setFrameCount(FRAME_COUNT_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case ModelPackage.MEDIA_ASSET__PROVENANCE:
				setProvenance((Provenance)null);
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
			case ModelPackage.MEDIA_ASSET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.MEDIA_ASSET__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case ModelPackage.MEDIA_ASSET__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case ModelPackage.MEDIA_ASSET__FPS:
				return fps != FPS_EDEFAULT;
			case ModelPackage.MEDIA_ASSET__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ModelPackage.MEDIA_ASSET__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ModelPackage.MEDIA_ASSET__FRAME_COUNT:
				return frameCount != FRAME_COUNT_EDEFAULT;
			case ModelPackage.MEDIA_ASSET__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case ModelPackage.MEDIA_ASSET__PROVENANCE:
				return provenance != null;
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
		result.append(", file: ");
		result.append(file);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", fps: ");
		result.append(fps);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", frameCount: ");
		result.append(frameCount);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(')');
		return result.toString();
	}

} //MediaAssetImpl
