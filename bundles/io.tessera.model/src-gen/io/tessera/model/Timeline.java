/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Tracks of clips cut into a film.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Timeline#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.Timeline#getTracks <em>Tracks</em>}</li>
 *   <li>{@link io.tessera.model.Timeline#getFps <em>Fps</em>}</li>
 *   <li>{@link io.tessera.model.Timeline#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tessera.model.Timeline#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tessera.model.Timeline#getTitles <em>Titles</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getTimeline()
 * @model
 * @generated
 */
public interface Timeline extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tessera.model.ModelPackage#getTimeline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tessera.model.Timeline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tracks</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Track}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tracks</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getTimeline_Tracks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Track> getTracks();

	/**
	 * Returns the value of the '<em><b>Fps</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The frame rate every edit snaps to and the render is made at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fps</em>' attribute.
	 * @see #setFps(int)
	 * @see io.tessera.model.ModelPackage#getTimeline_Fps()
	 * @model default="24"
	 * @generated
	 */
	int getFps();

	/**
	 * Sets the value of the '{@link io.tessera.model.Timeline#getFps <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fps</em>' attribute.
	 * @see #getFps()
	 * @generated
	 */
	void setFps(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Render width; 0 takes the first video clip's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.tessera.model.ModelPackage#getTimeline_Width()
	 * @model default="0"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.tessera.model.Timeline#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Render height; 0 takes the first video clip's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.tessera.model.ModelPackage#getTimeline_Height()
	 * @model default="0"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.tessera.model.Timeline#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Titles</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Title}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titles</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getTimeline_Titles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Title> getTitles();

} // Timeline
