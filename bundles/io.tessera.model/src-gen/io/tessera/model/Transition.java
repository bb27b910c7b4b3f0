/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transition between two adjacent clip items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Transition#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tessera.model.Transition#getInOffset <em>In Offset</em>}</li>
 *   <li>{@link io.tessera.model.Transition#getOutOffset <em>Out Offset</em>}</li>
 *   <li>{@link io.tessera.model.Transition#getFrom <em>From</em>}</li>
 *   <li>{@link io.tessera.model.Transition#getTo <em>To</em>}</li>
 *   <li>{@link io.tessera.model.Transition#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the editor operation that draws it: crossfade, fade-black, wipe, or a contributed one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.tessera.model.ModelPackage#getTransition_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.tessera.model.Transition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>In Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds the transition starts before the cut (OTIO in_offset); the outgoing clip plays on past its out point that long.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Offset</em>' attribute.
	 * @see #setInOffset(double)
	 * @see io.tessera.model.ModelPackage#getTransition_InOffset()
	 * @model
	 * @generated
	 */
	double getInOffset();

	/**
	 * Sets the value of the '{@link io.tessera.model.Transition#getInOffset <em>In Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Offset</em>' attribute.
	 * @see #getInOffset()
	 * @generated
	 */
	void setInOffset(double value);

	/**
	 * Returns the value of the '<em><b>Out Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds it goes on after the cut (OTIO out_offset); the incoming clip starts that much before its in point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Out Offset</em>' attribute.
	 * @see #setOutOffset(double)
	 * @see io.tessera.model.ModelPackage#getTransition_OutOffset()
	 * @model
	 * @generated
	 */
	double getOutOffset();

	/**
	 * Sets the value of the '{@link io.tessera.model.Transition#getOutOffset <em>Out Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Offset</em>' attribute.
	 * @see #getOutOffset()
	 * @generated
	 */
	void setOutOffset(double value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outgoing item; null for a fade in from black.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(ClipItem)
	 * @see io.tessera.model.ModelPackage#getTransition_From()
	 * @model
	 * @generated
	 */
	ClipItem getFrom();

	/**
	 * Sets the value of the '{@link io.tessera.model.Transition#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(ClipItem value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The incoming item; null for a fade out to black.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(ClipItem)
	 * @see io.tessera.model.ModelPackage#getTransition_To()
	 * @model
	 * @generated
	 */
	ClipItem getTo();

	/**
	 * Sets the value of the '{@link io.tessera.model.Transition#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(ClipItem value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operation's parameters as key=value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute list.
	 * @see io.tessera.model.ModelPackage#getTransition_Parameters()
	 * @model
	 * @generated
	 */
	EList<String> getParameters();

} // Transition
