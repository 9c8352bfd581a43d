package com.credittown.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: ui -> workflows, tenants -> platform; inside a module, features without cycles and
 * with their internals to themselves ({@link FeatureRules}). Fails the build otherwise. Also keeps
 * Flowable's runtime services behind the workflow package's tenant-bound doors.
 */
@AnalyzeClasses(packages = "com.credittown", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependenciesArchTest {

    @ArchTest
    static final ArchRule platformDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("com.credittown.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.credittown.workflows..", "com.credittown.tenants..", "com.credittown.ui..");

    @ArchTest
    static final ArchRule workflowsDependOnlyOnPlatform = noClasses()
            .that().resideInAPackage("com.credittown.workflows..")
            .should().dependOnClassesThat().resideInAnyPackage("com.credittown.tenants..", "com.credittown.ui..");

    @ArchTest
    static final ArchRule tenantsDependOnlyOnPlatform = noClasses()
            .that().resideInAPackage("com.credittown.tenants..")
            .should().dependOnClassesThat().resideInAnyPackage("com.credittown.workflows..", "com.credittown.ui..");

    /**
     * The workflow package's doors to Flowable's runtime data, by purpose: published processes and starting cases,
     * open tasks under their access policy, task moves, case history, and the search and deadline projections.
     */
    static final String[] WORKFLOW_DOORS = {
            "com.credittown.platform.workflow.TenantProcesses",
            "com.credittown.platform.workflow.TenantTasks",
            "com.credittown.platform.workflow.TaskAccess",
            "com.credittown.platform.workflow.WorkTasks",
            "com.credittown.platform.workflow.TaskMoves",
            "com.credittown.platform.workflow.CaseHistory",
            "com.credittown.platform.workflow.CaseIndexProjection",
            "com.credittown.platform.workflow.DueTaskProjection"};

    @ArchTest
    static final ArchRule flowableRuntimeOnlyThroughTheWorkflowDoors = noClasses()
            .that().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[0])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[1])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[2])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[3])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[4])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[5])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[6])
            .and().doNotHaveFullyQualifiedName(WORKFLOW_DOORS[7])
            .should().dependOnClassesThat().haveFullyQualifiedName("org.flowable.engine.TaskService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.flowable.engine.RuntimeService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.flowable.engine.HistoryService")
            .because("every task, case and history query must be bound to the tenant in the workflow package's doors");

    /** Views and REST see processes, tasks and history as the project's records (WorkTask, CaseSummary, ...). */
    @ArchTest
    static final ArchRule flowableRecordsStayBehindTheDoors = noClasses()
            .that().resideInAnyPackage("com.credittown.workflows..", "com.credittown.ui..", "com.credittown.tenants..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.flowable.engine.repository.ProcessDefinition")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.flowable.task.api.Task")
            .orShould().dependOnClassesThat().resideInAPackage("org.flowable.engine.history..")
            .orShould().dependOnClassesThat().resideInAPackage("org.flowable.task.api.history..")
            .because("the workflow doors answer with the project's own records (ProcessVersion, WorkTask, CaseSummary)");

    @ArchTest
    static final ArchRule flowableInternalsOnlyInThePlatform = noClasses()
            .that().resideOutsideOfPackage("com.credittown.platform..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..impl..")
            .because("engine internals (CommandContextUtil, entities) bypass the tenant checks of the workflow doors");

    /** ADR 0003: the tenant has one door per entry kind, all in the tenancy package. */
    @ArchTest
    static final ArchRule onlyTheTenancyDoorsBindATenant = noClasses()
            .that().resideOutsideOfPackage("com.credittown.platform.tenancy..")
            .should().callMethod(com.credittown.platform.tenancy.TenantContext.class, "runAs",
                    com.credittown.platform.tenancy.TenantId.class, Runnable.class)
            .orShould().callMethod(com.credittown.platform.tenancy.TenantContext.class, "callAs",
                    com.credittown.platform.tenancy.TenantId.class, java.util.concurrent.Callable.class)
            .because("a tenant is bound only by the request filter, the Flowable job wrapper, TenantJobs and the city's"
                    + " read and write paths (docs/adr/0003-two-level-tenancy.md)");

    /** A process reaches the engine only through TenantDeployments: with the caller's tenant and a sandbox category. */
    @ArchTest
    static final ArchRule onlyTenantDeploymentsDeploys = noClasses()
            .that().doNotHaveFullyQualifiedName("com.credittown.platform.workflow.TenantDeployments")
            .should().callMethod(org.flowable.engine.RepositoryService.class, "createDeployment")
            .because("a deployment without the current tenant or without its DeploymentCategory would escape tenant"
                    + " isolation or the expression sandbox (docs/security.md)");

    /**
     * City templates and tenant designs are published down one path (issue #17): only the publishing feature deploys a
     * tenant's process; the platform-internal supervision process is deployed at provisioning by its own feature.
     */
    @ArchTest
    static final ArchRule onlyPublishingDeploysTenantProcesses = noClasses()
            .that().resideInAPackage("com.credittown.workflows..")
            .and().resideOutsideOfPackages("com.credittown.workflows.publishing..",
                    "com.credittown.workflows.supervision..")
            .should().callMethod(com.credittown.platform.workflow.TenantDeployments.class, "deploy", String.class,
                    com.credittown.platform.workflow.DeploymentCategory.class, String.class, byte[].class,
                    boolean.class)
            .because("a template adaptation or a design deployed outside the publishing feature would run without a"
                    + " published version recording who, when and why (docs/template-library.md, docs/designer.md)");

    /** Feature packages ({@code com.credittown.<module>.<feature>}) free of cycles, none excepted (ADR 0001). */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = FeatureRules.featuresFreeOfCycles();

    /** A feature's {@code internal} package is reached from that feature only (e.g. {@code workflows.ledger.internal}). */
    @ArchTest
    static final ArchRule featureInternalsStayInTheirFeature = FeatureRules.internalsStayInTheirFeature();

    /** The assessment ledger asks each feature's census API; it runs no query of its own (issue #17). */
    @ArchTest
    static final ArchRule theLedgerQueriesNoOtherFeaturesEntities = noClasses()
            .that().resideInAPackage("com.credittown.workflows.ledger..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAPackage("com.credittown.workflows..")
                    .and(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                            .annotatedWith(jakarta.persistence.Entity.class)))
            .because("the ledger's figures come from each feature's census API (docs/ledgers.md)");

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses()
            .that().resideInAPackage("com.credittown.ui..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class);
}
