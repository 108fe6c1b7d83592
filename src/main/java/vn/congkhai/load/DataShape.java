package vn.congkhai.load;

import java.util.Map;
import java.util.Set;

/**
 * The keys the readers of one kind of data file accept, object by object: what the unknown-key check
 * enforces, given to the JSON Schema test so that {@code schemas/KIND.schema.json} and the Java readers
 * cannot drift apart.
 *
 * @param kind    the data folder or file name, e.g. {@code scores}; the schema is {@code schemas/KIND.schema.json}
 * @param files   the files it describes, relative to the project, e.g. {@code data/scores/*.yaml}
 * @param objects the allowed keys per object: {@code ""} for the top of the file, else the name of the
 *                schema's {@code $defs} entry describing that object
 */
public record DataShape(String kind, String files, Map<String, Set<String>> objects) {

    public String schema() {
        return "schemas/" + kind + ".schema.json";
    }
}
