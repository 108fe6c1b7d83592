package vn.congkhai.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one YAML file into a {@link Node} tree with positions, reporting syntax errors and
 * duplicate keys as problems instead of exceptions. Text is normalised to Unicode NFC so that
 * Vietnamese typed on any keyboard compares equal.
 */
public final class YamlReader {
    /** Deeper than any real data file; stops hostile nesting long before the stack is at risk. */
    static final int MAX_DEPTH = 40;
    /**
     * A score sheet of every commune of the country (about 10,000 units) is under 5 MB; a file beyond this
     * is a mistake (or an attack), refused before it is read so memory stays bounded.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    static final Say NOT_UTF8 = Say.of("Tệp không được lưu bằng mã UTF-8.", "The file is not saved as UTF-8.");
    static final Say SAVE_AS_UTF8 = Say.of("Mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8.",
            "Open the file in an editor and save it again with the UTF-8 encoding.");
    private static final Say EMPTY = Say.of("Tệp trống, không có dữ liệu.", "The file is empty.");
    private static final Say EMPTY_HINT = Say.of("Điền nội dung cho tệp hoặc xóa tệp nếu không dùng.",
            "Fill the file in, or delete it if it is not used.");

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are found and reported below, all of them
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit((int) MAX_BYTES);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 10)
                        .maxStringLength((int) MAX_BYTES)
                        .build())
                .build();
    }

    /**
     * Reads {@code file}, naming it {@code relative} in problems.
     *
     * @return the root node, or empty when the file could not be read or parsed (the problem is recorded)
     */
    public Optional<Node> read(Path file, String relative, Problems problems) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                String size = megabytes(Files.size(file));
                problems.error(SourceRef.file(relative), "", Say.of("Tệp quá lớn: " + size + ", quá giới hạn " + megabytes(MAX_BYTES)
                                + " của một tệp dữ liệu.", "The file is too large: " + size + ", over the " + megabytes(MAX_BYTES)
                                + " limit for a data file."),
                        Say.of("Tách dữ liệu thành nhiều tệp nhỏ hơn, ví dụ mỗi vòng chấm một tệp.",
                                "Split the data into smaller files, for example one file per round."));
                return Optional.empty();
            }
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            problems.error(SourceRef.file(relative), "", NOT_UTF8, SAVE_AS_UTF8);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourceRef.file(relative), "", cannotRead(e), Say.NOTHING);
            return Optional.empty();
        }
        return parse(text, relative, problems);
    }

    /** Parses YAML text already in memory; see {@link #read}. */
    public Optional<Node> parse(String text, String relative, Problems problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM left by Windows editors is harmless: drop it
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        // before parsing: a line break only YAML sees would turn the rest of a comment into data
        HiddenCheck hidden = HiddenCheck.of(relative, text, problems);
        if (hidden.stopsParsing()) {
            hidden.finish(false);
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(SourceRef.file(relative), "", EMPTY, EMPTY_HINT);
            return Optional.empty();
        }
        boolean complete = false; // only after a whole parse is what no value claimed known to be in comments
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(SourceRef.file(relative), "", EMPTY, EMPTY_HINT);
                return Optional.empty();
            }
            Node root = readValue(parser, relative, problems, hidden, 0, null);
            complete = true;
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(YamlSyntax.explain(e, relative));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourceRef.file(relative), "", cannotRead(e), Say.NOTHING);
            return Optional.empty();
        } finally {
            hidden.finish(complete);
        }
    }

    /** Where a node sits in its file, built into a field path only when a problem needs one. */
    private record Trail(Trail parent, String key, int index) {
        String path() {
            String here = key != null ? key : "[" + index + "]";
            if (parent == null) {
                return key != null ? Fields.join("", key) : here;
            }
            return key != null ? Fields.join(parent.path(), key) : parent.path() + here;
        }
    }

    private Node readValue(JsonParser p, String file, Problems problems, HiddenCheck hidden, int depth, Trail trail) throws IOException {
        SourceRef at = where(p.currentTokenLocation(), file);
        if (depth > MAX_DEPTH) {
            throw new TooDeep(at);
        }
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name: the value would silently be the word "ten"
            throw new AliasUsed(at, yaml.getText(), trail == null ? "" : trail.path());
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, SourceRef> keyAt = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = nfc(p.currentName());
                    SourceRef keyRef = where(p.currentTokenLocation(), file);
                    p.nextToken();
                    Trail here = new Trail(trail, key, 0);
                    hidden.checkValue(key, keyRef, here::path);
                    Node value = readValue(p, file, problems, hidden, depth + 1, here);
                    if (entries.containsKey(key)) {
                        int first = keyAt.get(key).line();
                        problems.error(keyRef, here.path(), Say.of("Trường `" + key + "` bị viết hai lần; lần đầu ở dòng " + first + ".",
                                        "The field `" + key + "` is written twice; first at line " + first + "."),
                                Say.of("Giữ lại một dòng, xóa dòng còn lại.", "Keep one of the lines and delete the other."));
                    } else {
                        entries.put(key, value);
                        keyAt.put(key, keyRef);
                    }
                }
                return new Node.MapNode(at, entries, keyAt);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, problems, hidden, depth + 1, new Trail(trail, null, items.size())));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                hidden.checkValue(p.getText(), at, trail == null ? () -> "" : trail::path);
                return new Node.Scalar(at, p.getText(), Node.Scalar.Kind.STRING);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(at, p.getText(), Node.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(at, p.getText(), Node.Scalar.Kind.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(at, p.getText(), Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new Node.Scalar(at, "", Node.Scalar.Kind.NULL);
            default:
                return new Node.Scalar(at, p.getText() == null ? "" : p.getText(), Node.Scalar.Kind.STRING);
        }
    }

    /**
     * A key in NFC. The text was normalised before parsing, but an escape in a quoted key ({@code "\u0065\u0301"})
     * can still make a decomposed one; a key of plain ASCII, as almost all are, is NFC as it is.
     */
    private static String nfc(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                return Normalizer.normalize(key, Normalizer.Form.NFC);
            }
        }
        return key;
    }

    static SourceRef where(JsonLocation loc, String file) {
        return new SourceRef(file, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    static Say cannotRead(IOException e) {
        return Say.of("Không đọc được tệp: " + e.getMessage(), "The file cannot be read: " + e.getMessage());
    }

    /** A size as editors read it: "50 MB". */
    public static String megabytes(long bytes) {
        return Math.max(1, Math.round(bytes / (1024.0 * 1024))) + " MB";
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** A YAML alias ({@code *ten}): refused, so neither a wrong value nor an alias bomb gets through. */
    static final class AliasUsed extends JsonProcessingException {
        final SourceRef at;
        final String name;
        final String field;

        AliasUsed(SourceRef at, String name, String field) {
            super("alias");
            this.at = at;
            this.name = name;
            this.field = field;
        }
    }

    /** Nesting beyond {@link #MAX_DEPTH}: reported as a syntax problem by {@link YamlSyntax}. */
    static final class TooDeep extends JsonProcessingException {
        final SourceRef at;

        TooDeep(SourceRef at) {
            super("too deep");
            this.at = at;
        }
    }
}
