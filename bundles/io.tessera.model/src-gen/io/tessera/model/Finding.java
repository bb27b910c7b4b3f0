/**
 */
package io.tessera.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One detector finding.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Finding#getDetectorId <em>Detector Id</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getScore <em>Score</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getStartFrame <em>Start Frame</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getEndFrame <em>End Frame</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link io.tessera.model.Finding#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Detector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detector Id</em>' attribute.
	 * @see #setDetectorId(String)
	 * @see io.tessera.model.ModelPackage#getFinding_DetectorId()
	 * @model
	 * @generated
	 */
	String getDetectorId();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getDetectorId <em>Detector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detector Id</em>' attribute.
	 * @see #getDetectorId()
	 * @generated
	 */
	void setDetectorId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.tessera.model.ModelPackage#getFinding_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see io.tessera.model.ModelPackage#getFinding_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Start Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Frame</em>' attribute.
	 * @see #setStartFrame(long)
	 * @see io.tessera.model.ModelPackage#getFinding_StartFrame()
	 * @model
	 * @generated
	 */
	long getStartFrame();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getStartFrame <em>Start Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Frame</em>' attribute.
	 * @see #getStartFrame()
	 * @generated
	 */
	void setStartFrame(long value);

	/**
	 * Returns the value of the '<em><b>End Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Frame</em>' attribute.
	 * @see #setEndFrame(long)
	 * @see io.tessera.model.ModelPackage#getFinding_EndFrame()
	 * @model
	 * @generated
	 */
	long getEndFrame();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getEndFrame <em>End Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Frame</em>' attribute.
	 * @see #getEndFrame()
	 * @generated
	 */
	void setEndFrame(long value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.tessera.model.ModelPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where in the frame, as "x y width height" fractions of the frame; empty for the whole frame.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see io.tessera.model.ModelPackage#getFinding_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link io.tessera.model.Finding#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

} // Finding
