package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.UserDetails;

/** The admin screens build from the services' data with the administrator signed in. */
class AdminViewsTest {
    private final SecurityFixture f = new SecurityFixture();

    @BeforeEach
    void setUp() {
        UI.setCurrent(new UI());
        f.security.signIn(SecurityFixture.ADMIN);
    }

    @AfterEach
    void tearDown() {
        UI.setCurrent(null);
        f.close();
    }

    private static Grid<?> grid(Component view, String id) {
        return (Grid<?>) view.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void usersView_listsTheAccounts() {
        f.users.create("bs.duc", new UserDetails("Nguyễn Văn Đức", JobTitle.DOCTOR, "CC-1", List.of()), Set.of(), null);
        UsersView view = new UsersView(f.users, new FakeMessages(), Locale.ENGLISH, ZoneId.of("Asia/Ho_Chi_Minh"),
                f.clock);
        assertThat(grid(view, "security-users-grid").getGenericDataView().getItems()).hasSize(2);
    }

    @Test
    void rolesView_andClientsView_build() {
        RolesView roles = new RolesView(f.roles, new FakeMessages(), Locale.ENGLISH);
        assertThat(roles.getChildren().count()).isEqualTo(3);
        f.clients.create("lis", Set.of("sample.notices"), null);
        ApiClientsView clients = new ApiClientsView(f.clients, new FakeMessages(), Locale.ENGLISH,
                ZoneId.of("Asia/Ho_Chi_Minh"), f.clock);
        assertThat(grid(clients, "security-clients-grid").getGenericDataView().getItems()).hasSize(1);
    }
}
