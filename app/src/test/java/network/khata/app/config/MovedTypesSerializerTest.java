package network.khata.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import network.khata.api.invoices.InvoiceCreated;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: events stored before their classes moved package are read as the classes they are now, and every move
 * names a class that exists (a move is never taken back or lost while stored events keep the old name).
 */
class MovedTypesSerializerTest {
    private final MovedTypesSerializer serializer = MovedTypesSerializer.of(new ObjectMapper().registerModule(new JavaTimeModule()),
            new AnnotationRevisionResolver(), getClass().getClassLoader());

    @Test
    void anEventStoredUnderItsOldNameIsReadAsItsClassNow() {
        InvoiceCreated created = new InvoiceCreated(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "INV-1", new BigDecimal("100.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "seeds");
        SerializedObject<String> stored = serializer.serialize(created, String.class);
        assertThat(stored.getType().getName()).isEqualTo("network.khata.api.invoices.InvoiceCreated");

        SerializedObject<String> storedBefore = new SimpleSerializedObject<>(stored.getData(), String.class,
                new SimpleSerializedType("network.khata.api.invoice.InvoiceCreated", stored.getType().getRevision()));
        assertThat(serializer.classForType(storedBefore.getType())).isEqualTo(InvoiceCreated.class);
        assertThat((Object) serializer.deserialize(storedBefore)).isEqualTo(created);
    }

    @Test
    void everyMoveNamesAClassThatExists() {
        Map<String, String> moves = MovedTypesSerializer.moves(getClass().getClassLoader());
        assertThat(moves).hasSizeGreaterThan(80);
        moves.forEach((before, now) -> assertThat(serializer.classForType(new SimpleSerializedType(before, null)))
                .as(before).matches(type -> type.getName().equals(now)));
    }
}
