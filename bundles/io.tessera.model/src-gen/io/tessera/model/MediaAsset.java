/**
 */
package io.tessera.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A media file the project knows, with its digest and provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.MediaAsset#getId <em>Id</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getFile <em>File</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getFps <em>Fps</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link io.tessera.model.MediaAsset#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getMediaAsset()
 * @model
 * @generated
 */
public interface MediaAsset extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(double)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_DurationSeconds()
	 * @model
	 * @generated
	 */
	double getDurationSeconds();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fps</em>' attribute.
	 * @see #setFps(int)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Fps()
	 * @model
	 * @generated
	 */
	int getFps();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getFps <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fps</em>' attribute.
	 * @see #getFps()
	 * @generated
	 */
	void setFps(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Frame Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Count</em>' attribute.
	 * @see #setFrameCount(long)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_FrameCount()
	 * @model
	 * @generated
	 */
	long getFrameCount();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getFrameCount <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Count</em>' attribute.
	 * @see #getFrameCount()
	 * @generated
	 */
	void setFrameCount(long value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see io.tessera.model.ModelPackage#getMediaAsset_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link io.tessera.model.MediaAsset#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

} // MediaAsset
