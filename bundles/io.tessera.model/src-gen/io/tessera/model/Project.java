/**
 */
package io.tessera.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: shots, the assets they produced, the timeline and detection reports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link io.tessera.model.Project#getCreated <em>Created</em>}</li>
 *   <li>{@link io.tessera.model.Project#getShots <em>Shots</em>}</li>
 *   <li>{@link io.tessera.model.Project#getAssets <em>Assets</em>}</li>
 *   <li>{@link io.tessera.model.Project#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link io.tessera.model.Project#getReports <em>Reports</em>}</li>
 *   <li>{@link io.tessera.model.Project#isVisibleWatermark <em>Visible Watermark</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tessera.model.ModelPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tessera.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see io.tessera.model.ModelPackage#getProject_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link io.tessera.model.Project#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Shots</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Shot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shots</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getProject_Shots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Shot> getShots();

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.MediaAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getProject_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediaAsset> getAssets();

	/**
	 * Returns the value of the '<em><b>Timeline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeline</em>' containment reference.
	 * @see #setTimeline(Timeline)
	 * @see io.tessera.model.ModelPackage#getProject_Timeline()
	 * @model containment="true"
	 * @generated
	 */
	Timeline getTimeline();

	/**
	 * Sets the value of the '{@link io.tessera.model.Project#getTimeline <em>Timeline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeline</em>' containment reference.
	 * @see #getTimeline()
	 * @generated
	 */
	void setTimeline(Timeline value);

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.DetectionReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getProject_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<DetectionReport> getReports();

	/**
	 * Returns the value of the '<em><b>Visible Watermark</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether clips made for this project carry the visible label (policy may still require it). On unless the project says otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visible Watermark</em>' attribute.
	 * @see #setVisibleWatermark(boolean)
	 * @see io.tessera.model.ModelPackage#getProject_VisibleWatermark()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisibleWatermark();

	/**
	 * Sets the value of the '{@link io.tessera.model.Project#isVisibleWatermark <em>Visible Watermark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible Watermark</em>' attribute.
	 * @see #isVisibleWatermark()
	 * @generated
	 */
	void setVisibleWatermark(boolean value);

} // Project
