package network.khata.app.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.RequestNotification;
import network.khata.app.invoices.InvoiceController;
import network.khata.command.invoices.Invoice;
import network.khata.command.messaging.ChannelMessage;
import network.khata.notifications.delivery.Couriers;
import network.khata.notifications.delivery.MessageDeliverySaga;
import network.khata.notifications.planning.NotificationPlanner;
import network.khata.notifications.sms.SmsSender;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static network.khata.app.architecture.FeatureMap.MODULES;
import static network.khata.app.architecture.FeatureMap.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the drawing of the import graph by feature, docs/import-graph.md, is what the compiled classes draw (update
 * it with {@code -Dgraph.update=true}), and the path of a send goes controller, command, aggregate, event, planner, saga,
 * provider without climbing back: each step handles the message the step before sent, and depends on no earlier step.
 */
class ImportGraphTest {
    private static final Path DRAWING = ROOT.resolve("docs/import-graph.md");

    /** One step of a send: the class that takes the message, and what it hands on. */
    private record Step(Class<?> at, Class<?> takes, Class<? extends Annotation> by, Class<?> handsOn) {
    }

    private static final List<Step> SEND = List.of(
            new Step(InvoiceController.class, null, null, SendInvoice.class),
            new Step(Invoice.class, SendInvoice.class, CommandHandler.class, InvoiceSendRequested.class),
            new Step(NotificationPlanner.class, InvoiceSendRequested.class, EventHandler.class, RequestNotification.class),
            new Step(ChannelMessage.class, RequestNotification.class, CommandHandler.class, NotificationRequested.class),
            new Step(MessageDeliverySaga.class, NotificationRequested.class, SagaEventHandler.class, Couriers.class),
            new Step(Couriers.class, null, null, SmsSender.class),
            new Step(SmsSender.class, null, null, null));

    @Test
    void theDrawingIsWhatTheCodeDraws() throws IOException {
        String drawn = drawing(FeatureMap.read(), ProductionClasses.all());
        if (Boolean.getBoolean("graph.update")) {
            Files.writeString(DRAWING, drawn);
        }
        assertThat(Files.exists(DRAWING) ? Files.readString(DRAWING) : "")
                .as("docs/import-graph.md (update with -Dgraph.update=true)").isEqualTo(drawn);
    }

    @Test
    void aSendGoesDownTheModulesWithoutClimbingBack() {
        JavaClasses classes = ProductionClasses.all();
        for (int step = 0; step < SEND.size(); step++) {
            Step here = SEND.get(step);
            JavaClass at = classes.get(here.at());
            if (here.takes() != null) {
                assertThat(at.getMethods()).as("%s handles %s", here.at().getSimpleName(), here.takes().getSimpleName())
                        .anyMatch(method -> handles(method, here.by(), here.takes()));
            }
            if (here.handsOn() != null) {
                assertThat(at.getDirectDependenciesFromSelf()).as("%s hands on %s", here.at().getSimpleName(), here.handsOn().getSimpleName())
                        .anyMatch(use -> use.getTargetClass().isEquivalentTo(here.handsOn()));
            }
            for (Step earlier : SEND.subList(0, step)) {
                String behind = earlier.at().getPackageName();
                assertThat(at.getDirectDependenciesFromSelf()).as("%s climbs back to %s", here.at().getSimpleName(), behind)
                        .noneMatch(use -> use.getTargetClass().getPackageName().equals(behind)
                                && !use.getTargetClass().isEquivalentTo(here.at()) && !behind.equals(here.at().getPackageName()));
            }
        }
    }

    private static boolean handles(JavaMethod method, Class<? extends Annotation> by, Class<?> message) {
        return method.isAnnotatedWith(by) && !method.getRawParameterTypes().isEmpty()
                && method.getRawParameterTypes().get(0).isEquivalentTo(message);
    }

    /** Mermaid: each feature a box of its packages by module; an arrow where a feature's code uses another's classes. */
    static String drawing(FeatureMap map, JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = map.featureOf(origin.getPackageName());
            for (Dependency use : origin.getDirectDependenciesFromSelf()) {
                String target = use.getTargetClass().getBaseComponentType().getPackageName();
                String to = map.featureOf(target);
                if (from != null && to != null && !from.equals(to) && !to.equals("operations")
                        && !target.startsWith(MODULES.get("api") + ".")) {
                    uses.computeIfAbsent(from, feature -> new TreeSet<>()).add(to);
                }
            }
        }
        StringBuilder out = new StringBuilder("""
                # The import graph, by feature

                Drawn by `ImportGraphTest` from the compiled classes of every module, and checked by it on every build
                (after a change of structure: `mvn -pl app test -Dtest=ImportGraphTest -Dgraph.update=true`). Each box is a
                feature with its package in each module (docs/architecture.md, "Feature map"); an arrow says that code of
                one feature uses classes of another directly. Using another feature's messages and value types in `api`
                (commands, events, queries sent over Axon's buses) draws no arrow, and neither does using `operations`
                (the gateway, problems, configuration, paging), which every feature does.

                ```mermaid
                flowchart LR
                """);
        List<String> modules = new ArrayList<>(MODULES.keySet());
        for (FeatureMap.Row row : map.rows()) {
            out.append("  subgraph ").append(id(row.feature())).append("[\"").append(row.feature()).append("\"]\n");
            for (int column = 0; column < modules.size(); column++) {
                if (!row.packagesIn(column).isEmpty()) {
                    out.append("    ").append(id(row.feature())).append('_').append(column).append("[\"")
                            .append(modules.get(column)).append(": ").append(String.join(", ", row.packagesIn(column))).append("\"]\n");
                }
            }
            out.append("  end\n");
        }
        uses.forEach((from, targets) -> targets.forEach(to -> out.append("  ").append(id(from)).append(" --> ").append(id(to)).append('\n')));
        out.append("```\n\n## The path of a send\n\nEach step handles what the step before it sent, and none depends on an earlier one:\n\n```mermaid\nflowchart LR\n");
        for (int step = 0; step < SEND.size(); step++) {
            Step here = SEND.get(step);
            out.append("  s").append(step).append("[\"").append(moduleOf(here.at())).append(": ")
                    .append(here.at().getPackageName().substring(here.at().getPackageName().lastIndexOf('.') + 1)).append("<br/>")
                    .append(here.at().getSimpleName()).append("\"]\n");
        }
        for (int step = 1; step < SEND.size(); step++) {
            Class<?> message = SEND.get(step).takes();
            out.append("  s").append(step - 1).append(message == null ? " --> " : " -- " + message.getSimpleName() + " --> ")
                    .append('s').append(step).append('\n');
        }
        return out.append("```\n").toString();
    }

    private static String moduleOf(Class<?> type) {
        return MODULES.entrySet().stream().filter(module -> type.getPackageName().startsWith(module.getValue() + "."))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String id(String feature) {
        return feature.replaceAll("[^a-z]", "_");
    }
}
