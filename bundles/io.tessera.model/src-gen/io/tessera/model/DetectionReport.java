/**
 */
package io.tessera.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Detection Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the detectors concluded about an asset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.DetectionReport#getAsset <em>Asset</em>}</li>
 *   <li>{@link io.tessera.model.DetectionReport#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link io.tessera.model.DetectionReport#getScore <em>Score</em>}</li>
 *   <li>{@link io.tessera.model.DetectionReport#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.tessera.model.DetectionReport#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getDetectionReport()
 * @model
 * @generated
 */
public interface DetectionReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(MediaAsset)
	 * @see io.tessera.model.ModelPackage#getDetectionReport_Asset()
	 * @model
	 * @generated
	 */
	MediaAsset getAsset();

	/**
	 * Sets the value of the '{@link io.tessera.model.DetectionReport#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(MediaAsset value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tessera.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see io.tessera.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see io.tessera.model.ModelPackage#getDetectionReport_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link io.tessera.model.DetectionReport#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see io.tessera.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see io.tessera.model.ModelPackage#getDetectionReport_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link io.tessera.model.DetectionReport#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see io.tessera.model.ModelPackage#getDetectionReport_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link io.tessera.model.DetectionReport#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link io.tessera.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see io.tessera.model.ModelPackage#getDetectionReport_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

} // DetectionReport
