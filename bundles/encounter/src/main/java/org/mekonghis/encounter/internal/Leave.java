package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.encounter.api.LeaveOfAbsence;

/** A leave of absence of an inpatient; the bed stays reserved. Ended, never deleted. */
@Entity
@Table(name = "enc_leave")
public class Leave {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "encounter_id", length = 36, nullable = false)
    private String encounterId;

    /** The encounter id while the leave lasts, null after: one open leave per encounter. */
    @Column(name = "open_leave", length = 36, unique = true)
    private String openLeave;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", length = 100, nullable = false)
    private String startedBy;

    @Column(name = "until_day", nullable = false)
    private LocalDate untilDay;

    @Column(name = "reason", length = 500, nullable = false)
    private String reason;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    /** For JPA. */
    protected Leave() {
    }

    Leave(String id, String encounterId, LocalDate until, String reason, String by, Instant now) {
        this.id = id;
        this.encounterId = encounterId;
        this.openLeave = encounterId;
        this.untilDay = until;
        this.reason = reason;
        this.startedBy = by;
        this.startedAt = Encounter.utc(now);
    }

    void end(String by, Instant now) {
        this.openLeave = null;
        this.endedBy = by;
        this.endedAt = Encounter.utc(now);
    }

    LeaveOfAbsence toLeave() {
        return new LeaveOfAbsence(Encounter.instant(startedAt), untilDay, Encounter.instant(endedAt), reason);
    }
}
