package org.mekonghis.sample.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.sample.api.InvalidNoticeException;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;

/**
 * The notice board screen: a form to post a notice, the notices on the board and the latest
 * activity. A plain Vaadin component, built anew for each navigation; the services do the
 * work and the permission checks.
 */
final class NoticesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** Day first, 24-hour clock, as Vietnamese hospitals write dates. */
    static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";
    static final int ACTIVITY_LINES = 10;

    private final transient NoticeBoard board;
    private final transient ActivityLog activity;
    private final transient Messages messages;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final int pageSize;

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Grid<NoticeDto> notices = new Grid<>();
    private final UnorderedList activityList = new UnorderedList();

    NoticesView(NoticeBoard board, ActivityLog activity, Messages messages, Locale locale, ZoneId zone, int pageSize) {
        this.board = board;
        this.activity = activity;
        this.messages = messages;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, locale).withZone(zone);
        this.pageSize = pageSize;
        setId("sample-notices");
        activityList.setId("sample-activity");
        setSizeFull();

        add(new H2(t("sample.notices.heading")), form(), noticeGrid(), new H3(t("sample.activity.heading")),
                activityList);
        refresh();
    }

    private VerticalLayout form() {
        title.setId("sample-notice-title");
        title.setLabel(t("sample.form.title"));
        title.setMaxLength(NoticeBoard.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        body.setId("sample-notice-body");
        body.setLabel(t("sample.form.body"));
        body.setMaxLength(NoticeBoard.BODY_MAX_LENGTH);
        body.setWidthFull();
        title.addValueChangeListener(e -> title.setInvalid(false));
        body.addValueChangeListener(e -> body.setInvalid(false));

        Button post = new Button(t("sample.form.post"), e -> post());
        post.setId("sample-notice-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);

        VerticalLayout form = new VerticalLayout(title, body, post);
        form.setPadding(false);
        form.setMaxWidth("48rem");
        return form;
    }

    private Grid<NoticeDto> noticeGrid() {
        notices.setId("sample-notice-grid");
        notices.addColumn(NoticeDto::title).setHeader(t("sample.grid.title")).setFlexGrow(3);
        notices.addColumn(NoticeDto::author).setHeader(t("sample.grid.author")).setFlexGrow(1);
        notices.addColumn(n -> format(n.postedAt())).setHeader(t("sample.grid.postedAt")).setAutoWidth(true)
                .setFlexGrow(0);
        notices.addComponentColumn(this::archiveButton).setAutoWidth(true).setFlexGrow(0);
        notices.setItemDetailsRenderer(new ComponentRenderer<>(n -> new Paragraph(n.body())));
        notices.setEmptyStateText(t("sample.grid.empty"));
        notices.setAllRowsVisible(true);
        return notices;
    }

    private Button archiveButton(NoticeDto notice) {
        Button archive = new Button(t("sample.grid.archive"), e -> {
            try {
                board.archive(notice.id());
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        return archive;
    }

    private void post() {
        try {
            board.post(title.getValue(), body.getValue());
        } catch (InvalidNoticeException e) {
            markInvalid("body".equals(e.field()) ? body : title, e);
            return;
        } catch (MekongException e) {
            showError(e);
            return;
        }
        title.clear();
        body.clear();
        Notification.show(t("sample.form.posted")).addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
        title.focus();
    }

    private void markInvalid(HasValidation field, MekongException e) {
        field.setErrorMessage(messages.get(locale, e.messageKey(), e.arguments()));
        field.setInvalid(true);
    }

    private void showError(MekongException e) {
        Notification.show(messages.get(locale, e.messageKey(), e.arguments()))
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Reloads the notices and the activity feed; the new entry of a just-posted notice appears once delivered. */
    private void refresh() {
        notices.setItems(board.list(pageSize));
        activityList.removeAll();
        List<ActivityEntry> lines = activity.latest(ACTIVITY_LINES);
        if (lines.isEmpty()) {
            activityList.add(new ListItem(new Span(t("sample.activity.empty"))));
        }
        for (ActivityEntry line : lines) {
            activityList.add(new ListItem(
                    messages.get(locale, "sample.activity.noticePosted", line.actor(), format(line.recordedAt()))));
        }
    }

    /** A time as the screen shows it, e.g. {@code 01/03/2025 08:05}. */
    String format(Instant instant) {
        return dateTime.format(instant);
    }

    private String t(String key) {
        return messages.get(locale, key);
    }
}
