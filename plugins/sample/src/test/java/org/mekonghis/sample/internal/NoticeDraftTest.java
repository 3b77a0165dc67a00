package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekonghis.sample.api.InvalidNoticeException;
import org.mekonghis.sample.api.NoticeBoard;

class NoticeDraftTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "\t\n" })
    void of_withoutTitle_throwsTitleRequired(String title) {
        InvalidNoticeException e = catchThrowableOfType(InvalidNoticeException.class, () -> NoticeDraft.of(title, "body"));

        assertThat(e.code()).isEqualTo("SMP-0001");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.field()).isEqualTo("title");
        assertThat(e.messageKey()).isEqualTo("sample.error.titleRequired");
        assertThat(e.getMessage()).startsWith("SMP-0001: ");
    }

    @Test
    void of_withTitleAtMaximum_accepts() {
        String title = "T".repeat(NoticeBoard.TITLE_MAX_LENGTH);

        assertThat(NoticeDraft.of(title, null).title()).isEqualTo(title);
    }

    @Test
    void of_withTitleOverMaximum_throwsTitleTooLongNamingTheLimit() {
        InvalidNoticeException e = catchThrowableOfType(InvalidNoticeException.class,
                () -> NoticeDraft.of("T".repeat(NoticeBoard.TITLE_MAX_LENGTH + 1), null));

        assertThat(e.code()).isEqualTo("SMP-0002");
        assertThat(e.field()).isEqualTo("title");
        assertThat(e.arguments()).containsExactly(NoticeBoard.TITLE_MAX_LENGTH);
    }

    @Test
    void of_withBodyAtMaximum_accepts() {
        String body = "b".repeat(NoticeBoard.BODY_MAX_LENGTH);

        assertThat(NoticeDraft.of("Title", body).body()).isEqualTo(body);
    }

    @Test
    void of_withBodyOverMaximum_throwsBodyTooLong() {
        InvalidNoticeException e = catchThrowableOfType(InvalidNoticeException.class,
                () -> NoticeDraft.of("Title", "b".repeat(NoticeBoard.BODY_MAX_LENGTH + 1)));

        assertThat(e.code()).isEqualTo("SMP-0003");
        assertThat(e.field()).isEqualTo("body");
        assertThat(e.arguments()).containsExactly(NoticeBoard.BODY_MAX_LENGTH);
    }

    @Test
    void of_trimsValuesAndTreatsMissingBodyAsEmpty() {
        NoticeDraft draft = NoticeDraft.of("  Họp giao ban  ", null);

        assertThat(draft.title()).isEqualTo("Họp giao ban");
        assertThat(draft.body()).isEmpty();
    }

    @Test
    void of_withDecomposedVietnamese_composesIt() {
        // "Họp" typed as H, o, combining dot below, p
        NoticeDraft draft = NoticeDraft.of("Ho\u0323p", "");

        assertThat(draft.title()).isEqualTo("H\u1ecdp").hasSize(3);
    }

    @Test
    void of_countsLengthAfterTrimming() {
        String title = "  " + "T".repeat(NoticeBoard.TITLE_MAX_LENGTH) + "  ";

        assertThat(NoticeDraft.of(title, "").title()).hasSize(NoticeBoard.TITLE_MAX_LENGTH);
    }
}
