/** The audit trail over HTTP: the admin API, its export and the admin's page. */
package org.ipflow.platform.audit.web;
