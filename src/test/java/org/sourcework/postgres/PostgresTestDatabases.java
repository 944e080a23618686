package org.sourcework.postgres;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Dsourcework.test.database=postgres} (the {@code postgres} Maven profile), every test
 * application context gets a fresh database of its own on the JVM's PostgreSQL server instead of
 * its in-memory H2 database, so the same service, repository and view tests run on both. Without
 * the property this factory does nothing.
 */
public class PostgresTestDatabases implements ContextCustomizerFactory {

    static final String SWITCH = "sourcework.test.database";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return "postgres".equals(System.getProperty(SWITCH)) ? new FreshDatabase() : null;
    }

    /** Equal to every other, so it leaves Spring's context cache as it is with H2. */
    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var url = LocalPostgres.shared().createDatabase("test");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgres-test-database",
                            Map.of(
                                    "spring.datasource.url",
                                    url,
                                    "spring.datasource.username",
                                    LocalPostgres.USER,
                                    "spring.datasource.password",
                                    "")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
