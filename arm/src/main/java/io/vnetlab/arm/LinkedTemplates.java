package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the templates and parameters files that nested deployments link ({@code templateLink},
 * {@code parametersLink}) are read from. vnetlab reads no URLs: a {@code relativePath} is read next to the template
 * that links it, and a URI under a prefix mapped to a local folder is read from that folder (as a staging storage
 * account of linked templates is, in our tests); any other URI is refused with ARM's {@code InvalidContentLink}.
 */
final class LinkedTemplates {

    /** Where a template came from: a local file, a URI, both (a mapped URI), or neither (inline JSON). */
    record Source(Path file, String uri) {
        static final Source INLINE = new Source(null, null);
    }

    private final Map<String, Path> folders = new LinkedHashMap<>();

    static LinkedTemplates none() {
        return new LinkedTemplates();
    }

    /** Reads URIs that start with {@code uriPrefix} from {@code folder}. */
    LinkedTemplates map(String uriPrefix, Path folder) {
        folders.put(uriPrefix.endsWith("/") ? uriPrefix : uriPrefix + "/", folder);
        return this;
    }

    /** The source a link names: {@code relativePath} from the linking template's place, else {@code uri}. */
    Source locate(String uri, String relativePath, Source parent, String path) {
        if (relativePath != null) {
            if (parent.uri() != null) {
                return fromUri(EncodingFunctions.uri("uri", parent.uri(), relativePath), path);
            }
            if (parent.file() == null) {
                throw new PathError(path + ".relativePath", "The templateLink's relativePath '" + relativePath
                        + "' is relative to the template that links it, and this one was given as text: deploy the"
                        + " linking template from its file so that its folder is known.");
            }
            Path parentFolder = parent.file().toAbsolutePath().getParent();
            return new Source(parentFolder.resolve(relativePath).normalize(), null);
        }
        return fromUri(uri, path);
    }

    private Source fromUri(String uri, String path) {
        String withoutQuery = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            if (withoutQuery.toLowerCase(Locale.ROOT).startsWith(e.getKey().toLowerCase(Locale.ROOT))) {
                return new Source(e.getValue().resolve(withoutQuery.substring(e.getKey().length())).normalize(), uri);
            }
        }
        throw new AzureException(AzureErrorCode.InvalidContentLink, "Unable to download deployment content from '"
                + uri + "' (" + path + "): vnetlab reads no URLs. Give the linked template by relativePath next to"
                + " the template that links it, or map the URI's folder to a local one with"
                + " ArmDeployment.linkedTemplates(uriPrefix, folder).");
    }

    /** The JSON of a linked file. */
    JsonNode read(Source source, String uri) {
        String text;
        try {
            text = Files.readString(source.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AzureException(AzureErrorCode.InvalidContentLink, "Unable to download deployment content from '"
                    + uri + "': the file " + source.file() + " cannot be read.");
        }
        try {
            return Values.INPUT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AzureException(AzureErrorCode.InvalidContentLink, "The content of '" + uri + "' is not valid"
                    + " JSON: " + JsonProblems.describe(e) + ".");
        }
    }
}
