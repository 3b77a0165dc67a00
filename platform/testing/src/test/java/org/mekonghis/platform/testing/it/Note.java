package org.mekonghis.platform.testing.it;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of the persistence test plugin. */
@Entity
@Table(name = "tst_note")
public class Note {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "text", length = 200, nullable = false)
    private String text;

    protected Note() {
    }

    public Note(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public String text() {
        return text;
    }
}
