package org.mekonghis.platform.testing.it;

import java.util.Hashtable;
import java.util.function.Supplier;

import org.mekonghis.platform.api.document.Align;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.document.LabeledValue;
import org.mekonghis.platform.api.document.PageFormat;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.api.document.TableSpec;
import org.mekonghis.platform.api.document.VietnameseFormats;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The printing test plugin: it knows only the platform's document API. It offers a
 * {@code Supplier<byte[]>} service ({@code tst=printer}) that looks the {@link DocumentRenderer}
 * up in the service registry and prints a small queue ticket with it.
 */
public class PrinterActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Supplier<byte[]> print = () -> {
            ServiceReference<DocumentRenderer> ref = context.getServiceReference(DocumentRenderer.class);
            if (ref == null) {
                throw new IllegalStateException("no DocumentRenderer registered");
            }
            DocumentRenderer renderer = context.getService(ref);
            try {
                return renderer.renderPdf(PrintDocument.builder(PageFormat.A5).title("Phiếu khám bệnh")
                        .heading("PHIẾU KHÁM BỆNH")
                        .keyValues(LabeledValue.of("Họ và tên:", "Nguyễn Văn An"), LabeledValue.of("Số thứ tự:", "012"))
                        .table(TableSpec.builder().column("Dịch vụ", 3).column("Thành tiền", 1, Align.RIGHT)
                                .row("Khám bệnh", VietnameseFormats.money(150_000)).build())
                        .paragraph(VietnameseFormats.amountInWords(150_000)).pageNumbers("Trang {0}/{1}").build());
            } finally {
                context.ungetService(ref);
            }
        };
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("tst", "printer");
        context.registerService(Supplier.class, print, props);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
