package org.openfid.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.openfid.OpenFidApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The platform as a plain {@link SpringApplication} for tests that must control its start and stop
 * themselves (command-line runs, an external database that has to outlive the application).
 */
public final class TestPlatform {

    private TestPlatform() {}

    /**
     * The application on its own data folder, with the production components plus {@code sources}.
     * Component scanning skips the test class path: without {@code @SpringBootTest}'s own filter it
     * would otherwise pick up other tests' configuration classes.
     */
    public static SpringApplication application(Path dataDir, Map<String, Object> properties, Class<?>... sources) {
        Class<?>[] all = new Class<?>[sources.length + 1];
        all[0] = OpenFidApplication.class;
        System.arraycopy(sources, 0, all, 1, sources.length);
        var application = new SpringApplication(all);
        var defaults = new java.util.HashMap<String, Object>(properties);
        defaults.put("openfid.data-dir", dataDir.toString());
        application.setDefaultProperties(defaults);
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton(ProductionComponentsOnly.class.getName(), new ProductionComponentsOnly()));
        return application;
    }

    /** Excludes every class compiled from the test sources from component scanning. */
    private static final class ProductionComponentsOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProductionComponentsOnly;
        }

        @Override
        public int hashCode() {
            return ProductionComponentsOnly.class.hashCode();
        }
    }
}
