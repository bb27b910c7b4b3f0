/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generation Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything that decides what an engine makes, besides the prompt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.GenerationSettings#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getSeconds <em>Seconds</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getFps <em>Fps</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getSourceMedia <em>Source Media</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getStrength <em>Strength</em>}</li>
 *   <li>{@link io.tessera.model.GenerationSettings#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getGenerationSettings()
 * @model
 * @generated
 */
public interface GenerationSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Id</em>' attribute.
	 * @see #setEngineId(String)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_EngineId()
	 * @model
	 * @generated
	 */
	String getEngineId();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getEngineId <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Id</em>' attribute.
	 * @see #getEngineId()
	 * @generated
	 */
	void setEngineId(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Seconds</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seconds</em>' attribute.
	 * @see #setSeconds(double)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Seconds()
	 * @model default="4.0"
	 * @generated
	 */
	double getSeconds();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getSeconds <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seconds</em>' attribute.
	 * @see #getSeconds()
	 * @generated
	 */
	void setSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Fps</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fps</em>' attribute.
	 * @see #setFps(int)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Fps()
	 * @model default="24"
	 * @generated
	 */
	int getFps();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getFps <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fps</em>' attribute.
	 * @see #getFps()
	 * @generated
	 */
	void setFps(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Width()
	 * @model default="256"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Height()
	 * @model default="256"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Steps()
	 * @model default="20"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(double)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Guidance()
	 * @model default="4.0"
	 * @generated
	 */
	double getGuidance();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(double value);

	/**
	 * Returns the value of the '<em><b>Source Media</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Media</em>' attribute.
	 * @see #setSourceMedia(String)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_SourceMedia()
	 * @model
	 * @generated
	 */
	String getSourceMedia();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getSourceMedia <em>Source Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Media</em>' attribute.
	 * @see #getSourceMedia()
	 * @generated
	 */
	void setSourceMedia(String value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The default value is <code>"0.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(double)
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Strength()
	 * @model default="0.6"
	 * @generated
	 */
	double getStrength();

	/**
	 * Sets the value of the '{@link io.tessera.model.GenerationSettings#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(double value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' attribute list.
	 * @see io.tessera.model.ModelPackage#getGenerationSettings_Options()
	 * @model
	 * @generated
	 */
	EList<String> getOptions();

} // GenerationSettings
