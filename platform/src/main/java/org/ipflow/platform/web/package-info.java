/**
 * What every HTTP endpoint shares: RFC 9457 problem responses with stable types, and the request
 * size limit. Bad input gets a 4xx naming the problem, never a 500.
 */
package org.ipflow.platform.web;
