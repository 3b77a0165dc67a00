package org.mekonghis.encounter.api;

import java.util.List;

/**
 * The beds of a department and who holds them, at one moment.
 *
 * @param beds     the department's active beds (and inactive ones still occupied), by ward and bed code
 * @param occupied beds held by a patient, including patients on leave
 * @param free     the other beds
 * @since 1.2
 */
public record WardCensus(String departmentCode, List<BedCensus> beds, int occupied, int free) {

    public WardCensus {
        beds = List.copyOf(beds);
    }
}
