package org.mekonghis.platform.ui.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.host.PlatformStatus;
import org.mekonghis.platform.ui.host.UiHost;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A {@link UiHost} for tests: messages from {@code i18n/platform} and {@code i18n/test} on the
 * class path, a security context holding the principal of each thread (set with {@code runAs},
 * as the launcher's filter does), and a status listing the framework's bundles that remembers
 * recorded failures.
 */
public final class TestUiHost implements UiHost {

    private final BundleContext context;
    private final TestMessages messages = new TestMessages("i18n/platform", "i18n/test");
    private final TestSecurity security = new TestSecurity();
    private final TestStatus status;

    public TestUiHost(BundleContext context) {
        this.context = context;
        this.status = new TestStatus(context);
    }

    @Override
    public BundleContext bundleContext() {
        return context;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public TestSecurity security() {
        return security;
    }

    @Override
    public TestStatus status() {
        return status;
    }

    /** Translations read from properties files, Vietnamese first. */
    public static final class TestMessages implements Messages {
        private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

        TestMessages(String... baseNames) {
            for (String language : List.of("vi", "en")) {
                Map<String, String> all = new HashMap<>();
                for (String base : baseNames) {
                    String name = base + "_" + language + ".properties";
                    try (InputStream in = TestUiHost.class.getClassLoader().getResourceAsStream(name)) {
                        if (in == null) {
                            throw new IllegalStateException("missing " + name);
                        }
                        Properties properties = new Properties();
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                        properties.forEach((key, value) -> all.put((String) key, (String) value));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                byLanguage.put(language, all);
            }
        }

        @Override
        public List<Locale> locales() {
            return List.of(VIETNAMESE, Locale.ENGLISH);
        }

        @Override
        public String get(Locale locale, String key, Object... arguments) {
            String language = byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : "vi";
            String pattern = byLanguage.get(language).get(key);
            if (pattern == null) {
                return "!" + language + ": " + key;
            }
            return arguments == null || arguments.length == 0 ? new MessageFormat(pattern, locale).format(new Object[0])
                    : new MessageFormat(pattern, locale).format(arguments);
        }

        /** All keys of one language, for checks on the resource bundles. */
        public Set<String> keys(String language) {
            return byLanguage.get(language).keySet();
        }
    }

    /**
     * The principal and client of the current thread, as the launcher's filter sets them with
     * {@code runAs}; nobody by default.
     */
    public static final class TestSecurity implements SecurityContext {
        private final ThreadLocal<Principal> principal = new ThreadLocal<>();
        private final ThreadLocal<ClientInfo> client = new ThreadLocal<>();

        @Override
        public Optional<Principal> current() {
            return Optional.ofNullable(principal.get());
        }

        @Override
        public Optional<ClientInfo> client() {
            return Optional.ofNullable(client.get());
        }

        @Override
        public boolean isPermitted(String permission) {
            return current().map(p -> p.has(permission)).orElse(false);
        }

        @Override
        public Principal require(String permission) {
            Principal p = principal.get();
            if (p == null || !p.has(permission)) {
                throw new AccessDeniedException(p == null ? null : p.id(), permission);
            }
            return p;
        }

        @Override
        public <T> T runAs(Principal as, Callable<T> work) throws Exception {
            return runAs(as, client.get(), work);
        }

        @Override
        public <T> T runAs(Principal as, ClientInfo from, Callable<T> work) throws Exception {
            Principal previousPrincipal = principal.get();
            ClientInfo previousClient = client.get();
            principal.set(as);
            client.set(from);
            try {
                return work.call();
            } finally {
                principal.set(previousPrincipal);
                client.set(previousClient);
            }
        }
    }

    /** One recorded failure. */
    public record Failure(Bundle bundle, String activity, Throwable error) {
    }

    /** The framework's bundles, with recorded failures marking them FAILED. */
    public static final class TestStatus implements PlatformStatus {
        private final BundleContext context;
        private final List<Failure> failures = new CopyOnWriteArrayList<>();
        private final Map<Long, String> errors = new ConcurrentHashMap<>();

        TestStatus(BundleContext context) {
            this.context = context;
        }

        public List<Failure> failures() {
            return List.copyOf(failures);
        }

        @Override
        public List<BundleStatus> bundles() {
            List<BundleStatus> result = new ArrayList<>();
            for (Bundle bundle : context.getBundles()) {
                String error = errors.get(bundle.getBundleId());
                result.add(new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(),
                        bundle.getVersion().toString(), error != null ? "FAILED" : state(bundle.getState()), error,
                        bundle.getBundleId() == 0 ? "framework" : "plugin"));
            }
            return result;
        }

        @Override
        public void recordFailure(Bundle bundle, String activity, Throwable error) {
            failures.add(new Failure(bundle, activity, error));
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            errors.put(bundle.getBundleId(), activity + ": " + trace);
        }

        private static String state(int state) {
            return switch (state) {
                case Bundle.ACTIVE -> "ACTIVE";
                case Bundle.RESOLVED -> "RESOLVED";
                case Bundle.STARTING -> "STARTING";
                case Bundle.STOPPING -> "STOPPING";
                default -> "INSTALLED";
            };
        }
    }
}
