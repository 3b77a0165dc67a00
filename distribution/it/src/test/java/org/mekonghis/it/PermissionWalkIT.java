package org.mekonghis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Walks every permission that every bundle of the distribution (and the sample plugin) declares,
 * and proves that the service behind it refuses a principal without it and serves one with it.
 * A bundle that declares a permission without a probe here fails the test: permissions are
 * checked in services, so every one of them must be provable.
 */
class PermissionWalkIT {

    @TempDir
    Path home;

    /** How one permission is exercised: by calling a service, or a REST endpoint. */
    private interface Probe {
        /** Runs the protected operation as a principal holding exactly {@code permissions}; true when allowed. */
        boolean allowed(TestPlatform p, Set<String> permissions) throws Exception;
    }

    /** An argument made inside the bundle: a record of its API with every component null. */
    private record Blank(String recordClass) {
        Object in(Bundle bundle) throws Exception {
            Class<?> type = bundle.loadClass(recordClass);
            var components = type.getRecordComponents();
            Class<?>[] types = Stream.of(components).map(c -> c.getType()).toArray(Class<?>[]::new);
            Object[] values = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                if (types[i].isPrimitive()) {
                    values[i] = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0);
                }
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        }
    }

    private static Probe service(String bundle, String serviceInterface, String method, Object... given) {
        return (p, permissions) -> {
            Bundle b = p.bundle(bundle).orElseThrow(() -> new AssertionError(bundle + " not installed"));
            Object[] args = given.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Blank blank) {
                    args[i] = blank.in(b);
                }
            }
            ServiceReference<?> ref = b.getBundleContext().getServiceReference(serviceInterface);
            Object service = b.getBundleContext().getService(ref);
            Method m = Stream.of(service.getClass().getMethods()).filter(x -> x.getName().equals(method)
                    && x.getParameterCount() == args.length).findFirst().orElseThrow();
            return callAs(p, permissions, () -> {
                try {
                    m.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            });
        };
    }

    private static Probe platformService(Class<?> type, String method, Object... args) {
        return (p, permissions) -> {
            Object service = p.service(type);
            Method m = Stream.of(type.getMethods()).filter(x -> x.getName().equals(method)
                    && x.getParameterCount() == args.length).findFirst().orElseThrow();
            return callAs(p, permissions, () -> {
                try {
                    m.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            });
        };
    }

    /**
     * A REST call made with an API client's token: scoped to {@code target} when the principal
     * should hold it, otherwise to some other declared permission (a client needs at least one).
     */
    private static Probe rest(String method, String path, String target) {
        return (p, permissions) -> {
            String other = target.equals("security.roles.manage") ? "security.users.manage" : "security.roles.manage";
            p.useToken(apiClientToken(p, permissions.contains(target) ? Set.of(target) : Set.of(other)));
            HttpResponse<String> r = method.equals("GET") ? p.get(path) : p.post(path, "");
            p.useToken(null);
            if (r.statusCode() == 401) {
                fail("the API client's token was refused: " + r.body());
            }
            return r.statusCode() != 403;
        };
    }

    private interface Action {
        void run() throws Exception;
    }

    private static boolean callAs(TestPlatform p, Set<String> permissions, Action action) throws Exception {
        Principal who = new Principal("walker", "walker", "Permission walker", Principal.Kind.USER, permissions);
        try {
            p.service(SecurityContext.class).runAs(who, ClientInfo.LOCAL, () -> {
                action.run();
                return null;
            });
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (MekongException e) {
            // Refused input or an unknown record: the permission check, which comes first, passed.
            return true;
        }
    }

    private static int clients;

    /** Creates an API client through the security bundle's own service, as an administrator would. */
    private static String apiClientToken(TestPlatform p, Set<String> scopes) throws Exception {
        Bundle b = p.bundle("org.mekonghis.security").orElseThrow();
        ServiceReference<?> ref = b.getBundleContext().getServiceReference("org.mekonghis.security.api.ApiClientService");
        Object service = b.getBundleContext().getService(ref);
        Method create = Stream.of(service.getClass().getMethods()).filter(m -> m.getName().equals("create"))
                .findFirst().orElseThrow();
        Principal admin = new Principal("admin-test", "admin", "Admin", Principal.Kind.USER,
                Set.of(Principal.ALL_PERMISSIONS));
        Object issued = p.service(SecurityContext.class).runAs(admin, ClientInfo.LOCAL,
                () -> create.invoke(service, "walker-" + (++clients), scopes, null));
        return (String) issued.getClass().getMethod("token").invoke(issued);
    }

    private static Map<String, Probe> probes() {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("platform.admin", rest("GET", "/api/platform/bundles", "platform.admin"));
        probes.put(AuditTrail.PERMISSION, platformService(AuditTrail.class, "search", AuditTrail.Filter.ALL, 0, 5));
        probes.put("platform.backup", rest("POST", "/api/platform/backup", "platform.backup"));
        probes.put("security.users.manage", service("org.mekonghis.security", "org.mekonghis.security.api.UserService",
                "search", "", 0, 5));
        probes.put("security.roles.manage", service("org.mekonghis.security", "org.mekonghis.security.api.RoleService",
                "list"));
        probes.put("security.clients.manage", service("org.mekonghis.security",
                "org.mekonghis.security.api.ApiClientService", "list"));
        probes.put("sample.notices", rest("GET", "/api/sample/notices", "sample.notices"));
        String patients = "org.mekonghis.patient.api.PatientService";
        probes.put("patient.read", service("org.mekonghis.patient", patients, "search", "", null, null, 0, 5));
        probes.put("patient.register", service("org.mekonghis.patient", patients, "registerUnidentified",
                new Blank("org.mekonghis.patient.api.UnidentifiedPatientDraft")));
        probes.put("patient.update", service("org.mekonghis.patient", patients, "update", "no-such-id",
                new Blank("org.mekonghis.patient.api.PatientDraft")));
        probes.put("patient.void", service("org.mekonghis.patient", patients, "voidPatient", "no-such-id", "x"));
        probes.put("patient.merge", service("org.mekonghis.patient", patients, "merge", "no-such-id", "other", "x"));
        probes.put("patient.catalog.admin", service("org.mekonghis.patient", patients, "importCommunes",
                new StringReader("code,name,provinceCode\n")));
        String encounters = "org.mekonghis.encounter.api.EncounterService";
        String inpatients = "org.mekonghis.encounter.api.InpatientService";
        probes.put("encounter.read", service("org.mekonghis.encounter", encounters, "departments"));
        probes.put("encounter.open", service("org.mekonghis.encounter", encounters, "open",
                new Blank("org.mekonghis.encounter.api.EncounterDraft")));
        probes.put("encounter.close", service("org.mekonghis.encounter", encounters, "close", "no-such-id",
                new Blank("org.mekonghis.encounter.api.Closing")));
        probes.put("encounter.queue", service("org.mekonghis.encounter", encounters, "finishConsultation",
                "no-such-id"));
        probes.put("encounter.diagnose", service("org.mekonghis.encounter", encounters, "setDiagnoses", "no-such-id",
                "J00", List.of()));
        probes.put("encounter.inpatient", service("org.mekonghis.encounter", inpatients, "endLeave", "no-such-id"));
        probes.put("encounter.admin", service("org.mekonghis.encounter", "org.mekonghis.encounter.api.DepartmentService",
                "updateRoom", "no-such-room", new Blank("org.mekonghis.encounter.api.RoomDto")));
        String icd10 = "org.mekonghis.terminology.api.Icd10Service";
        probes.put("terminology.read", service("org.mekonghis.terminology", icd10, "search", "viem", 5));
        probes.put("terminology.admin", service("org.mekonghis.terminology", icd10, "importCsv",
                new StringReader("code,name_vi\n")));
        return probes;
    }

    private static List<Path> jars(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void everyDeclaredPermission_isRefusedWithout_andAllowedWith() throws Exception {
        Path dist = Path.of(System.getProperty("mekong.it.distribution"));
        TestPlatform.Builder builder = TestPlatform.builder(home).setting("admin.password", TestPlatform.ADMIN_PASSWORD);
        for (Path jar : jars(dist.resolve("bundles"))) {
            builder.coreBundle(jar);
        }
        for (Path jar : jars(dist.resolve("plugins"))) {
            builder.plugin(jar);
        }
        builder.plugin(Installation.samplePlugin());
        try (TestPlatform p = builder.start()) {
            Set<String> declared = new TreeSet<>();
            for (ServiceReference<PermissionContribution> ref : p.platform().bundleContext()
                    .getServiceReferences(PermissionContribution.class, null)) {
                p.platform().bundleContext().getService(ref).permissions().forEach(d -> declared.add(d.id()));
            }
            Map<String, Probe> probes = probes();
            assertThat(probes.keySet()).as("a probe for every declared permission").containsAll(declared);
            assertThat(declared).as("every probe's permission is declared").containsAll(probes.keySet());
            for (String permission : declared) {
                Probe probe = probes.get(permission);
                assertThat(probe.allowed(p, Set.of())).as("%s refused without the permission", permission).isFalse();
                assertThat(probe.allowed(p, Set.of("unrelated.permission")))
                        .as("%s refused with another permission", permission).isFalse();
                assertThat(probe.allowed(p, Set.of(permission))).as("%s allowed with the permission", permission)
                        .isTrue();
            }
        }
    }
}
