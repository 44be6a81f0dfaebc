/** Parties over HTTP: likely duplicates and merges, for admins. */
package org.ipflow.platform.party.web;
