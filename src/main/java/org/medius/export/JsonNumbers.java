package org.medius.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Numbers in Medius JSON files: a missing value (NaN, infinite) is written as null, never as a bogus number. */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** The field with the value, or null when it is not finite. */
    public static void field(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        value(g, v);
    }

    /** The value, or null when it is not finite. */
    public static void value(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }
}
