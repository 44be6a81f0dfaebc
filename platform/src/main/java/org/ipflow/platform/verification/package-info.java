/**
 * Verification: validates the signatures of a document a caller presents (an office document a
 * third party was given, say), without storing it, and answers with the ETSI validation result.
 */
package org.ipflow.platform.verification;
