package network.khata.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries the card draws, held by the code itself (issue 23): each module depends only on the modules below it
 * ({@code api} ← {@code command-side}, {@code notifications-saga}, {@code projections} ← {@code query-side} ← {@code app}),
 * a controller reads through the query bus and never through JDBC, and the security filters do not reach into the web
 * controllers' package. Inside a module, features are the second axis: the features' packages form no cycle, and one
 * feature asks another's questions over the query bus, never by calling its query handlers.
 */
class ArchitectureTest {
    private static final JavaClasses production = ProductionClasses.all();

    private static void holds(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void apiIsOnlyMessagesAndValuesThatNoModuleOwns() {
        holds(noClasses().that().resideInAPackage("network.khata.api..").should().dependOnClassesThat()
                .resideInAnyPackage("network.khata.command..", "network.khata.notifications..", "network.khata.projections..",
                        "network.khata.query..", "network.khata.app.."));
    }

    @Test
    void apiKnowsNoSpringNoServletAndNoDatabase() {
        holds(noClasses().that().resideInAPackage("network.khata.api..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql.."));
    }

    @Test
    void aggregatesKnowNoReadModelNoSagaAndNoWeb() {
        holds(noClasses().that().resideInAPackage("network.khata.command..").should().dependOnClassesThat()
                .resideInAnyPackage("network.khata.notifications..", "network.khata.projections..", "network.khata.query..",
                        "network.khata.app.."));
    }

    @Test
    void projectionsWriteFromEventsAlone() {
        holds(noClasses().that().resideInAPackage("network.khata.projections..").should().dependOnClassesThat()
                .resideInAnyPackage("network.khata.command..", "network.khata.notifications..", "network.khata.query..",
                        "network.khata.app.."));
    }

    @Test
    void theDeliverySagaSendsCommandsAndAsksQueriesThroughMessages() {
        holds(noClasses().that().resideInAPackage("network.khata.notifications..").should().dependOnClassesThat()
                .resideInAnyPackage("network.khata.command..", "network.khata.projections..", "network.khata.query..",
                        "network.khata.app.."));
    }

    @Test
    void readsDependOnReadModelsNotOnAggregatesOrTheWebApp() {
        holds(noClasses().that().resideInAPackage("network.khata.query..").should().dependOnClassesThat()
                .resideInAnyPackage("network.khata.command..", "network.khata.notifications..", "network.khata.app.."));
    }

    @Test
    void noControllerTalksToTheDatabase() {
        holds(classes().that().areAnnotatedWith(RestController.class).should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.springframework.jdbc..", "javax.sql..", "java.sql.."));
    }

    @Test
    void securityDoesNotReachIntoTheControllers() {
        holds(noClasses().that().resideInAPackage("network.khata.app.security..").should().dependOnClassesThat()
                .resideInAPackage("network.khata.app.web.."));
    }

    @Test
    void theFeaturesOfAModuleFormNoCycle() {
        holds(slices().matching("network.khata.(*).(*)..").namingSlices("$1 $2").should().beFreeOfCycles());
    }

    @Test
    void aFeatureAsksAnotherFeaturesQuestionsOverTheQueryBus() {
        assertThat(production.that(ANSWER_QUERIES)).as("the query handlers' classes").hasSizeGreaterThan(20);
        holds(classes().that(ANSWER_QUERIES).should(new ArchCondition<>("be used only by their own feature's package") {
            @Override
            public void check(JavaClass handlers, ConditionEvents events) {
                for (Dependency use : handlers.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    if (user.getPackageName().startsWith("network.khata.")
                            && !user.getPackageName().equals(handlers.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        }));
    }

    private static final DescribedPredicate<JavaClass> ANSWER_QUERIES = new DescribedPredicate<>("answer queries") {
        @Override
        public boolean test(JavaClass candidate) {
            return candidate.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(QueryHandler.class));
        }
    };
}
