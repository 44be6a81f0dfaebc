package org.ipflow.platform.registration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic office jobs (the sweep of signature augmentations). */
@Configuration
@EnableScheduling
class Scheduling {}
