/**
 * Searches of the office's register. The relative-grounds search finds, for a mark applied for, the
 * earlier marks in force in the same or related Nice classes that look or sound alike (trigram
 * similarity of normalized forms in PostgreSQL plus a phonetic key), ranked by a score; the
 * office's setting says whether its hits are put to the examiner as a suggested objection or
 * notified to the applicant and the holders of the earlier marks.
 *
 * <p>The register it searches is a derived index that the procedure keeps up to date when a mark is
 * published ({@link org.ipflow.platform.search.RegisterSearch#index}), then registered, refused,
 * withdrawn or expires ({@link org.ipflow.platform.search.RegisterSearch#statusChanged}). The
 * module depends on no other module of the platform, so that any of them may call it; its API is
 * {@code RegisterSearch} and the records it takes and returns, the rest is internal.
 */
package org.ipflow.platform.search;
