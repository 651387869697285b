package io.vnetlab.az;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A compact binary form of immutable values, for any record made of records, enums, strings, numbers, booleans,
 * lists, sets, maps, optionals and the model's value types written in a simpler form (resource ids, prefixes and
 * regions as text, addresses as numbers). A record is written by its components and made back with its canonical constructor, so a resource
 * family added to the model is covered without code of its own. Anything else is refused when written
 * ({@link Unsupported}), never guessed at; a record whose components differ from what was written (another
 * version of the class) is refused when read ({@link Stale}).
 *
 * <p>Strings and classes are written once and then referred to by number; a value type is read back once per distinct
 * form, so the ids a state repeats in every record cost one parse.
 */
final class ValueCodec {

    /** A value this codec cannot write: the caller keeps no snapshot rather than a wrong one. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Bytes this version cannot read as written: another version's classes, or a damaged file. */
    static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stale(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * A value type stored in a simpler form (its text, or a number): how to write it and how to read it back. A form
     * that depends on the type's internals is checked on every distinct value written ({@code checked}): a value
     * that does not come back equal is refused, so a change to the type cannot make a snapshot lie.
     */
    private record ValueForm(Class<?> type, Function<Object, Object> written, Function<Object, Object> read,
                             boolean checked) {
    }

    /** 0.0.0.0: addresses are read back as this plus their value, which costs far less than parsing their text. */
    private static IpAddress zero;

    private static IpAddress address(long value) {
        if (zero == null) {
            zero = IpAddress.parse("0.0.0.0");
        }
        return zero.plus(value);
    }

    private static final List<ValueForm> VALUE_FORMS = List.of(
            new ValueForm(ResourceId.class, Object::toString, t -> ResourceId.parse((String) t), false),
            new ValueForm(IpAddress.class, a -> ((IpAddress) a).longValue(), v -> address((Long) v), true),
            new ValueForm(Cidr.class, Object::toString, t -> Cidr.parseLenient((String) t), true),
            new ValueForm(Region.class, r -> ((Region) r).name(), t -> Region.fromName((String) t), false));

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte DOUBLE = 6;
    private static final byte ENUM = 7;
    private static final byte RECORD = 8;
    private static final byte LIST = 9;
    private static final byte SET = 10;
    private static final byte MAP = 11;
    private static final byte EMPTY = 12;
    private static final byte PRESENT = 13;
    private static final byte VALUE = 14;
    private static final byte CLASS = 15;

    private ValueCodec() {
    }

    // ------------------------------------------------------------------ writing

    /** Writes values to one stream, sharing its tables of strings and classes. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();
        private final Set<Object> checked = new java.util.HashSet<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(STRING);
                string(s);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof Enum<?> e) {
                out.writeByte(ENUM);
                classRef(e.getDeclaringClass());
                string(e.name());
            } else if (value instanceof Class<?> c) {
                out.writeByte(CLASS);
                classRef(c);
            } else if (value instanceof Optional<?> o) {
                if (o.isEmpty()) {
                    out.writeByte(EMPTY);
                } else {
                    out.writeByte(PRESENT);
                    write(o.get());
                }
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                elements(list);
            } else if (value instanceof Set<?> set) {
                out.writeByte(SET);
                elements(set);
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (value.getClass().isRecord()) {
                record(value);
            } else {
                ValueForm form = valueForm(value.getClass());
                Object written = form.written().apply(value);
                if (form.checked() && checked.add(value) && !value.equals(form.read().apply(written))) {
                    throw new Unsupported(form.type().getName() + " '" + value + "' does not read back as written");
                }
                out.writeByte(VALUE);
                classRef(form.type());
                write(written);
            }
        }

        private void elements(java.util.Collection<?> values) throws IOException {
            out.writeInt(values.size());
            for (Object v : values) {
                write(v);
            }
        }

        private void record(Object value) throws IOException {
            Class<?> type = value.getClass();
            out.writeByte(RECORD);
            classRef(type);
            for (RecordComponent c : components.get(type)) {
                Method accessor = c.getAccessor();
                Object component;
                try {
                    component = accessor.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unsupported("record " + type.getName() + "'s " + c.getName() + " cannot be read");
                }
                if (!readsBackAs(component, c.getType())) {
                    throw new Unsupported("record " + type.getName() + "'s " + c.getName() + " is a "
                            + c.getType().getName() + ", which this codec does not make");
                }
                write(component);
            }
        }

        private void string(String s) throws IOException {
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(-1);
            out.writeUTF(s);
            strings.put(s, strings.size());
        }

        /** A class by number; the first time, its name and, for a record, its components' names and types. */
        private void classRef(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(-1);
            out.writeUTF(type.getName());
            classes.put(type, classes.size());
            if (type.isRecord()) {
                RecordComponent[] parts = type.getRecordComponents();
                for (RecordComponent c : parts) {
                    c.getAccessor().setAccessible(true);
                }
                components.put(type, parts);
                out.writeUTF(signature(parts));
            }
        }
    }

