package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.FieldError;

class PhotoImageTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static String refusal(byte[] image) {
        InvalidPatientException e = catchThrowableOfType(InvalidPatientException.class, () -> PhotoImage.check(image));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("photo");
        return e.errors().get(0).messageKey();
    }

    @Test
    void jpegAndPng_areAccepted_withTheirTypeToldByTheFirstBytes() throws IOException {
        byte[] jpeg = image("jpg", 40, 30);
        byte[] png = image("png", 40, 30);
        assertThat(PhotoImage.check(jpeg).contentType()).isEqualTo("image/jpeg");
        assertThat(PhotoImage.check(png).contentType()).isEqualTo("image/png");
        assertThat(PhotoImage.check(png).bytes()).isEqualTo(png);
    }

    @Test
    void emptyOrMissing_isRefused() {
        assertThat(refusal(new byte[0])).isEqualTo("patient.error.photo.required");
        assertThat(refusal(null)).isEqualTo("patient.error.photo.required");
    }

    @Test
    void otherFormats_areRefusedByTheirFirstBytes() throws IOException {
        assertThat(refusal(image("gif", 10, 10))).isEqualTo("patient.error.photo.format");
        assertThat(refusal("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())).isEqualTo(
                "patient.error.photo.format");
    }

    @Test
    void pngOrJpegMagicFollowedByGarbage_isRefusedAsCorrupt() throws IOException {
        byte[] png = image("png", 10, 10);
        byte[] broken = Arrays.copyOf(png, 40);
        assertThat(refusal(broken)).isEqualTo("patient.error.photo.corrupt");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11, 0x22, 0x33};
        assertThat(refusal(jpeg)).isEqualTo("patient.error.photo.corrupt");
    }

    @Test
    void moreThanTwoMegabytes_isRefusedBeforeDecoding() throws IOException {
        byte[] png = image("png", 10, 10);
        byte[] large = Arrays.copyOf(png, PatientService.PHOTO_MAX_BYTES + 1);
        assertThat(refusal(large)).isEqualTo("patient.error.photo.tooLarge");
    }

    @Test
    void smallFileDeclaringHugeDimensions_isRefusedWithoutDecoding() throws IOException {
        byte[] png = image("png", 10, 10);
        // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4)... then its CRC
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, 100_000);
        buffer.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        assertThat(refusal(png)).isEqualTo("patient.error.photo.dimensions");
    }
}
