package org.mekonghis.platform.testing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.testing.TestPlatform;

/** HTTPS with a configured key store, secure cookies, headers behind a proxy, and request limits. */
class HttpHardeningIT {

    @TempDir
    Path home;

    private Path keyStore() throws Exception {
        Path file = home.resolve("conf/his.p12");
        java.nio.file.Files.createDirectories(file.getParent());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "his", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "doi-mat-khau", "-keypass",
                "doi-mat-khau").redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        return file;
    }

    /** Trusts the test's self-signed certificate only for this client. */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static List<String> cookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie");
    }

    @Test
    void https_servesWithSecureHttpOnlyCookies_andTheSecurityHeaders() throws Exception {
        try (TestPlatform p = TestPlatform.builder(home).setting("https.keystore", keyStore().toString())
                .setting("https.keystore-password", "doi-mat-khau").setting("https.port", "0").start()) {
            int port = p.platform().httpsPort();
            assertThat(port).isPositive();
            HttpClient client = trustingClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(health.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'self'");
            assertThat(health.headers().firstValue("Referrer-Policy")).isPresent();

            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(cookies(page)).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").contains("Secure")
                    .containsIgnoringCase("HttpOnly"));

            HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(p.baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(cookies(plain)).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").doesNotContain("Secure")
                    .containsIgnoringCase("HttpOnly"));
        }
    }

    @Test
    void behindAProxy_forwardedHttps_makesTheCookieSecure() throws Exception {
        try (TestPlatform p = TestPlatform.builder(home).setting("http.forwarded", "true").start()) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(p.baseUrl() + "/"))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cookies(page)).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").contains("Secure"));
        }
    }

    @Test
    void oversizedHeaders_areRefused_andTheServerKeepsServing() throws Exception {
        try (TestPlatform p = TestPlatform.builder(home).start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(p.baseUrl() + "/api/health")).header("X-Padding", "x".repeat(64 * 1024)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(431);
            assertThat(p.get("/api/health").statusCode()).isEqualTo(200);
        }
    }
}
