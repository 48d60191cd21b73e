package org.cpolens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.cpolens.model.units.Numbers;

/**
 * The one JSON writer: pretty, ordered as built (use LinkedHashMap), deterministic. Every double is
 * written as {@link Numbers#json} gives it (rounded to 1e-6, plain notation, whole numbers without a
 * point, NaN as null), so compare, market, reliability, the dashboard and summary.json agree.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("cpolens-numbers")
                    .addSerializer(Double.class, new DoubleWriter())
                    .addSerializer(double.class, new DoubleWriter()))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static final class DoubleWriter extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            Object n = Numbers.json(value);
            if (n == null) {
                gen.writeNull();
            } else if (n instanceof Long l) {
                gen.writeNumber(l);
            } else {
                gen.writeNumber(((BigDecimal) n).toPlainString());
            }
        }
    }
}
