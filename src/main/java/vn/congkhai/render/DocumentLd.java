package vn.congkhai.render;

import vn.congkhai.render.PublicationViews.DocumentView;
import vn.congkhai.render.meta.JsonLd;

import java.util.LinkedHashMap;
import java.util.Map;

/** A document's page described for search engines and reusers: schema.org Legislation, with its file. */
final class DocumentLd {
    private DocumentLd() {
    }

    static JsonLd of(DocumentView d, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.title());
        m.put("url", d.url());
        if (!d.number().isEmpty()) {
            m.put("legislationIdentifier", d.number());
        }
        m.put("legislationType", d.type());
        m.put("legislationDate", d.isoSigned());
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("@type", "GovernmentOrganization");
        issuer.put("name", d.issuer());
        m.put("legislationPassedBy", issuer);
        if (!d.summary().isEmpty()) {
            m.put("abstract", d.summary());
        }
        m.put("inLanguage", "vi");
        if (!d.placeholder()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("@type", "MediaObject");
            file.put("contentUrl", baseUrl + d.file().href());
            file.put("encodingFormat", d.file().format());
            m.put("encoding", file);
        }
        return JsonLd.of("Legislation", m);
    }
}
