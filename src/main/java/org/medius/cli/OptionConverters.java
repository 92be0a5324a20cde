package org.medius.cli;

import org.medius.analysis.RollChoice;
import org.medius.model.Sex;
import org.medius.model.SubjectHint;
import org.medius.model.Task;

/** picocli converters for the options several commands share; each bad value gets one plain sentence. */
final class OptionConverters {
    private OptionConverters() {
    }

    static final class TaskConverter implements picocli.CommandLine.ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            return parsed(value, Task::parse);
        }
    }

    static final class SexConverter implements picocli.CommandLine.ITypeConverter<Sex> {
        @Override
        public Sex convert(String value) {
            return parsed(value, Sex::parse);
        }
    }

    static final class SubjectConverter implements picocli.CommandLine.ITypeConverter<SubjectHint> {
        @Override
        public SubjectHint convert(String value) {
            String[] p = value.split(",");
            try {
                double[] v = java.util.Arrays.stream(p).mapToDouble(x -> Double.parseDouble(x.trim())).toArray();
                if (v.length == 2) {
                    return SubjectHint.point(v[0], v[1]);
                }
                if (v.length == 4) {
                    return SubjectHint.box(v[0], v[1], v[2], v[3]);
                }
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
            throw new picocli.CommandLine.TypeConversionException("--subject takes X,Y or X0,Y0,X1,Y1 in pixels, not '"
                    + value + "'");
        }
    }

    static final class RollConverter implements picocli.CommandLine.ITypeConverter<RollChoice> {
        @Override
        public RollChoice convert(String value) {
            return parsed(value, RollChoice::parse);
        }
    }

    /** The parser's value; its IllegalArgumentException becomes picocli's usage error with the same sentence. */
    private static <T> T parsed(String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
