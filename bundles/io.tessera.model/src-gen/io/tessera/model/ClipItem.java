/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clip Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stretch of an asset placed on a track.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.ClipItem#getAsset <em>Asset</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getStart <em>Start</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getInPoint <em>In Point</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getOutPoint <em>Out Point</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getVolume <em>Volume</em>}</li>
 *   <li>{@link io.tessera.model.ClipItem#getEffects <em>Effects</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getClipItem()
 * @model
 * @generated
 */
public interface ClipItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(MediaAsset)
	 * @see io.tessera.model.ModelPackage#getClipItem_Asset()
	 * @model
	 * @generated
	 */
	MediaAsset getAsset();

	/**
	 * Sets the value of the '{@link io.tessera.model.ClipItem#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(MediaAsset value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(double)
	 * @see io.tessera.model.ModelPackage#getClipItem_Start()
	 * @model
	 * @generated
	 */
	double getStart();

	/**
	 * Sets the value of the '{@link io.tessera.model.ClipItem#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(double value);

	/**
	 * Returns the value of the '<em><b>In Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Point</em>' attribute.
	 * @see #setInPoint(double)
	 * @see io.tessera.model.ModelPackage#getClipItem_InPoint()
	 * @model
	 * @generated
	 */
	double getInPoint();

	/**
	 * Sets the value of the '{@link io.tessera.model.ClipItem#getInPoint <em>In Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Point</em>' attribute.
	 * @see #getInPoint()
	 * @generated
	 */
	void setInPoint(double value);

	/**
	 * Returns the value of the '<em><b>Out Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Point</em>' attribute.
	 * @see #setOutPoint(double)
	 * @see io.tessera.model.ModelPackage#getClipItem_OutPoint()
	 * @model
	 * @generated
	 */
	double getOutPoint();

	/**
	 * Sets the value of the '{@link io.tessera.model.ClipItem#getOutPoint <em>Out Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Point</em>' attribute.
	 * @see #getOutPoint()
	 * @generated
	 */
	void setOutPoint(double value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tessera.model.ModelPackage#getClipItem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tessera.model.ClipItem#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Keyframe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getClipItem_Volume()
	 * @model containment="true"
	 * @generated
	 */
	EList<Keyframe> getVolume();

	/**
	 * Returns the value of the '<em><b>Effects</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Effect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effects</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getClipItem_Effects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Effect> getEffects();

} // ClipItem
