package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.LegalDocument;
import vn.congkhai.model.StoredFile;

import java.util.Optional;
import java.util.Set;

/** Reads {@code data/documents/ID.yaml}: one document each; the file's name is its permanent address. */
final class DocumentLoader {
    static final Set<String> DOCUMENT_KEYS = Set.of("number", "type", "issuer", "signed", "effective", "published", "title",
            "summary", "file", "placeholder", "category", "democracyRegulation");

    private final Problems problems;
    private final StoredFiles files;

    DocumentLoader(Problems problems, StoredFiles files) {
        this.problems = problems;
        this.files = files;
    }

    Optional<LegalDocument> document(Node root, String rel) {
        return Fields.of(root, "", DOCUMENT_KEYS, problems).map(f -> new LegalDocument(
                DataLoader.idOf(rel),
                f.requiredString("number"),
                f.requiredString("type"),
                f.requiredString("issuer"),
                f.requiredDate("signed"),
                f.optionalDate("effective"),
                f.optionalDate("published"),
                f.requiredString("title"),
                f.optionalString("summary"),
                files.resolve(f, "file", "van-ban/tep").orElse(new StoredFile("", "", 0, "", java.nio.file.Path.of(""))),
                f.optionalBoolean("placeholder", false),
                NoticeLoader.category(f),
                f.optionalBoolean("democracyRegulation", false),
                f.where()));
    }
}
