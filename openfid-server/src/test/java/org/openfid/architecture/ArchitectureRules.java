package org.openfid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/**
 * Conventions 4, 6 and 7 of the style guide as ArchUnit rules. Each rule is checked on the
 * production code and, so that a rule that has silently stopped matching cannot pass, on planted
 * violations under {@code planted/} (two fake modules, {@code alpha} and {@code beta}).
 */
class ArchitectureRules {

    private static final String ROOT = "org.openfid";
    private static final String PLANTED_ROOT = "org.openfid.architecture.planted";
    private static final List<String> BANNED_SUFFIXES =
            List.of("Impl", "Util", "Utils", "Helper", "Dto", "DTO", "Manager");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(PLANTED_ROOT);

    /** Constructor injection only: fields stay final and tests need no reflection. */
    static ArchRule noFieldInjection() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
    }

    /** Types in modules are named for their role, not for plumbing. */
    static ArchRule noPlumbingNames(String rootPackage) {
        var rule = noClasses()
                .that(resideInAModule(rootPackage))
                .should()
                .haveSimpleNameEndingWith(BANNED_SUFFIXES.getFirst());
        for (String suffix : BANNED_SUFFIXES.subList(1, BANNED_SUFFIXES.size())) {
            rule = rule.orShould().haveSimpleNameEndingWith(suffix);
        }
        return rule.because("services are role nouns; see convention 6 of the style guide");
    }

    /** A module's data is reached through its API, never through another module's repository. */
    static ArchRule repositoriesOnlyUsedInTheirModule(String rootPackage) {
        return classes()
                .that(areRepositories())
                .should(onlyBeUsedFromTheirModule(rootPackage))
                .allowEmptyShould(true)
                .because("each module owns its data; see convention 4 of the style guide");
    }

    @Test
    void productionCodeUsesNoFieldInjection() {
        noFieldInjection().check(PRODUCTION);
    }

    @Test
    void fieldInjectionRuleReportsAPlantedViolation() {
        assertThatThrownBy(() -> noFieldInjection().check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED_ROOT + ".alpha.FieldInjected")
                .hasMessageNotContaining("ConstructorInjected");
    }

    @Test
    void productionCodeHasNoPlumbingNamesInModules() {
        noPlumbingNames(ROOT).check(PRODUCTION);
    }

    @Test
    void plumbingNameRuleReportsPlantedViolations() {
        assertThatThrownBy(() -> noPlumbingNames(PLANTED_ROOT).check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED_ROOT + ".beta.internal.ReportDto")
                .hasMessageContaining(PLANTED_ROOT + ".alpha.KeyManager")
                .hasMessageContaining(PLANTED_ROOT + ".beta.TextUtils")
                .hasMessageNotContaining("Reports>")
                .hasMessageNotContaining("OutsideModulesHelper");
    }

    @Test
    void productionRepositoriesAreOnlyUsedInTheirModule() {
        repositoriesOnlyUsedInTheirModule(ROOT).check(PRODUCTION);
    }

    @Test
    void repositoryRuleReportsPlantedCrossModuleUse() {
        assertThatThrownBy(() -> repositoriesOnlyUsedInTheirModule(PLANTED_ROOT).check(PLANTED))
                .isInstanceOf(AssertionError.class)
                // an annotated repository used from another module
                .hasMessageContaining(PLANTED_ROOT + ".beta.Reports")
                .hasMessageContaining(PLANTED_ROOT + ".alpha.AlphaRecords")
                // a repository known by its name only
                .hasMessageContaining(PLANTED_ROOT + ".alpha.Statistics")
                .hasMessageContaining(PLANTED_ROOT + ".beta.BetaRepository")
                // use inside the owning module is fine
                .hasMessageNotContaining("AlphaService");
    }

    @Test
    void computesModulesRelativeToTheRootPackage() {
        assertThat(moduleOf("org.openfid.keys.vault", ROOT)).isEqualTo("keys");
        assertThat(moduleOf("org.openfid.keys", ROOT)).isEqualTo("keys");
        assertThat(moduleOf("org.openfid", ROOT)).isNull();
        assertThat(moduleOf("org.openfidelity.keys", ROOT)).isNull();
        assertThat(moduleOf(PLANTED_ROOT + ".beta.internal", PLANTED_ROOT)).isEqualTo("beta");
    }

    /** The package segment after the root, or {@code null} for the root itself and anything outside it. */
    static @Nullable String moduleOf(String packageName, String rootPackage) {
        if (!packageName.startsWith(rootPackage + ".")) {
            return null;
        }
        String rest = packageName.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> resideInAModule(String rootPackage) {
        return DescribedPredicate.describe(
                "reside in a module of " + rootPackage,
                javaClass -> moduleOf(javaClass.getPackageName(), rootPackage) != null);
    }

    private static DescribedPredicate<JavaClass> areRepositories() {
        return DescribedPredicate.describe(
                "are repositories (annotated with @Repository or named *Repository)",
                javaClass -> javaClass.isAnnotatedWith(Repository.class)
                        || javaClass.getSimpleName().endsWith("Repository"));
    }

    private static ArchCondition<JavaClass> onlyBeUsedFromTheirModule(String rootPackage) {
        return new ArchCondition<>("only be used from classes of their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String owner = moduleOf(repository.getPackageName(), rootPackage);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    String userModule = moduleOf(user.getPackageName(), rootPackage);
                    if (!Objects.equals(owner, userModule)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                "%s of module %s uses repository %s of module %s: %s"
                                        .formatted(
                                                user.getName(),
                                                userModule,
                                                repository.getName(),
                                                owner,
                                                dependency.getDescription())));
                    }
                }
            }
        };
    }
}
