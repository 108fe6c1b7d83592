package vn.congkhai.model;

import java.util.Map;

/**
 * Where a record and each of its fields were written, so a rule checked later (a date too late, an unknown
 * reference) can point the editor at the exact line of the field, not only at the file.
 */
public record Where(SourceRef at, Map<String, SourceRef> fields) {

    public SourceRef of(String field) {
        return fields.getOrDefault(field, at);
    }
}
