package org.mekonghis.clinical.ui.patient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.CodeName;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.security.AccessDeniedException;

/**
 * Addresses as people read them ("12 Lý Thường Kiệt, Phường Hoàn Kiếm, Thành phố Hà Nội"), with
 * the names of the codes a record stores. Catalogs are read once per screen.
 */
public final class AddressNames {
    private final PatientService patients;
    private Map<String, String> provinces;
    private final Map<String, Map<String, String>> communes = new HashMap<>();

    public AddressNames(PatientService patients) {
        this.patients = patients;
    }

    public String format(Address a) {
        if (a == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        append(s, a.street());
        append(s, a.communeCode() == null ? null : communes(a.provinceCode()).getOrDefault(a.communeCode(),
                a.communeCode()));
        append(s, a.provinceCode() == null ? null : provinces().getOrDefault(a.provinceCode(), a.provinceCode()));
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(part);
        }
    }

    private Map<String, String> provinces() {
        if (provinces == null) {
            provinces = names(read(patients::provinces));
        }
        return provinces;
    }

    private Map<String, String> communes(String province) {
        if (province == null) {
            return Map.of();
        }
        return communes.computeIfAbsent(province, p -> names(read(() -> patients.communes(p))));
    }

    private static List<CodeName> read(Supplier<List<CodeName>> catalog) {
        try {
            return catalog.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private static Map<String, String> names(List<CodeName> list) {
        return list.stream().collect(Collectors.toMap(CodeName::code, CodeName::name, (a, b) -> a));
    }
}
