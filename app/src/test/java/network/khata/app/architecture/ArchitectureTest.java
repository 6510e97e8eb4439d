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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    /**
     * What {@code api} holds besides messages and value types (records, enums, interfaces): the rules of its values, and
     * the logic that modules which have no other module in common must share (the card's modules are fixed; a copy in
     * each would be two places for one fact). Each entry says who shares it; a class not listed fails.
     */
    private static final Map<String, String> SHARED_IN_API = Map.ofEntries(
            Map.entry("network.khata.api.invoices.Money",
                    "the rupee's range and Indian digit grouping: every module that prints money"),
            Map.entry("network.khata.api.businesses.ChannelOrder",
                    "the default order of channels: command-side, the planner, reads"),
            Map.entry("network.khata.api.businesses.BusinessTimeZone",
                    "India's zone for a business that named none: every module"),
            Map.entry("network.khata.api.identity.NetworkIds",
                    "deterministic ids from natural keys: every module"),
            Map.entry("network.khata.api.identity.PhoneNumbers",
                    "one E.164 form: app, command-side (ids), projections (search)"),
            Map.entry("network.khata.api.identity.OtpCodec",
                    "a code sealed by command-side, opened by notifications-saga"),
            Map.entry("network.khata.api.identity.HmacSha256",
                    "the keyed hash under ids, codes and pay tokens"),
            Map.entry("network.khata.api.payments.PayTokens",
                    "pay links minted by notifications-saga and projections, opened by app"),
            Map.entry("network.khata.api.payments.PaymentLinks",
                    "the pay link of an invoice: notifications-saga, projections, query-side, app"),
            Map.entry("network.khata.api.reminders.ReminderSchedule",
                    "when reminders fall due: the reminder saga, query-side, app"),
            Map.entry("network.khata.api.memo.BoundedMemo",
                    "a bounded cache of pure functions: PhoneNumbers here, search keys in projections"));

    @Test
    void apiHoldsMessagesAndValueTypesAndOnlyTheLogicItsModulesCanShareNowhereElse() {
        holds(classes().that().resideInAPackage("network.khata.api..").and().areTopLevelClasses()
                .and(new DescribedPredicate<JavaClass>("no record, enum, interface or annotation") {
                    @Override
                    public boolean test(JavaClass type) {
                        return !type.isRecord() && !type.isEnum() && !type.isInterface() && !type.isAnnotation()
                                && !type.getSimpleName().equals("package-info");
                    }
                })
                .should(new ArchCondition<JavaClass>("be listed as shared in api, with who shares it") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!SHARED_IN_API.containsKey(type.getName())) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " is logic in api: move it to the module and feature that own it"));
                        }
                    }
                }));
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

    /**
     * A query's message lives in {@code api} when a module that cannot see query-side asks it (command-side,
     * notifications-saga, projections); otherwise beside its handler in query-side, where app's controllers see it.
     */
    @Test
    void aQueryIsInApiExactlyWhenAModuleBelowQuerySideAsksIt() {
        Set<JavaClass> queries = new HashSet<>();
        production.that(ANSWER_QUERIES).forEach(handlers -> handlers.getMethods().stream()
                .filter(method -> method.isAnnotatedWith(QueryHandler.class) && !method.getRawParameterTypes().isEmpty())
                .forEach(method -> queries.add(method.getRawParameterTypes().get(0))));
        assertThat(queries).hasSizeGreaterThan(30);
        for (JavaClass query : queries) {
            boolean askedFromBelow = query.getDirectDependenciesToSelf().stream().map(use -> use.getOriginClass().getPackageName())
                    .anyMatch(user -> user.startsWith("network.khata.notifications.") || user.startsWith("network.khata.command.")
                            || user.startsWith("network.khata.projections."));
            assertThat(query.getPackageName().startsWith("network.khata.api."))
                    .as("%s in api: asked from below query-side", query.getName()).isEqualTo(askedFromBelow);
        }
    }

    private static final DescribedPredicate<JavaClass> ANSWER_QUERIES = new DescribedPredicate<>("answer queries") {
        @Override
        public boolean test(JavaClass candidate) {
            return candidate.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(QueryHandler.class));
        }
    };
}
