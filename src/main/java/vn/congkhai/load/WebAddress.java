package vn.congkhai.load;

import java.net.URI;
import java.net.URISyntaxException;

/** The one check for addresses that become links: absolute http(s) with a host, nothing else. */
public final class WebAddress {
    private WebAddress() {
    }

    public static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
