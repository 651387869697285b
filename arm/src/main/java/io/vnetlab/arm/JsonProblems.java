package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.regex.Pattern;

/**
 * Says what is wrong with JSON text in a template author's terms: what the parser expected and where, never the
 * parser's own class, source or configuration names.
 */
final class JsonProblems {

    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]",
            Pattern.DOTALL);
    private static final int EXCERPT = 500;

    private JsonProblems() {
    }

    /** What is wrong, and where when the parser knows: {@code "Unexpected end-of-input ... (line 1, column 7)"}. */
    static String describe(JsonProcessingException e) {
        String what;
        if (e instanceof StreamConstraintsException) {
            what = "objects and arrays are nested more than " + TemplateLimits.JSON_DEPTH + " levels deep";
        } else {
            String original = e.getOriginalMessage() == null ? "it is not valid JSON" : e.getOriginalMessage();
            what = SOURCE.matcher(original).replaceAll("line $1, column $2").replace('\n', ' ').strip();
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? what
                : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** A long text cut to its start, so a message about it stays readable. */
    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }
}
