package vn.congkhai.model;

/**
 * A file kept in the ward's repository and published with the portal (a document's PDF, an attachment).
 *
 * @param source    where it is in the project, e.g. {@code content/tep/quy-che.pdf}
 * @param published where it is on the portal, e.g. {@code van-ban/tep/quy-che.pdf}
 * @param size      bytes
 * @param format    what to tell a reader, e.g. {@code PDF}
 * @param location  the file on disk, checked to be inside the project when loaded
 */
public record StoredFile(String source, String published, long size, String format, java.nio.file.Path location) {
}
