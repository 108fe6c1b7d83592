package vn.congkhai.render.data;

/** A column of a dataset: its machine name, what it means in Vietnamese, and its type. */
public record Field(String name, String meaning, Type type) {
    public enum Type {
        TEXT("string", "văn bản"),
        NUMBER("number", "số (dấu chấm thập phân)"),
        INTEGER("integer", "số nguyên"),
        DATE("date", "ngày (năm-tháng-ngày)"),
        BOOLEAN("boolean", "đúng/sai (true/false)");

        /** The type's name in the JSON files (as in Frictionless Table Schema). */
        public final String json;
        /** How the catalogue names it. */
        public final String words;

        Type(String json, String words) {
            this.json = json;
            this.words = words;
        }
    }

    public static Field text(String name, String meaning) {
        return new Field(name, meaning, Type.TEXT);
    }

    public static Field number(String name, String meaning) {
        return new Field(name, meaning, Type.NUMBER);
    }

    public static Field integer(String name, String meaning) {
        return new Field(name, meaning, Type.INTEGER);
    }

    public static Field date(String name, String meaning) {
        return new Field(name, meaning, Type.DATE);
    }

    public static Field bool(String name, String meaning) {
        return new Field(name, meaning, Type.BOOLEAN);
    }
}
