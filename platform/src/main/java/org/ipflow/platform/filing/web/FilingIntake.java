package org.ipflow.platform.filing.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that receives a filing: while it runs (reading the body, storing the filing,
 * writing the answer), the office's background work waits ({@link
 * org.ipflow.platform.office.IntakeFirst}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface FilingIntake {}
