package org.ipflow.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages: its problems are answered as the error page to browsers and as
 * problem+json to other clients ({@link ProblemPages}), by one advice rather than by each page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemsAsPages {}
