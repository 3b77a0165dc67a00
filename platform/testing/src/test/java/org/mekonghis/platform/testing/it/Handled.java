package org.mekonghis.platform.testing.it;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per event the persistence test plugin's subscriber handled. */
@Entity
@Table(name = "tst_handled")
public class Handled {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", length = 36, nullable = false)
    private String eventId;

    protected Handled() {
    }

    public Handled(String id, String eventId) {
        this.id = id;
        this.eventId = eventId;
    }
}
