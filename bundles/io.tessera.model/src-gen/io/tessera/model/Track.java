/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Track</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A video or audio track.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Track#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.Track#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tessera.model.Track#getItems <em>Items</em>}</li>
 *   <li>{@link io.tessera.model.Track#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getTrack()
 * @model
 * @generated
 */
public interface Track extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tessera.model.ModelPackage#getTrack_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tessera.model.Track#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tessera.model.TrackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.tessera.model.TrackKind
	 * @see #setKind(TrackKind)
	 * @see io.tessera.model.ModelPackage#getTrack_Kind()
	 * @model
	 * @generated
	 */
	TrackKind getKind();

	/**
	 * Sets the value of the '{@link io.tessera.model.Track#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.tessera.model.TrackKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TrackKind value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.ClipItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getTrack_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClipItem> getItems();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getTrack_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

} // Track
