/**
 * Documents of a filing, uploaded or issued: stored in PostgreSQL with the filing, so they commit
 * (and survive a crash) together. Never changed once stored; a new version is a new document.
 */
package org.ipflow.platform.document;
