package network.khata.app.customers;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import network.khata.app.customers.CustomerFile.Contents;
import network.khata.app.customers.CustomerFile.Line;
import network.khata.app.jobs.JobView.RowError;
import network.khata.app.customers.CustomerRegistrationController.AutoRegisterRequest;
import network.khata.api.identity.PhoneNumbers;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges every row of a customer file before anything is imported, by the rules of a single registration (the same
 * request record and its constraints: one rule, two doors) and, for the opening balance, those of an invoice's amount.
 * A phone a row before has is refused: a file names each customer once.
 */
@Component
public class CustomerRows {
    /** The columns a file may have, each with the names owners' spreadsheets give it. */
    enum Column {
        NAME("name", "customer_name", "customer"),
        PHONE("phone", "mobile", "phone_number", "mobile_number"),
        EMAIL("email", "email_address"),
        TYPE("type", "profile_type", "customer_type"),
        OPENING_BALANCE("opening_balance", "balance", "opening");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        String code() {
            return names.get(0);
        }
    }

    /** A row that may be imported: phone in E.164, email lower case, balance null or above zero. */
    public record Valid(int row, String name, String phone, String email, String type, BigDecimal openingBalance) {
    }

    public record Judged(List<Valid> valid, List<RowError> refused) {
    }

    /** The header lacks a column every row needs. */
    public static final class MissingColumn extends RuntimeException {
        MissingColumn(String message) {
            super(message);
        }
    }

    private final Validator validator;

    public CustomerRows(Validator validator) {
        this.validator = validator;
    }

    public Judged judge(Contents contents) {
        Map<Column, Integer> at = columns(contents.header());
        List<Valid> valid = new ArrayList<>();
        List<RowError> refused = new ArrayList<>();
        Map<String, Integer> phones = new HashMap<>();
        for (Line line : contents.lines()) {
            String name = cell(line, at, Column.NAME);
            String phone = cell(line, at, Column.PHONE);
            String email = cell(line, at, Column.EMAIL);
            String type = Optional.ofNullable(cell(line, at, Column.TYPE)).map(text -> text.toLowerCase(java.util.Locale.ROOT)).orElse(null);
            List<RowError> errors = new ArrayList<>();
            validator.validate(new AutoRegisterRequest(name, phone, email, type, false, false)).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
                    .forEach(violation -> errors.add(new RowError(line.number(), column(violation), message(violation))));
            BigDecimal balance = null;
            String balanceText = cell(line, at, Column.OPENING_BALANCE);
            if (balanceText != null) {
                balance = amount(balanceText.replace(",", ""));
                if (balance == null) {
                    errors.add(new RowError(line.number(), Column.OPENING_BALANCE.code(),
                            "an amount in rupees, 0 or more, with at most 2 decimals (such as 1250.50)"));
                }
            }
            String e164 = errors.stream().anyMatch(error -> error.field().equals("phone")) ? null : PhoneNumbers.toE164(phone).orElse(null);
            if (e164 != null && phones.containsKey(e164)) {
                errors.add(new RowError(line.number(), "phone", "the same phone as row " + phones.get(e164)));
            }
            if (errors.isEmpty()) {
                phones.put(e164, line.number());
                valid.add(new Valid(line.number(), name.strip(), e164, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                        type, balance == null || balance.signum() == 0 ? null : balance));
            } else {
                refused.addAll(errors);
            }
        }
        return new Judged(valid, refused);
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> at = new HashMap<>();
        for (Column column : Column.values()) {
            for (int i = 0; i < header.size(); i++) {
                if (column.names.contains(header.get(i))) {
                    at.putIfAbsent(column, i);
                }
            }
        }
        for (Column needed : List.of(Column.NAME, Column.PHONE)) {
            if (!at.containsKey(needed)) {
                throw new MissingColumn("the first row names the columns, and none is called \"" + needed.code()
                        + "\"; columns read: name, phone, email, type, opening_balance");
            }
        }
        return at;
    }

    private static String cell(Line line, Map<Column, Integer> at, Column column) {
        Integer index = at.get(column);
        return index == null ? null : line.cells().get(index);
    }

    private static String column(ConstraintViolation<?> violation) {
        String property = violation.getPropertyPath().toString();
        return property.equals("profileType") ? Column.TYPE.code() : property;
    }

    /** A cell left empty is "required", said as a spreadsheet user would; any other rule says what it wants. */
    private static String message(ConstraintViolation<?> violation) {
        java.lang.annotation.Annotation rule = violation.getConstraintDescriptor().getAnnotation();
        return rule instanceof jakarta.validation.constraints.NotNull || rule instanceof jakarta.validation.constraints.NotBlank
                ? "required: this row has none" : violation.getMessage();
    }

    private static BigDecimal amount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            return amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 10
                    ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
