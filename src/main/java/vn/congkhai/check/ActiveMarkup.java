package vn.congkhai.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a published HTML or XML file run script or load from elsewhere, whatever its kind: the rules shared by
 * {@link HtmlAssetRules} and {@link XmlAssetRules}. Each answer is what is wrong, in the editor's words, or nothing.
 */
final class ActiveMarkup {
    /** Elements that run script, embed another document, or change where addresses lead. */
    static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
            "base", "foreignobject", "handler", "listener");
    /** Attributes holding an address that the browser loads or navigates to. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "data", "poster", "background",
            "lowsrc", "dynsrc", "ping", "manifest", "icon", "codebase", "base", "xlink:href");
    /** Elements whose address is only followed when a reader clicks it: those may lead to other sites. */
    static final Set<String> LINKS = Set.of("a", "area");
    /** Pictures carried inside the file itself: the only {@code data:} addresses allowed. */
    private static final Pattern SCRIPT_ADDRESS = Pattern.compile("(javascript|vbscript|livescript):|data:(?!image/(png|jpe?g|gif|webp)[;,])");
    private static final Pattern EXTERNAL = Pattern.compile("^([a-z][a-z0-9+.-]*:|//|\\\\\\\\)");
    private static final Pattern CSS_ACTIVE = Pattern.compile("@import|expression\\(|behavior\\s*:|-moz-binding");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)");

    private ActiveMarkup() {
    }

    /** Lower case, without the spaces and control characters browsers skip inside an address ({@code java&#9;script:}). */
    static String squeezed(String value) {
        return value.replaceAll("[\\x00-\\x20\\x7f\\u00a0\\u200b-\\u200d\\ufeff]", "").toLowerCase(Locale.ROOT);
    }

    static boolean isHandler(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        return name.substring(colon + 1).startsWith("on");
    }

    /** Any attribute's value: a {@code javascript:} or script-carrying {@code data:} address anywhere in it (SVG's animate {@code values} too). */
    static boolean carriesScriptAddress(String value) {
        return SCRIPT_ADDRESS.matcher(squeezed(value)).find();
    }

    /** An address that makes the browser fetch from another host ({@code https://…}, {@code //host/…}). */
    static boolean isExternal(String address) {
        String a = squeezed(address);
        return EXTERNAL.matcher(a).find() && !a.startsWith("data:") && !a.startsWith("mailto:") && !a.startsWith("tel:");
    }

    /** What is wrong with a stylesheet's text (a {@code style} element or attribute), if anything. */
    static Optional<String> cssProblem(String css) {
        String s = css.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher active = CSS_ACTIVE.matcher(s);
        if (active.find()) {
            return Optional.of(active.group());
        }
        java.util.regex.Matcher url = CSS_URL.matcher(s);
        while (url.find()) {
            String address = url.group(1);
            if (isExternal(address) || carriesScriptAddress(address)) {
                return Optional.of("url(" + address + ")");
            }
        }
        return Optional.empty();
    }
}
