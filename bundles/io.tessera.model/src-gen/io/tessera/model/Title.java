/**
 */
package io.tessera.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Title</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Text drawn over the picture from start for duration seconds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tessera.model.Title#getText <em>Text</em>}</li>
 *   <li>{@link io.tessera.model.Title#getStart <em>Start</em>}</li>
 *   <li>{@link io.tessera.model.Title#getDuration <em>Duration</em>}</li>
 *   <li>{@link io.tessera.model.Title#getFont <em>Font</em>}</li>
 *   <li>{@link io.tessera.model.Title#getSize <em>Size</em>}</li>
 *   <li>{@link io.tessera.model.Title#getX <em>X</em>}</li>
 *   <li>{@link io.tessera.model.Title#getY <em>Y</em>}</li>
 *   <li>{@link io.tessera.model.Title#getColour <em>Colour</em>}</li>
 *   <li>{@link io.tessera.model.Title#isCaption <em>Caption</em>}</li>
 * </ul>
 *
 * @see io.tessera.model.ModelPackage#getTitle()
 * @model
 * @generated
 */
public interface Title extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.tessera.model.ModelPackage#getTitle_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(double)
	 * @see io.tessera.model.ModelPackage#getTitle_Start()
	 * @model
	 * @generated
	 */
	double getStart();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(double value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * The default value is <code>"3.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see io.tessera.model.ModelPackage#getTitle_Duration()
	 * @model default="3.0"
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Font</b></em>' attribute.
	 * The default value is <code>"SansSerif"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font</em>' attribute.
	 * @see #setFont(String)
	 * @see io.tessera.model.ModelPackage#getTitle_Font()
	 * @model default="SansSerif"
	 * @generated
	 */
	String getFont();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getFont <em>Font</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font</em>' attribute.
	 * @see #getFont()
	 * @generated
	 */
	void setFont(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"0.06"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text height as a fraction of the frame height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(double)
	 * @see io.tessera.model.ModelPackage#getTitle_Size()
	 * @model default="0.06"
	 * @generated
	 */
	double getSize();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(double value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre of the text, fraction of the frame width.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see io.tessera.model.ModelPackage#getTitle_X()
	 * @model default="0.5"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0.88"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baseline centre, fraction of the frame height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see io.tessera.model.ModelPackage#getTitle_Y()
	 * @model default="0.88"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The default value is <code>"#FFFFFF"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see io.tessera.model.ModelPackage#getTitle_Colour()
	 * @model default="#FFFFFF"
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Captions get a dark band behind them so they read over any picture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(boolean)
	 * @see io.tessera.model.ModelPackage#getTitle_Caption()
	 * @model default="false"
	 * @generated
	 */
	boolean isCaption();

	/**
	 * Sets the value of the '{@link io.tessera.model.Title#isCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #isCaption()
	 * @generated
	 */
	void setCaption(boolean value);

} // Title
