/**
 * Registration: the register data of a right (number, date, term) and the sealed certificate the
 * office issues for it.
 */
package org.ipflow.platform.registration;
