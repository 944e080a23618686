package org.sourcework.lessons.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the lessons once the application's beans (and so the migrated database) are ready, before
 * the server takes requests and before start-up runners such as the demo data seeder.
 */
@Component
class LessonStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LessonStartup.class);

    private final LessonSync sync;

    LessonStartup(LessonSync sync) {
        this.sync = sync;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            sync.syncAll();
        } catch (RuntimeException e) {
            // a broken lessons folder must never keep the app from starting; reload once it is fixed
            log.error("Lessons could not be loaded at start-up; fix the problem and press Reload lessons", e);
        }
    }
}
