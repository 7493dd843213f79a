package org.plenary.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of docs/architecture honest: the engine is plain Java; entities stay out of the API. */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses().that().resideInAPackage("org.plenary.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                    "com.fasterxml..", "io.smallrye..", "org.plenary.api..", "org.plenary.app..",
                    "org.plenary.persistence..", "org.plenary.scenario..");

    @ArchTest
    static final ArchRule resourcesDoNotTouchEntities = noClasses().that().resideInAPackage("org.plenary.api..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.persistence..");

    @ArchTest
    static final ArchRule scenarioFormatDoesNotKnowTheDatabaseOrHttp = noClasses().that()
            .resideInAPackage("org.plenary.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plenary.persistence..", "org.plenary.api..",
                    "jakarta.ws..");
}
