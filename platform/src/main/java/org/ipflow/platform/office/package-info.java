/** The office itself: its identity, its time zone and its clock. */
package org.ipflow.platform.office;
