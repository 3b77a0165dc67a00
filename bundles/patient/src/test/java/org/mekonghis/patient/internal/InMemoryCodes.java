package org.mekonghis.patient.internal;

import java.util.Map;
import java.util.Set;

/** Catalog codes for validation tests: a few provinces, ethnic groups, nationalities and communes. */
record InMemoryCodes(Set<String> provinces, Set<String> ethnicities, Set<String> nationalities,
        Map<String, String> communeProvinces) implements KnownCodes {

    /** Hà Nội (with two communes on file), TP. Hồ Chí Minh (none on file) and the demo's provinces. */
    static final InMemoryCodes STANDARD = new InMemoryCodes(Set.of("01", "31", "48", "79", "86", "91", "92"),
            Set.of("01", "02", "04", "05", "06", "54"), Set.of("VN", "KR", "CN", "JP", "TW", "US", "AU", "FR", "LA",
                    "KH", "TH"), Map.of("00004", "01", "00007", "01"));

    @Override
    public boolean province(String code) {
        return provinces.contains(code);
    }

    @Override
    public boolean ethnicity(String code) {
        return ethnicities.contains(code);
    }

    @Override
    public boolean nationality(String code) {
        return nationalities.contains(code);
    }

    @Override
    public Commune commune(String provinceCode, String communeCode) {
        String province = communeProvinces.get(communeCode);
        if (province != null) {
            return province.equals(provinceCode) ? Commune.ACCEPTED : Commune.OTHER_PROVINCE;
        }
        return communeProvinces.containsValue(provinceCode) ? Commune.UNKNOWN : Commune.ACCEPTED;
    }
}
