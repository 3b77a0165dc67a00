package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.testing.fakes.MutableClock;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;

class SampleContributionsTest {

    /** Records what the contributions ask of the board. */
    private static final class RecordingBoard implements NoticeBoard {
        final List<String> posted = new ArrayList<>();
        Instant archivedBefore;

        @Override
        public NoticeDto post(String title, String body) {
            posted.add(title + " | " + body);
            return new NoticeDto("id", title, body, "System", "system", Instant.EPOCH, false);
        }

        @Override
        public List<NoticeDto> list(int limit) {
            return List.of();
        }

        @Override
        public NoticeDto archive(String noticeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int archivePostedBefore(Instant cutoff) {
            archivedBefore = cutoff;
            return 0;
        }

        @Override
        public long count() {
            return posted.size();
        }
    }

    private static Configuration configuration(Map<String, Duration> durations) {
        return new Configuration() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public int getInt(String key, int defaultValue) {
                return defaultValue;
            }

            @Override
            public boolean getBoolean(String key, boolean defaultValue) {
                return defaultValue;
            }

            @Override
            public Duration getDuration(String key, Duration defaultValue) {
                return durations.getOrDefault(key, defaultValue);
            }
        };
    }

    @Test
    void permissions_declareSampleNoticesWithATranslatedName() {
        assertThat(new SamplePermissions().permissions())
                .containsExactly(new PermissionDefinition("sample.notices", "sample.permission.notices"));
    }

    @Test
    void demoData_postsThreeNoticesInVietnamese() {
        RecordingBoard board = new RecordingBoard();
        List<Locale> asked = new ArrayList<>();
        Messages messages = new Messages() {
            @Override
            public List<Locale> locales() {
                return List.of(VIETNAMESE);
            }

            @Override
            public String get(Locale locale, String key, Object... arguments) {
                asked.add(locale);
                return key;
            }
        };
        SampleDemoData demo = new SampleDemoData(board, messages);

        demo.load();

        assertThat(demo.id()).isEqualTo("sample.notices");
        assertThat(board.posted).containsExactly(
                "sample.demo.vaccination.title | sample.demo.vaccination.body",
                "sample.demo.fireDrill.title | sample.demo.fireDrill.body",
                "sample.demo.wardMeeting.title | sample.demo.wardMeeting.body");
        assertThat(asked).containsOnly(Messages.VIETNAMESE);
    }

    @Test
    void archiveJob_archivesNoticesOlderThanTheConfiguredAge() {
        RecordingBoard board = new RecordingBoard();
        Instant now = Instant.parse("2025-03-31T00:00:00Z");
        NoticeArchiveJob job = new NoticeArchiveJob(board,
                configuration(Map.of("sample.board.max-age", Duration.ofDays(7))), new MutableClock(now));

        job.run();

        assertThat(board.archivedBefore).isEqualTo(Instant.parse("2025-03-24T00:00:00Z"));
        assertThat(job.id()).isEqualTo("sample.archive-old-notices");
        assertThat(job.interval()).isEqualTo(Duration.ofHours(1));
    }
}
