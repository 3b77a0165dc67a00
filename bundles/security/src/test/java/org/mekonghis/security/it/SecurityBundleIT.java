package org.mekonghis.security.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/**
 * The security bundle as a core bundle of the real platform, on every supported database: the
 * first administrator, the token endpoint against good, bad, malformed and hostile input,
 * lockout and its end, and API client scopes and revocation.
 */
class SecurityBundleIT {
    private static final String BSN = "org.mekonghis.security";
    private static final String ADMIN_PASSWORD = "Benh-Vien-Tinh-2025";
    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", null, "it");

    @TempDir
    Path home;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private static Path securityJar() {
        return Path.of(System.getProperty("mekong.security.jar"));
    }

    /** What the audit log received, when the platform has no audit log yet and this test supplies one. */
    private final List<String> audited = new CopyOnWriteArrayList<>();

    private TestPlatform start(TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).coreBundle(securityJar())
                .setting("admin.password", ADMIN_PASSWORD)
                .setting("security.lockout.duration", "2s")
                .start();
        if (p.platform().service(AuditLog.class).isEmpty()) {
            SecurityContext security = p.service(SecurityContext.class);
            p.platform().bundleContext().registerService(AuditLog.class, (action, patientId, type, id, ok, detail) ->
                    audited.add(action + " " + security.current().map(Principal::username).orElse("-") + " " + ok),
                    null);
        }
        assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        p.service(AuthenticationService.class);
        return p;
    }

    private static boolean authUp(TestPlatform p) {
        try {
            return p.post("/api/auth/token", "{}").statusCode() == 400;
        } catch (Exception e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void firstStart_createsTheAdministratorWithTheConfiguredPassword_andTheDefaultRoles(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            AuthenticationService auth = p.service(AuthenticationService.class);
            AuthenticationService.LoginResult admin = auth.login("admin", ADMIN_PASSWORD, CLIENT);
            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(admin.principal().permissions()).containsExactly(Principal.ALL_PERMISSIONS);
            assertThat(p.queryLong("SELECT COUNT(*) FROM sec_user")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM sec_role")).isEqualTo(10);
            assertThat(p.queryLong("SELECT COUNT(*) FROM sec_user WHERE password_hash LIKE '$argon2id$v=19$%'"))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void firstStart_withoutConfiguredPassword_logsAGeneratedOneOnce_thatMustBeChanged(TestDatabase.Kind kind)
            throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).coreBundle(securityJar()).start()) {
            if (p.platform().service(AuditLog.class).isEmpty()) {
                p.platform().bundleContext().registerService(AuditLog.class, (a, pt, t, i, ok, d) -> { }, null);
            }
            AuthenticationService auth = p.service(AuthenticationService.class);
            List<ILoggingEvent> banners = appender.list.stream()
                    .filter(e -> e.getFormattedMessage().contains("FIRST ADMINISTRATOR CREATED")).toList();
            assertThat(banners).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.WARN);
            Matcher m = Pattern.compile("password: +(\\S+)").matcher(banners.getFirst().getFormattedMessage());
            assertThat(m.find()).isTrue();
            String password = m.group(1);
            assertThat(auth.login("admin", password, CLIENT).mustChangePassword()).isTrue();
            assertThat(appender.list.stream().filter(e -> e.getFormattedMessage().contains(password))).hasSize(1);
        } finally {
            root.detachAppender(appender);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tokenEndpoint_answersGoodBadMalformedAndHostileInput_withJsonAndNoStackTraces(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> authUp(p), "/api/auth/token served");
            HttpResponse<String> good = p.post("/api/auth/token",
                    "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
            assertThat(good.body()).contains("\"accessToken\"").contains("\"expiresIn\":3600");
            assertThat(good.headers().firstValue("Cache-Control")).contains("no-store");
            String token = good.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
            assertThat(p.service(AuthenticationService.class).authenticateToken(token, CLIENT)).get()
                    .extracting(Principal::username).isEqualTo("admin");

            String longName = "a".repeat(5000);
            record Case(String body, int status) {
            }
            for (Case c : List.of(
                    new Case("{\"username\":\"admin\",\"password\":\"wrong-password-1\"}", 401),
                    new Case("{\"username\":\"' OR 1=1 --\",\"password\":\"' OR '1'='1\"}", 401),
                    new Case("{\"username\":\"admin'--\",\"password\":\"x\"}", 401),
                    new Case("{\"username\":\"" + longName + "\",\"password\":\"" + longName + "\"}", 413),
                    new Case("{\"username\":\"" + "b".repeat(3000) + "\",\"password\":\"x\"}", 401),
                    new Case("{\"username\":\"nguyễn.văn.đức\",\"password\":\"Mật khẩu 😀\"}", 401),
                    new Case("{\"username\":\"\\u0000admin\",\"password\":\"x\"}", 401),
                    new Case("{not json", 400),
                    new Case("", 400),
                    new Case("[]", 400),
                    new Case("{\"username\":\"admin\"}", 400),
                    new Case("{\"username\":[\"admin\"],\"password\":{\"$ne\":null}}", 400))) {
                HttpResponse<String> r = p.post("/api/auth/token", c.body());
                String shown = c.body().length() > 60 ? c.body().substring(0, 60) + "..." : c.body();
                assertThat(r.statusCode()).as("answer to %s: %s", shown, r.body()).isEqualTo(c.status());
                assertThat(r.body()).as(shown).contains("\"error\"").contains("\"code\"").contains("\"message\"")
                        .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("wrong-password-1");
                assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            }
            // Still not locked: failures of other names do not count against the administrator.
            assertThat(p.post("/api/auth/token", "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(p.get("/api/auth/token").statusCode()).isEqualTo(405);
            // Without a token the platform refuses other paths itself; with one, this endpoint knows only /token.
            assertThat(p.post("/api/auth/other", "{}").statusCode()).isEqualTo(401);
            HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(p.baseUrl() + "/api/auth/other")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiveFailures_lockTheAccount_untilTheLockDurationHasPassed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            AuthenticationService auth = p.service(AuthenticationService.class);
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> auth.login("admin", "wrong-password-1", CLIENT))
                        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));
            }
            assertThatThrownBy(() -> auth.login("admin", "wrong-password-1", CLIENT))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("SEC-0002"));
            assertThatThrownBy(() -> auth.login("admin", ADMIN_PASSWORD, CLIENT))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("SEC-0002"));
            Thread.sleep(2100);
            assertThat(auth.login("admin", ADMIN_PASSWORD, CLIENT).principal().username()).isEqualTo("admin");
            if (!audited.isEmpty()) {
                assertThat(audited).contains(AuditAction.LOGIN_FAILED + " admin false", AuditAction.LOGIN + " admin true");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void apiClientToken_holdsOnlyItsScopes_andStopsWorkingWhenRevoked(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            AuthenticationService auth = p.service(AuthenticationService.class);
            SecurityContext security = p.service(SecurityContext.class);
            Principal admin = auth.login("admin", ADMIN_PASSWORD, CLIENT).principal();
            // The bundle's API classes differ from this class path's: call the service reflectively.
            Bundle bundle = p.bundle(BSN).orElseThrow();
            ServiceReference<?> ref = bundle.getBundleContext()
                    .getServiceReference("org.mekonghis.security.api.ApiClientService");
            Object clients = bundle.getBundleContext().getService(ref);
            Object issued = security.runAs(admin, CLIENT, () -> clients.getClass()
                    .getMethod("create", String.class, Set.class, Instant.class)
                    .invoke(clients, "lis-analyser-01", Set.of("security.users.manage"), null));
            String token = (String) issued.getClass().getMethod("token").invoke(issued);
            Object dto = issued.getClass().getMethod("client").invoke(issued);
            String clientId = (String) dto.getClass().getMethod("id").invoke(dto);
            assertThat(token).startsWith("mkc_");

            Principal client = auth.authenticateToken(token, CLIENT).orElseThrow();
            assertThat(client.kind()).isEqualTo(Principal.Kind.API_CLIENT);
            assertThat(client.permissions()).containsExactly("security.users.manage");
            assertThat(client.has("sample.notices")).isFalse();
            assertThat(client.has("security.clients.manage")).isFalse();
            assertThat(p.queryLong("SELECT COUNT(*) FROM sec_api_client WHERE token_hash = '" + token + "'")).isZero();

            security.runAs(admin, CLIENT, () -> clients.getClass().getMethod("revoke", String.class)
                    .invoke(clients, clientId));
            assertThat(auth.authenticateToken(token, CLIENT)).isEmpty();
            assertThat(auth.refresh(client)).isEmpty();
            bundle.getBundleContext().ungetService(ref);
        }
    }
}
