/**
 */
package io.tessera.model.impl;

import io.tessera.model.GenerationSettings;
import io.tessera.model.ModelPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Generation Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getSeconds <em>Seconds</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getFps <em>Fps</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getSourceMedia <em>Source Media</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getStrength <em>Strength</em>}</li>
 *   <li>{@link io.tessera.model.impl.GenerationSettingsImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GenerationSettingsImpl extends MinimalEObjectImpl.Container implements GenerationSettings {
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
	 * The default value of the '{@link #getSeconds() <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double SECONDS_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getSeconds() <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeconds()
	 * @generated
	 * @ordered
	 */
	protected double seconds = SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFps() <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFps()
	 * @generated
	 * @ordered
	 */
	protected static final int FPS_EDEFAULT = 24;

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
	protected static final int WIDTH_EDEFAULT = 256;

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
	protected static final int HEIGHT_EDEFAULT = 256;

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
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final double GUIDANCE_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected double guidance = GUIDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceMedia() <em>Source Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMedia()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_MEDIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceMedia() <em>Source Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMedia()
	 * @generated
	 * @ordered
	 */
	protected String sourceMedia = SOURCE_MEDIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected static final double STRENGTH_EDEFAULT = 0.6;

	/**
	 * The cached value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected double strength = STRENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> options;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GenerationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.GENERATION_SETTINGS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__ENGINE_ID, oldEngineId, engineId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeconds() {
		return seconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeconds(double newSeconds) {
		double oldSeconds = seconds;
		seconds = newSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__SECONDS, oldSeconds, seconds));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__FPS, oldFps, fps));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__WIDTH, oldWidth, width));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(double newGuidance) {
		double oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceMedia() {
		return sourceMedia;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceMedia(String newSourceMedia) {
		String oldSourceMedia = sourceMedia;
		sourceMedia = newSourceMedia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__SOURCE_MEDIA, oldSourceMedia, sourceMedia));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStrength() {
		return strength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrength(double newStrength) {
		double oldStrength = strength;
		strength = newStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GENERATION_SETTINGS__STRENGTH, oldStrength, strength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOptions() {
		if (options == null) {
			options = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.GENERATION_SETTINGS__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.GENERATION_SETTINGS__ENGINE_ID:
				return getEngineId();
			case ModelPackage.GENERATION_SETTINGS__SEED:
				return getSeed();
			case ModelPackage.GENERATION_SETTINGS__SECONDS:
				return getSeconds();
			case ModelPackage.GENERATION_SETTINGS__FPS:
				return getFps();
			case ModelPackage.GENERATION_SETTINGS__WIDTH:
				return getWidth();
			case ModelPackage.GENERATION_SETTINGS__HEIGHT:
				return getHeight();
			case ModelPackage.GENERATION_SETTINGS__STEPS:
				return getSteps();
			case ModelPackage.GENERATION_SETTINGS__GUIDANCE:
				return getGuidance();
			case ModelPackage.GENERATION_SETTINGS__SOURCE_MEDIA:
				return getSourceMedia();
			case ModelPackage.GENERATION_SETTINGS__STRENGTH:
				return getStrength();
			case ModelPackage.GENERATION_SETTINGS__OPTIONS:
				return getOptions();
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
			case ModelPackage.GENERATION_SETTINGS__ENGINE_ID:
				setEngineId((String)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__SECONDS:
				setSeconds((Double)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__FPS:
				setFps((Integer)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__STEPS:
				setSteps((Integer)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__GUIDANCE:
				setGuidance((Double)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__SOURCE_MEDIA:
				setSourceMedia((String)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__STRENGTH:
				setStrength((Double)newValue);
				return;
			case ModelPackage.GENERATION_SETTINGS__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.GENERATION_SETTINGS__ENGINE_ID:
				setEngineId(ENGINE_ID_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__SECONDS:
				setSeconds(SECONDS_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__FPS:
				setFps(FPS_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__SOURCE_MEDIA:
				setSourceMedia(SOURCE_MEDIA_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__STRENGTH:
				setStrength(STRENGTH_EDEFAULT);
				return;
			case ModelPackage.GENERATION_SETTINGS__OPTIONS:
				getOptions().clear();
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
			case ModelPackage.GENERATION_SETTINGS__ENGINE_ID:
				return ENGINE_ID_EDEFAULT == null ? engineId != null : !ENGINE_ID_EDEFAULT.equals(engineId);
			case ModelPackage.GENERATION_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__SECONDS:
				return seconds != SECONDS_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__FPS:
				return fps != FPS_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__STEPS:
				return steps != STEPS_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__GUIDANCE:
				return guidance != GUIDANCE_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__SOURCE_MEDIA:
				return SOURCE_MEDIA_EDEFAULT == null ? sourceMedia != null : !SOURCE_MEDIA_EDEFAULT.equals(sourceMedia);
			case ModelPackage.GENERATION_SETTINGS__STRENGTH:
				return strength != STRENGTH_EDEFAULT;
			case ModelPackage.GENERATION_SETTINGS__OPTIONS:
				return options != null && !options.isEmpty();
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
		result.append(", seed: ");
		result.append(seed);
		result.append(", seconds: ");
		result.append(seconds);
		result.append(", fps: ");
		result.append(fps);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", steps: ");
		result.append(steps);
		result.append(", guidance: ");
		result.append(guidance);
		result.append(", sourceMedia: ");
		result.append(sourceMedia);
		result.append(", strength: ");
		result.append(strength);
		result.append(", options: ");
		result.append(options);
		result.append(')');
		return result.toString();
	}

} //GenerationSettingsImpl
