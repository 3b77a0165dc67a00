package org.mekonghis.patient.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.FieldError;

/**
 * A photo that passed the checks: at most {@value PatientService#PHOTO_MAX_BYTES} bytes, JPEG or
 * PNG by its first bytes (whatever the caller claims), within {@value #MAX_SIDE} pixels a side,
 * and decodable. The size is read from the header before decoding, so a small file claiming a
 * huge image is refused without allocating its pixels.
 */
record PhotoImage(String contentType, byte[] bytes) {
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final int MAX_SIDE = 8000;
    static final String FIELD = "photo";
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * @throws InvalidPatientException when the image is empty, too large, not JPEG or PNG, or cannot be decoded
     */
    static PhotoImage check(byte[] image) {
        if (image == null || image.length == 0) {
            throw refused("patient.error.photo.required");
        }
        if (image.length > PatientService.PHOTO_MAX_BYTES) {
            throw refused("patient.error.photo.tooLarge", PatientService.PHOTO_MAX_BYTES / (1024 * 1024));
        }
        String type = typeOf(image);
        if (type == null) {
            throw refused("patient.error.photo.format");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            // the JDK always has both; only a stripped-down runtime could lack them
            throw new IllegalStateException("PAT-0101: no image reader for " + type);
        }
        ImageReader reader = readers.next();
        boolean decoded;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true);
            if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                throw refused("patient.error.photo.dimensions", MAX_SIDE);
            }
            decoded = reader.read(0) != null;
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException
                | IllegalStateException e) {
            // broken data: the decoders report it as IIOException or as one of these
            decoded = false;
        } finally {
            reader.dispose();
        }
        if (!decoded) {
            throw refused("patient.error.photo.corrupt");
        }
        return new PhotoImage(type, image.clone());
    }

    /** {@value #JPEG} or {@value #PNG} by the first bytes, or null. */
    static String typeOf(byte[] image) {
        if (startsWith(image, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(image, JPEG_MAGIC)) {
            return JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidPatientException refused(String key, Object... arguments) {
        return new InvalidPatientException(List.of(new FieldError(FIELD, key, arguments)));
    }
}
