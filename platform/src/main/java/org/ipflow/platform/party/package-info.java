/**
 * Parties: applicants and representatives as records of their own, with an optional global
 * identifier (WIPO CWS Rec. 1(e)iii: an LEI, or the party number this office assigns), likely
 * duplicates proposed to an admin, and merges that the filings follow.
 */
package org.ipflow.platform.party;