    /** Whether what {@link Reader} makes of {@code value} fits a component declared as {@code declared}. */
    private static boolean readsBackAs(Object value, Class<?> declared) {
        if (value instanceof List<?>) {
            return declared.isAssignableFrom(List.class);
        }
        if (value instanceof Set<?>) {
            return declared.isAssignableFrom(Set.class);
        }
        if (value instanceof Map<?, ?>) {
            return declared.isAssignableFrom(Map.class);
        }
        return true;
    }

    /** How a record's components are written: names and generic types, so that another version is noticed. */
    private static String signature(RecordComponent[] parts) {
        StringBuilder s = new StringBuilder();
        for (RecordComponent c : parts) {
            s.append(c.getGenericType().getTypeName()).append(' ').append(c.getName()).append(';');
        }
        return s.toString();
    }

    private static ValueForm valueForm(Class<?> type) {
        for (ValueForm form : VALUE_FORMS) {
            if (form.type() == type) {
                return form;
            }
        }
        throw new Unsupported(type.getName() + " is neither a record, an enum, a collection nor one of the value"
                + " types written in a simpler form");
    }

    // ------------------------------------------------------------------ reading

    /** Reads values from one stream, in the order a {@link Writer} wrote them. */
    static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();
        private final List<Class<?>> classes = new ArrayList<>();
        private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();
        private final Map<Class<?>, Integer> arity = new HashMap<>();
        private final Map<Class<?>, Map<Object, Object>> parsed = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            byte tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case DOUBLE:
                    return in.readDouble();
                case ENUM:
                    return enumConstant(classRef(), string());
                case CLASS:
                    return classRef();
                case EMPTY:
                    return Optional.empty();
                case PRESENT:
                    return Optional.of(read());
                case LIST:
                    return Collections.unmodifiableList(elements());
                case SET:
                    return Collections.unmodifiableSet(new LinkedHashSet<>(elements()));
                case MAP: {
                    int n = in.readInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(read(), read());
                    }
                    return Collections.unmodifiableMap(map);
                }
                case RECORD:
                    return record(classRef());
                case VALUE: {
                    Class<?> type = classRef();
                    Object written = read();
                    return parsed.computeIfAbsent(type, t -> new HashMap<>())
                            .computeIfAbsent(written, w -> parse(type, w));
                }
                default:
                    throw new Stale("unknown tag " + tag);
            }
        }

        private List<Object> elements() throws IOException {
            int n = in.readInt();
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(read());
            }
            return values;
        }

        private Object record(Class<?> type) throws IOException {
            Object[] values = new Object[arity.get(type)];
            for (int i = 0; i < values.length; i++) {
                values[i] = read();
            }
            try {
                return constructors.get(type).newInstance(values);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                     | IllegalArgumentException e) {
                throw new Stale("record " + type.getName() + " refuses the values written: " + e);
            }
        }

        private String string() throws IOException {
            int ref = in.readInt();
            if (ref >= 0) {
                return strings.get(ref);
            }
            String s = in.readUTF();
            strings.add(s);
            return s;
        }

        private Class<?> classRef() throws IOException {
            int ref = in.readInt();
            if (ref >= 0) {
                return classes.get(ref);
            }
            String name = in.readUTF();
            Class<?> type;
            try {
                type = Class.forName(name, false, ValueCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new Stale("class " + name + " is gone");
            }
            classes.add(type);
            if (type.isRecord()) {
                String written = in.readUTF();
                RecordComponent[] parts = type.getRecordComponents();
                if (!written.equals(signature(parts))) {
                    throw new Stale("record " + name + " changed");
                }
                try {
                    Constructor<?> canonical = type.getDeclaredConstructor(
                            Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
                    canonical.setAccessible(true);
                    constructors.put(type, canonical);
                    arity.put(type, parts.length);
                } catch (NoSuchMethodException e) {
                    throw new Stale("record " + name + " has no canonical constructor");
                }
            }
            return type;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumConstant(Class<?> type, String name) {
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new Stale(type.getName() + " has no constant " + name);
            }
        }

        private static Object parse(Class<?> type, Object written) {
            try {
                return valueForm(type).read().apply(written);
            } catch (RuntimeException e) {
                throw new Stale(type.getName() + " does not read '" + written + "' back");
            }
        }
    }
}
