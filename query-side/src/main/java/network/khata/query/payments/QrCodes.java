package network.khata.query.payments;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * QR codes drawn on the server with ZXing: a PNG large enough for a phone camera across a shop counter (the pay pages),
 * and the bare modules, one bit each, for a PDF to scale as it draws (the invoice PDF: no image to encode and decode).
 */
public final class QrCodes {
    private static final int SIZE = 320;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    /**
     * The PDF's code with one fixed mask: ZXing otherwise scores all eight masks, which was a tenth of the CPU of a send
     * with the PDF attached (scripts/bench-cost.sh with KHATA_BENCH_JFR=1); every mask is valid and every reader reads it.
     */
    private static final Map<EncodeHintType, Object> PRINTED = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.QR_MASK_PATTERN, 0);

    private QrCodes() {
    }

    public static byte[] png(String text) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(text, SIZE, HINTS), "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** One square per module, with the quiet margin: as small as the code can be drawn. */
    public static BitMatrix modules(String text) {
        return matrix(text, 0, PRINTED);
    }

    private static BitMatrix matrix(String text, int size, Map<EncodeHintType, Object> hints) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
    }
}
