package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.platform.testing.fakes.MutableClock;
import org.mekonghis.sample.api.InvalidNoticeException;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;
import org.mekonghis.sample.api.NoticeNotFoundException;
import org.mekonghis.sample.api.NoticePosted;

class NoticeBoardImplTest {
    private static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    private static TestDatabase database;
    private FakeSecurityContext security;
    private MutableClock clock;
    private NoticeBoardImpl board;

    @BeforeEach
    void setUp() {
        database.reset();
        security = FakeSecurityContext.signedIn("u-17", "Nguyễn Thị Lan", NoticeBoard.PERMISSION);
        clock = new MutableClock(START);
        board = new NoticeBoardImpl(database, security, clock);
    }

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void post_storesTheNoticeSignedByTheCurrentPrincipal() {
        NoticeDto notice = board.post("  Họp giao ban khoa Nội  ", "Phòng họp tầng 3");

        assertThat(notice.id()).hasSize(36);
        assertThat(notice.title()).isEqualTo("Họp giao ban khoa Nội");
        assertThat(notice.body()).isEqualTo("Phòng họp tầng 3");
        assertThat(notice.author()).isEqualTo("Nguyễn Thị Lan");
        assertThat(notice.authorId()).isEqualTo("u-17");
        assertThat(notice.postedAt()).isEqualTo(START);
        assertThat(notice.archived()).isFalse();
        assertThat(board.list(10)).containsExactly(notice);
    }

    @Test
    void post_publishesNoticePostedWithTheStoredValues() {
        NoticeDto notice = board.post("Diễn tập PCCC", "");

        assertThat(database.committedEvents())
                .containsExactly(new NoticePosted(notice.id(), "Diễn tập PCCC", "Nguyễn Thị Lan", START));
    }

    @Test
    void post_withInvalidInput_storesNothingAndPublishesNothing() {
        assertThatThrownBy(() -> board.post(" ", "body")).isInstanceOf(InvalidNoticeException.class);
        assertThatThrownBy(() -> board.post("x".repeat(201), "body")).isInstanceOf(InvalidNoticeException.class);
        assertThatThrownBy(() -> board.post("Title", "x".repeat(4001))).isInstanceOf(InvalidNoticeException.class);

        assertThat(database.rows("smp_notice")).isZero();
        assertThat(database.committedEvents()).isEmpty();
    }

    @Test
    void post_withoutPermission_throwsAccessDeniedAndStoresNothing() {
        security.signIn(new Principal("u-9", "cashier", "Thu ngân", Principal.Kind.USER, Set.of("billing.pay")));

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> board.post("Title", "Body"));

        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.permission()).isEqualTo("sample.notices");
        assertThat(database.rows("smp_notice")).isZero();
    }

    @Test
    void post_whenNobodyIsSignedIn_throwsNotAuthenticated() {
        NoticeBoardImpl anonymous = new NoticeBoardImpl(database, FakeSecurityContext.nobody(), clock);

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> anonymous.post("T", "B"));

        assertThat(e.httpStatus()).isEqualTo(401);
    }

    @Test
    void post_asSystem_isAllowed() throws Exception {
        NoticeDto notice = security.runAs(Principal.SYSTEM, () -> board.post("Demo", ""));

        assertThat(notice.author()).isEqualTo("System");
    }

    @Test
    void list_returnsNewestFirstUpToTheLimit() {
        NoticeDto first = board.post("First", "");
        clock.advance(Duration.ofMinutes(1));
        NoticeDto second = board.post("Second", "");
        clock.advance(Duration.ofMinutes(1));
        NoticeDto third = board.post("Third", "");

        assertThat(board.list(10)).containsExactly(third, second, first);
        assertThat(board.list(2)).containsExactly(third, second);
    }

    @Test
    void list_keepsPostingOrderWithinTheSameMillisecond() {
        List<String> titles = List.of("A", "B", "C", "D", "E");
        titles.forEach(t -> board.post(t, ""));

        assertThat(board.list(10)).extracting(NoticeDto::title).containsExactly("E", "D", "C", "B", "A");
    }

    @Test
    void list_withLimitBelowOne_throwsIllegalArgument() {
        assertThatThrownBy(() -> board.list(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void archive_takesTheNoticeOffTheBoardButKeepsIt() {
        NoticeDto kept = board.post("Kept", "");
        NoticeDto archived = board.post("Archived", "");

        NoticeDto result = board.archive(archived.id());

        assertThat(result.archived()).isTrue();
        assertThat(board.list(10)).containsExactly(kept);
        assertThat(board.count()).isEqualTo(1);
        assertThat(database.rows("smp_notice")).isEqualTo(2);
    }

    @Test
    void archive_twice_changesNothingMore() {
        NoticeDto notice = board.post("Once", "");
        board.archive(notice.id());

        assertThat(board.archive(notice.id()).archived()).isTrue();
        assertThat(database.rows("smp_notice")).isEqualTo(1);
    }

    @Test
    void archive_withUnknownId_throwsNoticeNotFound() {
        NoticeNotFoundException e = catchThrowableOfType(NoticeNotFoundException.class, () -> board.archive("nope"));

        assertThat(e.code()).isEqualTo("SMP-0004");
        assertThat(e.httpStatus()).isEqualTo(404);
    }

    @Test
    void archivePostedBefore_archivesOnlyOlderNotices() {
        board.post("Old", "");
        clock.advance(Duration.ofDays(40));
        NoticeDto recent = board.post("Recent", "");

        int archived = board.archivePostedBefore(clock.instant().minus(Duration.ofDays(30)));

        assertThat(archived).isEqualTo(1);
        assertThat(board.list(10)).containsExactly(recent);
    }

    @Test
    void count_countsNoticesOnTheBoard() {
        assertThat(board.count()).isZero();
        board.post("One", "");
        board.post("Two", "");

        assertThat(board.count()).isEqualTo(2);
    }
}
