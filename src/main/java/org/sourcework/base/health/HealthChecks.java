package org.sourcework.base.health;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the regular database check; nothing else in Sourcework is scheduled. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HealthChecks {}
