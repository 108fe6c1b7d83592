package vn.congkhai.render;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG drawn at build time (Nayuki's qrcodegen does the encoding; this class only draws
 * the modules). Medium error correction keeps a code printed on a notice board readable with a smudge
 * or a pin through it; the quiet zone of four modules is what scanners expect.
 */
final class QrSvg {
    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * The drawn modules of the last addresses encoded in this JVM: choosing a code's mask is most of a preview's
     * rebuild of a ward's documents otherwise, and the same address always gives the same code. Few (a ward's
     * documents), so that a national build does not keep thousands.
     */
    private static final java.util.Map<String, Modules> DRAWN = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Modules> eldest) {
                    return size() > 512;
                }
            });

    private record Modules(int size, String path) {
    }

    /** @param url checked by the caller: an absolute http(s) address of the portal */
    static String of(String url, String title) {
        Modules drawn = DRAWN.get(url);
        if (drawn == null) {
            drawn = draw(url);
            DRAWN.put(url, drawn);
        }
        int size = drawn.size();
        String path = drawn.path();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + xml(title) + "\">\n"
                + "<title>" + xml(title) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>\n"
                + "</svg>\n";
    }

    private static Modules draw(String url) {
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new Modules(qr.size + QUIET_ZONE * 2, path.toString());
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
