package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.AuthenticationException;

class AuthRestEndpointTest {
    private final SecurityFixture f = new SecurityFixture();
    private final AuthRestEndpoint endpoint = new AuthRestEndpoint(f.authentication, f.security);

    @AfterEach
    void close() {
        f.close();
    }

    /** A request whose body is {@code body}; the response's status, headers and body land in {@code out}. */
    private static HttpServletRequest request(String method, String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(AuthRestEndpointTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getInputStream" -> stream;
                    case "getRemoteAddr" -> "10.1.2.3";
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private record Captured(HttpServletResponse response, Map<String, Object> state, ByteArrayOutputStream body) {
    }

    private static Captured response() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Object> state = new HashMap<>();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        HttpServletResponse r = (HttpServletResponse) Proxy.newProxyInstance(AuthRestEndpointTest.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> state.put("status", args[0]);
                    case "setHeader" -> state.put((String) args[0], args[1]);
                    case "setContentType", "setCharacterEncoding" -> null;
                    case "getOutputStream" -> out;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return new Captured(r, state, body);
    }

    private String statusCodeOf(String method, String path, String body) {
        try {
            endpoint.handle(request(method, body), response().response(), path);
            return "200";
        } catch (MekongException e) {
            return e.httpStatus() + " " + e.code();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void token_withGoodCredentials_answersTheToken_notCached() throws Exception {
        Captured c = response();
        endpoint.handle(request("POST", "{\"username\":\"admin\",\"password\":\"Khoa-Noi-2025\"}"), c.response(),
                "/token");
        String json = c.body().toString(StandardCharsets.UTF_8);
        assertThat(c.state()).containsEntry("status", 200).containsEntry("Cache-Control", "no-store");
        assertThat(json).matches("\\{\"accessToken\":\"[A-Za-z0-9_-]{43}\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}");
    }

    @Test
    void token_withBadCredentials_isAnAuthenticationException() {
        assertThatThrownBy(() -> endpoint.handle(request("POST", "{\"username\":\"admin\",\"password\":\"nope\"}"),
                response().response(), "/token")).isInstanceOf(AuthenticationException.class);
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
