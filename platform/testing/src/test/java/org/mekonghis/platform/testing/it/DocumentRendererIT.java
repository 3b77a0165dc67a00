package org.mekonghis.platform.testing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.document.PageFormat;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.testing.PdfText;
import org.mekonghis.platform.testing.TestBundles;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Printing from a plugin: the platform registers a {@link DocumentRenderer}, a bundle that
 * imports only the document API prints Vietnamese with it, and the PDF library itself is not
 * offered to bundles.
 */
class DocumentRendererIT {

    private static final String DOCUMENT_API = "org.mekonghis.platform.api.document";

    @TempDir
    Path home;

    @Test
    void pluginPrintsThroughTheRegisteredRenderer() throws Exception {
        Path jar = TestBundles.bundle("org.mekonghis.test.printer", "1.0.0")
                .header("Bundle-Activator", PrinterActivator.class.getName())
                .header("Import-Package", "org.osgi.framework," + DOCUMENT_API + ";version=\"[1.0,2)\"")
                .classes(PrinterActivator.class)
                .writeTo(home.resolve("build/printer.jar"));
        try (TestPlatform p = TestPlatform.builder(home).plugin(jar).start()) {
            Bundle bundle = p.bundle("org.mekonghis.test.printer").orElseThrow();
            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
            ServiceReference<Supplier> ref = bundle.getBundleContext()
                    .getServiceReferences(Supplier.class, "(tst=printer)").iterator().next();
            @SuppressWarnings("unchecked")
            Supplier<byte[]> print = bundle.getBundleContext().getService(ref);

            byte[] pdf = print.get();

            assertThat(PdfText.extract(pdf)).contains("PHIẾU KHÁM BỆNH", "Họ và tên: Nguyễn Văn An", "150.000 đ",
                    "Một trăm năm mươi nghìn đồng", "Trang 1/1");
            assertThat(PdfText.fonts(pdf)).isNotEmpty().allMatch(f -> f.embedded() && f.subset());
            List<BundleWire> wires = bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package");
            assertThat(wires).filteredOn(w -> DOCUMENT_API.equals(w.getCapability().getAttributes().get("osgi.wiring.package")))
                    .singleElement().satisfies(w -> assertThat(w.getProvider().getBundle().getBundleId()).isZero());
        }
    }

    @Test
    void hostCode_findsTheRendererAsAPlatformService() throws Exception {
        try (TestPlatform p = TestPlatform.builder(home).start()) {
            DocumentRenderer renderer = p.service(DocumentRenderer.class);

            byte[] pdf = renderer.renderPdf(PrintDocument.builder(PageFormat.RECEIPT_80MM).title("Biên lai")
                    .heading("BIÊN LAI THU TIỀN").build());

            assertThat(PdfText.extract(pdf)).contains("BIÊN LAI THU TIỀN");
        }
    }

    @Test
    void bundleImportingThePdfLibrary_doesNotResolve() throws Exception {
        Path jar = TestBundles.bundle("org.mekonghis.test.itext", "1.0.0")
                .header("Import-Package", "com.itextpdf.kernel.pdf")
                .writeTo(home.resolve("build/itext.jar"));
        try (TestPlatform p = TestPlatform.builder(home).start()) {
            Bundle bundle;
            try (InputStream in = Files.newInputStream(jar)) {
                bundle = p.platform().bundleContext().installBundle("test:itext", in);
            }
            assertThatThrownBy(bundle::start).isInstanceOf(BundleException.class)
                    .hasMessageContaining("com.itextpdf.kernel.pdf");
            assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
        }
    }
}
