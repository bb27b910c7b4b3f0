/**
 */
package io.tessera.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an asset was made.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Provenance#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getModelHash <em>Model Hash</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getParents <em>Parents</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getWatermarkId <em>Watermark Id</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getSignature <em>Signature</em>}</li>
 *   <li>{@link io.tessera.model.Provenance#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Id</em>' attribute.
	 * @see #setEngineId(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_EngineId()
	 * @model
	 * @generated
	 */
	String getEngineId();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getEngineId <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Id</em>' attribute.
	 * @see #getEngineId()
	 * @generated
	 */
	void setEngineId(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Model Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Hash</em>' attribute.
	 * @see #setModelHash(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_ModelHash()
	 * @model
	 * @generated
	 */
	String getModelHash();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getModelHash <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Hash</em>' attribute.
	 * @see #getModelHash()
	 * @generated
	 */
	void setModelHash(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.tessera.model.ModelPackage#getProvenance_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(GenerationSettings)
	 * @see io.tessera.model.ModelPackage#getProvenance_Settings()
	 * @model containment="true"
	 * @generated
	 */
	GenerationSettings getSettings();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(GenerationSettings value);

	/**
	 * Returns the value of the '<em><b>Parents</b></em>' reference list.
	 * The list contents are of type {@link io.tessera.model.MediaAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parents</em>' reference list.
	 * @see io.tessera.model.ModelPackage#getProvenance_Parents()
	 * @model
	 * @generated
	 */
	EList<MediaAsset> getParents();

	/**
	 * Returns the value of the '<em><b>Watermark Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Watermark Id</em>' attribute.
	 * @see #setWatermarkId(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_WatermarkId()
	 * @model
	 * @generated
	 */
	String getWatermarkId();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getWatermarkId <em>Watermark Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Watermark Id</em>' attribute.
	 * @see #getWatermarkId()
	 * @generated
	 */
	void setWatermarkId(String value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(String)
	 * @see io.tessera.model.ModelPackage#getProvenance_Signature()
	 * @model
	 * @generated
	 */
	String getSignature();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see io.tessera.model.ModelPackage#getProvenance_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link io.tessera.model.Provenance#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

} // Provenance
