package org.mekonghis.platform.testing.fakes;

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

/**
 * Just enough of a servlet request and response for a REST endpoint in a unit test; a call the
 * fakes do not expect throws {@link UnsupportedOperationException} and so fails the test.
 */
public final class FakeHttp {
    /** The client address every fake request comes from. */
    public static final String REMOTE_ADDRESS = "10.1.2.3";

    private FakeHttp() {
    }

    /** A request without parameters or headers whose body is {@code body}. */
    public static HttpServletRequest request(String method, String body) {
        return request(method, body, Map.of());
    }

    /**
     * A request without headers whose body is {@code body}, with the query {@code parameters},
     * an empty context path and {@link #REMOTE_ADDRESS} as the client address.
     */
    public static HttpServletRequest request(String method, String body, Map<String, String> parameters) {
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
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getInputStream" -> stream;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getContextPath" -> "";
                    case "getRemoteAddr" -> REMOTE_ADDRESS;
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** A response that remembers status, content type, headers and body. */
    public static final class Response {
        private Integer status;
        private String contentType;
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        /** The status the endpoint set, or {@code null} if it set none. */
        public Integer status() {
            return status;
        }

        /** The content type the endpoint set, or {@code null} if it set none. */
        public String contentType() {
            return contentType;
        }

        /** The headers the endpoint set, by name. */
        public Map<String, String> headers() {
            return headers;
        }

        /** The body written so far, decoded as UTF-8. */
        public String body() {
            return body.toString(StandardCharsets.UTF_8);
        }

        /** A servlet response that records into this one. */
        public HttpServletResponse servlet() {
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
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setContentType" -> contentType = (String) args[0];
                            case "setCharacterEncoding" -> { }
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> throw new UnsupportedOperationException(m.getName());
                        }
                        return null;
                    });
        }
    }
}
