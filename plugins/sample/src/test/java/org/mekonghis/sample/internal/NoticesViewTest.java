package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.platform.testing.fakes.MutableClock;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;

class NoticesViewTest {
    /** Renders a key and its arguments, so tests see which translation was asked for. */
    private static final Messages MESSAGES = new Messages() {
        @Override
        public List<Locale> locales() {
            return List.of(VIETNAMESE, Locale.ENGLISH);
        }

        @Override
        public String get(Locale locale, String key, Object... arguments) {
            return locale.getLanguage() + ":" + key + (arguments.length == 0 ? ""
                    : Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")")));
        }
    };

    private static TestDatabase database;
    private NoticeBoardImpl board;
    private NoticesViewContribution contribution;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void setUp() {
        database.reset();
        FakeSecurityContext security = FakeSecurityContext.signedIn("u-1", "Phạm Văn Nam", NoticeBoard.PERMISSION);
        board = new NoticeBoardImpl(database, security, new MutableClock(Instant.parse("2025-03-01T01:05:00Z")));
        contribution = new NoticesViewContribution(board, new ActivityLog(database, security), MESSAGES,
                configuration(Map.of()));
        UI.setCurrent(new UI());
    }

    @AfterEach
    void tearDown() {
        UI.setCurrent(null);
    }

    private static Configuration configuration(Map<String, String> values) {
        return new Configuration() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public int getInt(String key, int defaultValue) {
                return get(key).map(Integer::parseInt).orElse(defaultValue);
            }

            @Override
            public boolean getBoolean(String key, boolean defaultValue) {
                return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
            }

            @Override
            public java.time.Duration getDuration(String key, java.time.Duration defaultValue) {
                return defaultValue;
            }
        };
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(NoticesViewTest::descendants));
    }

    private static <T extends Component> T find(Component root, String id, Class<T> type) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst()
                .map(type::cast)
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    private Component open(Locale locale) {
        return contribution.createView(new ViewContext(List.of(), Map.of(), locale, null));
    }

    @Test
    void contribution_declaresRouteMenuPermissionAndIcon() {
        assertThat(contribution.route()).isEqualTo("sample/notices");
        assertThat(contribution.titleKey()).isEqualTo("sample.menu.notices");
        assertThat(contribution.permission()).isEqualTo("sample.notices");
        assertThat(contribution.icon()).isEqualTo("vaadin:clipboard-text");
    }

    @Test
    void view_translatesItsTextsInTheUsersLocale() {
        Component view = open(Locale.ENGLISH);

        assertThat(find(view, "sample-notice-post", Button.class).getText()).isEqualTo("en:sample.form.post");
        assertThat(find(view, "sample-notice-title", TextField.class).getLabel()).isEqualTo("en:sample.form.title");
    }

    @Test
    void clickingPost_withEmptyTitle_marksTheTitleInvalidAndStoresNothing() {
        Component view = open(Messages.VIETNAMESE);

        find(view, "sample-notice-post", Button.class).click();

        TextField title = find(view, "sample-notice-title", TextField.class);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("vi:sample.error.titleRequired");
        assertThat(database.rows("smp_notice")).isZero();
    }

    @Test
    void clickingPost_withTitle_postsTheNoticeAndListsIt() {
        Component view = open(Messages.VIETNAMESE);
        find(view, "sample-notice-title", TextField.class).setValue("Họp giao ban");
        find(view, "sample-notice-body", TextArea.class).setValue("Phòng họp tầng 3");

        find(view, "sample-notice-post", Button.class).click();

        assertThat(board.list(10)).extracting(NoticeDto::title).containsExactly("Họp giao ban");
        assertThat(find(view, "sample-notice-title", TextField.class).getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<NoticeDto> grid = find(view, "sample-notice-grid", Grid.class);
        assertThat(grid.getGenericDataView().getItems()).extracting(NoticeDto::title).containsExactly("Họp giao ban");
    }

    @Test
    void postingTime_isShownDayFirstInTheHospitalsZone() {
        NoticesView view = (NoticesView) open(Messages.VIETNAMESE);

        // 01:05 UTC is 08:05 in Vietnam (UTC+7, no daylight saving)
        assertThat(view.format(Instant.parse("2025-03-01T01:05:00Z"))).isEqualTo("01/03/2025 08:05");
    }

    @Test
    void activityList_saysSoWhenEmpty() {
        Component view = open(Messages.VIETNAMESE);

        UnorderedList list = find(view, "sample-activity", UnorderedList.class);
        assertThat(list.getElement().getTextRecursively()).isEqualTo("vi:sample.activity.empty");
    }
}
