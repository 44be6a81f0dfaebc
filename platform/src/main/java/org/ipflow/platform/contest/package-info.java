/**
 * Contests of automated decisions: the applicant asks for a human review (GDPR Art. 22(3)); the
 * time limits that depend on the decision stand still until a senior examiner has reviewed it, and
 * an upheld contest resumes the filing after the contested step with the corrected outcome.
 */
package org.ipflow.platform.contest;
