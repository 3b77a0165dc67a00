package org.mekonghis.platform.ui.contrib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.ui.ChartTabContribution;
import org.mekonghis.platform.api.ui.RecordActionContribution;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.ui.shell.ErrorPanel;
import org.mekonghis.platform.ui.testing.EmbeddedFramework;
import org.mekonghis.platform.ui.testing.TestUiHost;
import org.osgi.framework.Bundle;

class UiContributionsImplTest {

    private static final Principal USER = new Principal("u-1", "admin", "Nguyễn Văn An", Principal.Kind.USER,
            Set.of("test.read"));

    private EmbeddedFramework felix;
    private TestUiHost host;
    private UiContributionsImpl contributions;
    private Bundle plugin;

    @BeforeEach
    void start() throws Exception {
        felix = EmbeddedFramework.start();
        host = new TestUiHost(felix.systemContext());
        contributions = new UiContributionsImpl(host);
        contributions.open();
        plugin = felix.installEmptyBundle("org.mekonghis.test.lab", "1.0.0");
    }

    @AfterEach
    void stop() throws Exception {
        contributions.close();
        felix.close();
    }

    private record Tab(String id, String permission, int order, boolean fails) implements ChartTabContribution {
        @Override
        public String titleKey() {
            return "test.tab.title";
        }

        @Override
        public Component createTab(String patientId, ViewContext context) {
            if (fails) {
                throw new IllegalStateException("tab broke");
            }
            return new Div("tab " + id + " for " + patientId + " by " + context.principal().username());
        }
    }

    private record Action(String id, String permission, boolean appliesFails, boolean performFails,
            List<String> performed) implements RecordActionContribution {
        @Override
        public String recordType() {
            return "billing.invoice";
        }

        @Override
        public String labelKey() {
            return "test.action.label";
        }

        @Override
        public boolean appliesTo(String recordId) {
            if (appliesFails) {
                throw new IllegalStateException("cannot decide");
            }
            return true;
        }

        @Override
        public void perform(String recordId, ViewContext context) {
            if (performFails) {
                throw new IllegalStateException("payment gateway down");
            }
            performed.add(recordId);
        }
    }

    /** Runs {@code work} as the launcher's filter would for a signed-in user. */
    private <T> T asUser(Callable<T> work) throws Exception {
        return host.security().runAs(USER, work);
    }

    private void register(Class<?> type, Object service) {
        plugin.getBundleContext().registerService(type.getName(), service, new Hashtable<>());
    }

    @Test
    void chartTabs_filtersByPermissionAndOrders() throws Exception {
        register(ChartTabContribution.class, new Tab("lab.results", "test.read", 20, false));
        register(ChartTabContribution.class, new Tab("emr.notes", null, 10, false));
        register(ChartTabContribution.class, new Tab("secret", "test.secret", 1, false));

        assertThat(asUser(contributions::chartTabs)).extracting(ChartTabContribution::id)
                .containsExactly("emr.notes", "lab.results");
    }

    @Test
    void chartTabs_goAwayWhenTheirBundleStops() throws Exception {
        register(ChartTabContribution.class, new Tab("lab.results", null, 20, false));
        assertThat(asUser(contributions::chartTabs)).hasSize(1);

        plugin.stop();

        assertThat(asUser(contributions::chartTabs)).isEmpty();
    }

    @Test
    void renderTab_ofAWorkingTab_returnsItsContent() throws Exception {
        Tab tab = new Tab("lab.results", null, 20, false);
        register(ChartTabContribution.class, tab);

        Component content = asUser(() -> contributions.renderTab(tab, "p-42"));

        assertThat(content).isInstanceOf(Div.class);
        assertThat(content.getElement().getText()).isEqualTo("tab lab.results for p-42 by admin");
    }

    @Test
    void renderTab_ofAFailingTab_returnsErrorPanelAndRecordsTheFailure() throws Exception {
        Tab tab = new Tab("lab.results", null, 20, true);
        register(ChartTabContribution.class, tab);

        Component content = asUser(() -> contributions.renderTab(tab, "p-42"));

        assertThat(content).isInstanceOf(ErrorPanel.class);
        assertThat(content.getElement().getAttribute("data-kind")).isEqualTo("error");
        assertThat(host.status().failures()).singleElement().satisfies(failure -> {
            assertThat(failure.bundle()).isEqualTo(plugin);
            assertThat(failure.activity()).isEqualTo("render chart tab lab.results");
            assertThat(failure.error()).hasMessage("tab broke");
        });
    }

    @Test
    void renderTab_withoutPermission_showsAccessDeniedAndRecordsNothing() throws Exception {
        Tab tab = new Tab("secret", "test.secret", 1, false);
        register(ChartTabContribution.class, tab);

        Component content = asUser(() -> contributions.renderTab(tab, "p-42"));

        assertThat(content).isInstanceOf(ErrorPanel.class);
        assertThat(content.getElement().getAttribute("data-kind")).isEqualTo("notice");
        assertThat(host.status().failures()).isEmpty();
    }

    @Test
    void actionBar_offersWorkingActionsSkipsBrokenOnesAndIsolatesFailingClicks() throws Exception {
        List<String> performed = new java.util.concurrent.CopyOnWriteArrayList<>();
        register(RecordActionContribution.class, new Action("pay.qr", null, false, false, performed));
        register(RecordActionContribution.class, new Action("pay.broken", null, true, false, performed));
        register(RecordActionContribution.class, new Action("pay.down", null, false, true, performed));
        register(RecordActionContribution.class, new Action("pay.secret", "test.secret", false, false, performed));

        Component bar = asUser(() -> contributions.actionBar("billing.invoice", "inv-7"));

        List<Button> buttons = bar.getChildren().map(Button.class::cast).toList();
        assertThat(buttons).extracting(b -> b.getElement().getAttribute("data-action"))
                .containsExactlyInAnyOrder("pay.qr", "pay.down");
        assertThat(buttons).allSatisfy(b -> assertThat(b.getText()).isEqualTo("Thanh toán QR"));
        assertThat(host.status().failures()).extracting(TestUiHost.Failure::activity)
                .containsExactly("check action pay.broken");

        asUser(() -> {
            buttons.forEach(Button::click);
            return null;
        });

        assertThat(performed).containsExactly("inv-7");
        assertThat(host.status().failures()).extracting(TestUiHost.Failure::activity)
                .containsExactly("check action pay.broken", "perform action pay.down");
        assertThat(asUser(() -> contributions.actionsFor("other.type"))).isEmpty();
    }
}
