package org.mekonghis.platform.launcher.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.api.i18n.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translations of the host ({@code i18n/platform}) and of every active bundle that names its
 * base names in the {@value Messages#HEADER} header. Later bundles cannot override earlier keys
 * of another bundle: keys are expected to carry their module's prefix.
 */
public final class BundleMessages implements Messages, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BundleMessages.class);
    private static final List<Locale> LOCALES = List.of(VIETNAMESE, Locale.ENGLISH);

    private final List<Source> hostSources;
    private final Map<Long, List<Source>> bundleSources = new ConcurrentHashMap<>();
    private final BundleTracker<Bundle> tracker;

    public BundleMessages(BundleContext context, ClassLoader hostLoader, List<String> hostBaseNames) {
        this.hostSources = hostBaseNames.stream().map(b -> new Source(b, hostLoader)).toList();
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(HEADER);
                if (header == null || header.isBlank()) {
                    return null;
                }
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                if (wiring == null) {
                    return null;
                }
                List<Source> sources = new ArrayList<>();
                for (String base : header.split(",")) {
                    sources.add(new Source(base.trim(), wiring.getClassLoader()));
                }
                bundleSources.put(bundle.getBundleId(), sources);
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                bundleSources.remove(bundle.getBundleId());
            }
        };
    }

    public void open() {
        tracker.open();
    }

    @Override
    public void close() {
        tracker.close();
    }

    @Override
    public List<Locale> locales() {
        return LOCALES;
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        Locale effective = locale == null ? VIETNAMESE : locale;
        String pattern = find(hostSources, effective, key);
        if (pattern == null) {
            for (List<Source> sources : bundleSources.values()) {
                pattern = find(sources, effective, key);
                if (pattern != null) {
                    break;
                }
            }
        }
        if (pattern == null) {
            LOG.debug("Missing translation {} for {}", key, effective);
            return "!" + effective.getLanguage() + ": " + key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(arguments);
    }

    private static String find(List<Source> sources, Locale locale, String key) {
        for (Source source : sources) {
            ResourceBundle bundle = source.bundle(locale);
            if (bundle != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /** One base name in one class loader; resource bundles are read as UTF-8 (Java 9+). */
    private record Source(String baseName, ClassLoader loader) {
        ResourceBundle bundle(Locale locale) {
            try {
                return ResourceBundle.getBundle(baseName, locale, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                return null;
            }
        }
    }
}
