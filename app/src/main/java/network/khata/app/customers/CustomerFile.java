package network.khata.app.customers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The rows of an owner's customer file, CSV (UTF-8, with or without Excel's byte-order mark) or Excel (.xlsx, its first
 * sheet), as text cells under the file's own header row. Rows are numbered as a spreadsheet shows them (the header is
 * row 1), so an error names the row the owner sees. Blank rows are skipped; reading stops past {@code maxRows}.
 */
public final class CustomerFile {
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A data row: its number and its cells, as many as the header has. */
    public record Line(int number, List<String> cells) {
    }

    /** The header (lower case, trimmed) and the data rows; {@code tooMany}: the file had more than it was read for. */
    public record Contents(List<String> header, List<Line> lines, boolean tooMany) {
    }

    /** The file cannot be read as its type says (not CSV text, not a workbook). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private CustomerFile() {
    }

    public static Contents read(byte[] body, String mediaType, int maxRows) {
        try {
            return XLSX.equals(mediaType) ? workbook(body, maxRows) : csv(body, maxRows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable((XLSX.equals(mediaType) ? "not an Excel workbook (.xlsx)" : "not CSV text") + ": " + e.getMessage());
        }
    }

    private static Contents csv(byte[] body, int maxRows) throws IOException {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, start, body.length - start), StandardCharsets.UTF_8.newDecoder())) {
            Iterator<CSVRecord> records = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader).iterator();
            if (!records.hasNext()) {
                throw new Unreadable("the file is empty: its first row names the columns (name, phone, ...)");
            }
            List<String> header = header(records.next().stream());
            List<Line> lines = new ArrayList<>();
            int number = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (lines.size() == maxRows) {
                    return new Contents(header, lines, true);
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                add(lines, number, cells, header.size());
            }
            return new Contents(header, lines, false);
        }
    }

    private static Contents workbook(byte[] body, int maxRows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> each = rows.iterator();
            if (!each.hasNext()) {
                throw new Unreadable("the first sheet is empty: its first row names the columns (name, phone, ...)");
            }
            Row first = each.next();
            List<String> header = header(java.util.stream.IntStream.range(0, first.getCellCount()).mapToObj(first::getCellText));
            List<Line> lines = new ArrayList<>();
            while (each.hasNext()) {
                Row row = each.next();
                if (lines.size() == maxRows) {
                    return new Contents(header, lines, true);
                }
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < header.size(); column++) {
                    cells.add(column < row.getCellCount() ? row.getCellText(column) : null);
                }
                add(lines, row.getRowNum(), cells, header.size());
            }
            return new Contents(header, lines, false);
        }
    }

    private static List<String> header(Stream<String> cells) {
        return cells.map(cell -> cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
    }

    private static void add(List<Line> lines, int number, List<String> cells, int width) {
        List<String> fitted = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            String cell = column < cells.size() ? cells.get(column) : null;
            fitted.add(cell == null || cell.isBlank() ? null : cell.strip());
        }
        if (fitted.stream().anyMatch(cell -> cell != null)) {
            lines.add(new Line(number, fitted));
        }
    }
}
