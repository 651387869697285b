package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.vnetlab.arm.Functions.eager;
import static io.vnetlab.arm.Functions.str;

/**
 * The string functions that encode and decode: {@code base64}, {@code base64ToString}, {@code base64ToJson},
 * {@code dataUri}, {@code dataUriToString}, {@code uri}, {@code uriComponent}, {@code uriComponentToString}
 * (docs/azure/arm-templates.md#functions).
 */
final class EncodingFunctions {

    private static final String DATA_URI_PREFIX = "data:text/plain;charset=utf8;base64,";

    private EncodingFunctions() {
    }

    static void register() {
        eager("base64", 1, 1, (n, a, ev) -> TextNode.valueOf(Base64.getEncoder()
                .encodeToString(str(n, a, 0).getBytes(StandardCharsets.UTF_8))));
        eager("base64ToString", 1, 1, (n, a, ev) -> TextNode.valueOf(decodeBase64(n, str(n, a, 0))));
        eager("base64ToJson", 1, 1, (n, a, ev) -> Functions.parseJson(n, decodeBase64(n, str(n, a, 0))));
        eager("dataUri", 1, 1, (n, a, ev) -> TextNode.valueOf(DATA_URI_PREFIX + Base64.getEncoder()
                .encodeToString(str(n, a, 0).getBytes(StandardCharsets.UTF_8))));
        eager("dataUriToString", 1, 1, (n, a, ev) -> TextNode.valueOf(fromDataUri(n, str(n, a, 0))));
        eager("uri", 2, 2, (n, a, ev) -> TextNode.valueOf(uri(n, str(n, a, 0), str(n, a, 1))));
        eager("uriComponent", 1, 1, (n, a, ev) -> TextNode.valueOf(escape(str(n, a, 0))));
        eager("uriComponentToString", 1, 1, (n, a, ev) -> TextNode.valueOf(unescape(n, str(n, a, 0))));
    }

    private static String decodeBase64(String name, String text) {
        try {
            return new String(Base64.getDecoder().decode(text.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the string '"
                    + JsonProblems.excerpt(text) + "' is not valid base64.");
        }
    }

    private static String fromDataUri(String name, String dataUri) {
        int comma = dataUri.indexOf(',');
        if (!dataUri.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the string '"
                    + JsonProblems.excerpt(dataUri) + "' is not a data URI such as '" + DATA_URI_PREFIX + "SGVsbG8='.");
        }
        String header = dataUri.substring(5, comma);
        String payload = dataUri.substring(comma + 1);
        return header.toLowerCase(java.util.Locale.ROOT).endsWith(";base64") ? decodeBase64(name, payload)
                : unescape(name, payload);
    }

    /**
     * {@code uri(baseUri, relativeUri)}: ARM combines them as .NET's {@code Uri} does: a base ending in '/' is kept
     * whole, otherwise its last segment is replaced; a relative part starting with '/' replaces the base's path.
     */
    static String uri(String name, String base, String relative) {
        URI parsed;
        try {
            parsed = new URI(base);
        } catch (URISyntaxException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isAbsolute() || parsed.getRawAuthority() == null) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the base URI '"
                    + JsonProblems.excerpt(base) + "' is not an absolute URI such as 'https://contoso.com/templates/'.");
        }
        String root = parsed.getScheme() + "://" + parsed.getRawAuthority();
        String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
        if (relative.startsWith("/")) {
            return root + relative;
        }
        return root + path.substring(0, path.lastIndexOf('/') + 1) + relative;
    }

    /** Percent-encodes every character but the unreserved ones (letters, digits, {@code -._~}), as ARM does. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    static String unescape(String name, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
