package org.mekonghis.patient.internal;

import jakarta.persistence.EntityManager;

/** The catalog codes validation checks a draft against. */
interface KnownCodes {

    /** Where a commune code stands against the catalog. */
    enum Commune {
        /** On file in the province, or the province has no communes on file yet. */
        ACCEPTED,
        /** Not on file although the province has communes on file. */
        UNKNOWN,
        /** On file, but in another province. */
        OTHER_PROVINCE
    }

    boolean province(String code);

    boolean ethnicity(String code);

    boolean nationality(String code);

    /** {@code communeCode} (5 digits) in {@code provinceCode} (a known province). */
    Commune commune(String provinceCode, String communeCode);

    /** The catalogs in the database of {@code em}. */
    static KnownCodes of(EntityManager em) {
        return new KnownCodes() {
            @Override
            public boolean province(String code) {
                return exists("SELECT COUNT(*) FROM pat_province WHERE code = ?1", code);
            }

            @Override
            public boolean ethnicity(String code) {
                return exists("SELECT COUNT(*) FROM pat_ethnicity WHERE code = ?1", code);
            }

            @Override
            public boolean nationality(String code) {
                return exists("SELECT COUNT(*) FROM pat_nationality WHERE code = ?1", code);
            }

            @Override
            public Commune commune(String provinceCode, String communeCode) {
                var found = em.createNativeQuery("SELECT province_code FROM pat_commune WHERE code = ?1")
                        .setParameter(1, communeCode).getResultList();
                if (!found.isEmpty()) {
                    return provinceCode.equals(found.get(0)) ? Commune.ACCEPTED : Commune.OTHER_PROVINCE;
                }
                // A fresh installation has no communes until an administrator imports them: until
                // the province has some on file, any well-formed code is taken as entered.
                boolean provinceHasCommunes = !em.createNativeQuery(
                        "SELECT code FROM pat_commune WHERE province_code = ?1")
                        .setParameter(1, provinceCode).setMaxResults(1).getResultList().isEmpty();
                return provinceHasCommunes ? Commune.UNKNOWN : Commune.ACCEPTED;
            }

            private boolean exists(String sql, String code) {
                return ((Number) em.createNativeQuery(sql).setParameter(1, code).getSingleResult()).longValue() > 0;
            }
        };
    }
}
