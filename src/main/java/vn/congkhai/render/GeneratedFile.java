package vn.congkhai.render;

import java.util.function.Supplier;

/** A file of the portal that is not a rendered page (a QR code, a document's PDF); its bytes are read when written. */
public record GeneratedFile(String path, Supplier<byte[]> bytes) {
}
