/**
 */
package io.tessera.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One shot of a film: a prompt, its settings, and the takes generated for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Shot#getId <em>Id</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getTakes <em>Takes</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getSelectedTake <em>Selected Take</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getReferenceShot <em>Reference Shot</em>}</li>
 *   <li>{@link io.tessera.model.Shot#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getShot()
 * @model
 * @generated
 */
public interface Shot extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.tessera.model.ModelPackage#getShot_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tessera.model.ModelPackage#getShot_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see io.tessera.model.ModelPackage#getShot_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(GenerationSettings)
	 * @see io.tessera.model.ModelPackage#getShot_Settings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	GenerationSettings getSettings();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(GenerationSettings value);

	/**
	 * Returns the value of the '<em><b>Takes</b></em>' reference list.
	 * The list contents are of type {@link io.tessera.model.MediaAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Takes</em>' reference list.
	 * @see io.tessera.model.ModelPackage#getShot_Takes()
	 * @model
	 * @generated
	 */
	EList<MediaAsset> getTakes();

	/**
	 * Returns the value of the '<em><b>Selected Take</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selected Take</em>' reference.
	 * @see #setSelectedTake(MediaAsset)
	 * @see io.tessera.model.ModelPackage#getShot_SelectedTake()
	 * @model
	 * @generated
	 */
	MediaAsset getSelectedTake();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getSelectedTake <em>Selected Take</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selected Take</em>' reference.
	 * @see #getSelectedTake()
	 * @generated
	 */
	void setSelectedTake(MediaAsset value);

	/**
	 * Returns the value of the '<em><b>Reference Shot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Shot</em>' reference.
	 * @see #setReferenceShot(Shot)
	 * @see io.tessera.model.ModelPackage#getShot_ReferenceShot()
	 * @model
	 * @generated
	 */
	Shot getReferenceShot();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getReferenceShot <em>Reference Shot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Shot</em>' reference.
	 * @see #getReferenceShot()
	 * @generated
	 */
	void setReferenceShot(Shot value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The words of the article or script this shot tells, when it came from a storyboard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.tessera.model.ModelPackage#getShot_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.tessera.model.Shot#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Shot
