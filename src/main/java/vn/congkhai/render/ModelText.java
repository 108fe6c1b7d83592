package vn.congkhai.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A page model written out as text for its render key: every record component, list element and map entry, in
 * one pass into one buffer. A record's own {@code toString} builds each nested record's text and copies it into its
 * parent's, once per level: a unit page's model is five levels deep, and those copies were a fifth of a
 * nothing-changed build at 10,000 units (issue 13). Strings are written with their length, so that a value
 * containing "]" or ", x=" cannot read as the end of a record or as another field.
 * <p>Deterministic as long as the model is: lists and maps in their own order (the models use lists and sorted or
 * insertion-ordered maps), anything else that is not a record by its {@code toString}, as before.
 */
final class ModelText {
    /** The accessors of a record class's components, in declaration order, looked up once per class. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true); // views are records nested in package-private classes
            }
            return methods;
        }
    };

    private ModelText() {
    }

    /** The text form of one model value. */
    static String of(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence s) {
            out.append('"').append(s.length()).append(':').append(s);
        } else if (value.getClass().isRecord()) {
            Class<?> type = value.getClass();
            out.append(type.getName()).append('[');
            Method[] accessors = ACCESSORS.get(type);
            for (Method m : accessors) {
                out.append(m.getName()).append('=');
                write(read(m, value), out);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Collection<?> c) {
            out.append('[').append(c.size()).append(':');
            for (Object o : c) {
                write(o, out);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{').append(m.size()).append(':');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(e.getKey(), out);
                out.append('=');
                write(e.getValue(), out);
                out.append(',');
            }
            out.append('}');
        } else if (value instanceof Optional<?> o) {
            out.append("Optional[");
            if (o.isPresent()) {
                write(o.get(), out);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(java.util.Arrays.asList(array), out);
        } else {
            // numbers, booleans, dates, enums: their text is their value; typed, so 1 and "1" differ
            String text = String.valueOf(value);
            out.append(value.getClass().getName()).append('(').append(text.length()).append(':').append(text).append(')');
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
