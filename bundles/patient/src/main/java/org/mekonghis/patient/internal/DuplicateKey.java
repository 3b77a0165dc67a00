package org.mekonghis.patient.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One key under which a patient is offered as a likely duplicate, with the birth year it is
 * looked up with. Derived from the name and birth year and rewritten with them; unidentified
 * records have none.
 */
@Entity
@Table(name = "pat_duplicate_key")
public class DuplicateKey {
    /** Names of fewer words would match far too widely with one word left out. */
    static final int MIN_WORDS_FOR_ONE_LEFT_OUT = 3;
    /** Marks the key of the name without spaces, so it never equals a key of words. */
    static final String COMPACT_PREFIX = "#";

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "patient_id", length = 36, nullable = false)
    private String patientId;

    @Column(name = "dup_key", length = 110, nullable = false)
    private String key;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    /** For JPA. */
    protected DuplicateKey() {
    }

    DuplicateKey(String patientId, int position, String key, int birthYear) {
        this.id = patientId + "-" + position;
        this.patientId = patientId;
        this.key = key;
        this.birthYear = birthYear;
    }

    /**
     * The keys of a name: its words sorted (the same whatever their order, case or diacritics),
     * for names of {@value #MIN_WORDS_FOR_ONE_LEFT_OUT} words or more the sorted words with each
     * word left out in turn, and the name without spaces. Two names share a key when they have
     * the same words, when one has one word more, when one word differs, or when they differ only
     * in spacing ("Thu Hà" and "Thuhà"). The full key comes first; empty for a blank name.
     */
    static List<String> keysOf(String name) {
        NameSearchKey search = NameSearchKey.of(name);
        List<String> words = search.tokens();
        Set<String> keys = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        keys.add(search.sorted());
        if (words.size() >= MIN_WORDS_FOR_ONE_LEFT_OUT) {
            List<String> sorted = List.of(search.sorted().split(" "));
            for (int i = 0; i < sorted.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (int j = 0; j < sorted.size(); j++) {
                    if (j != i) {
                        key.append(key.isEmpty() ? "" : " ").append(sorted.get(j));
                    }
                }
                keys.add(key.toString());
            }
        }
        if (words.size() > 1) {
            keys.add(COMPACT_PREFIX + String.join("", words));
        }
        return List.copyOf(keys);
    }

    String patientId() {
        return patientId;
    }

    String key() {
        return key;
    }
}
