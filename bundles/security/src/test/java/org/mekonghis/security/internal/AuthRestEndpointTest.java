package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekonghis.platform.testing.fakes.FakeHttp.request;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.testing.fakes.FakeHttp;

class AuthRestEndpointTest {
    private final SecurityFixture f = new SecurityFixture();
    private final AuthRestEndpoint endpoint = new AuthRestEndpoint(f.authentication, f.security);

    @AfterEach
    void close() {
        f.close();
    }

    private String statusCodeOf(String method, String path, String body) {
        try {
            endpoint.handle(request(method, body), new FakeHttp.Response().servlet(), path);
            return "200";
        } catch (MekongException e) {
            return e.httpStatus() + " " + e.code();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void token_withGoodCredentials_answersTheToken_notCached() throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        endpoint.handle(request("POST", "{\"username\":\"admin\",\"password\":\"Khoa-Noi-2025\"}"),
                response.servlet(), "/token");
        String json = response.body();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
        assertThat(json).matches("\\{\"accessToken\":\"[A-Za-z0-9_-]{43}\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}");
    }

    @Test
    void token_withBadCredentials_isAnAuthenticationException() {
        assertThatThrownBy(() -> endpoint.handle(request("POST", "{\"username\":\"admin\",\"password\":\"nope\"}"),
                new FakeHttp.Response().servlet(), "/token")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void malformedRequests_areBadRequests_andNeverEchoThePassword() {
        assertThat(statusCodeOf("POST", "/token", "{not json")).isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "")).isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "[]")).isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "{\"username\":\"admin\"}")).isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "{\"username\":1,\"password\":\"x\"}")).isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "{\"username\":\"a\",\"username\":\"b\",\"password\":\"x\"}"))
                .isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "{\"username\":\"a\",\"password\":\"x\"} trailing"))
                .isEqualTo("400 SEC-0060");
        assertThat(statusCodeOf("POST", "/token", "{\"username\":\"" + "a".repeat(9000) + "\"}"))
                .isEqualTo("413 SEC-0063");
        try {
            endpoint.readCredentials(new ByteArrayInputStream("{\"password\":\"Secret-Pass-9\" oops".getBytes()));
        } catch (MekongException e) {
            assertThat(e.getMessage()).doesNotContain("Secret-Pass-9");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void otherPathsAndMethods_areRefused() {
        assertThat(statusCodeOf("GET", "/token", "")).isEqualTo("405 SEC-0062");
        assertThat(statusCodeOf("POST", "/tokens", "")).isEqualTo("404 SEC-0061");
        assertThat(statusCodeOf("POST", "", "")).isEqualTo("404 SEC-0061");
        assertThat(statusCodeOf("POST", "/token/x", "")).isEqualTo("404 SEC-0061");
    }
}
