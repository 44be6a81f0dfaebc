/**
 * Filings: receipt (application number, filing date), what was filed, where the case stands and its
 * timeline. Starts the {@code filing} process in the transaction that stores the filing.
 */
package org.ipflow.platform.filing;
