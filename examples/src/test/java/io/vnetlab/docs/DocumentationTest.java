package io.vnetlab.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the documentation navigable and true as a whole: every relative link of README.md, CHANGELOG.md, docs/ and
 * the katas resolves (to a file, and to a heading or {@code <a id>} anchor when it names one); every Java snippet is
 * one a test compiles and runs (it sits between {@code <!-- snippet:NAME (... by THE TEST ...) -->} markers, and the
 * test named there keeps it verbatim); a page cited as text anywhere in the repository exists, with its anchor;
 * code fences close and tables have their header row, so a page renders as written; and the README's dependency
 * blocks give the version this build makes.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern ANCHOR = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"");
    /** A page of docs/ or docs/azure/, with an anchor or without, written as text rather than as a relative link. */
    private static final Pattern CITATION =
            Pattern.compile("(?<![\\w/.])(docs/(?:azure/)?[\\w-]+\\.md)(?:#([\\w-]+))?");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})(.*)$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|(\\s*:?-+:?\\s*\\|)+");

    @Test
    void every_relative_link_resolves() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
                while (m.find()) {
                    String problem = problemWith(page, m.group(1));
                    if (problem != null) {
                        broken.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + m.group(1) + " (" + problem + ")");
                    }
                }
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void every_java_snippet_is_compiled_by_the_test_its_marker_names() {
        List<String> unchecked = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            String marker = null;
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("<!-- snippet:")) {
                    marker = line;
                } else if (line.startsWith("<!-- end-snippet")) {
                    marker = null;
                } else if (line.startsWith("```")) {
                    if (!fenced && line.equals("```java")) {
                        String where = ROOT.relativize(page) + ":" + (i + 1);
                        if (marker == null) {
                            unchecked.add(where + ": a Java block outside snippet markers");
                        } else {
                            String name = snippetName(marker);
                            List<String> shown = region(lines, "<!-- snippet:" + name, "<!-- end-snippet");
                            if (namedSources(marker).stream().noneMatch(
                                    s -> shown.equals(region(lines(s), "// snippet:" + name, "// end-snippet")))) {
                                unchecked.add(where + ": no file that " + marker + " names holds // snippet:"
                                        + name + " with the same lines");
                            }
                        }
                    }
                    fenced = !fenced;
                }
            }
        }
        assertThat(unchecked).as("Java snippets no test keeps true").isEmpty();
    }

    /**
     * Code comments, messages and pages cite rules as plain text, {@code docs/azure/routing.md#system-routes}, outside
     * any Markdown link: each cited page and anchor must exist, or the citation leads a reader nowhere.
     */
    @Test
    void every_page_and_anchor_cited_as_text_exists() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : citingFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CITATION.matcher(lines.get(i));
                while (m.find()) {
                    Path page = ROOT.resolve(m.group(1));
                    String problem = !Files.exists(page) ? "no such file"
                            : m.group(2) != null && !anchors(page).contains(m.group(2)) ? "no such anchor" : null;
                    if (problem != null) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + m.group() + " (" + problem + ")");
                    }
                }
            }
        }
        assertThat(broken).as("citations that lead nowhere").isEmpty();
    }

    /** A closing fence with text after it is no closing fence: the rest of the page would render as code. */
    @Test
    void every_code_fence_closes_cleanly() {
        List<String> open = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            String fence = null;
            int openedAt = 0;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FENCE.matcher(lines.get(i));
                if (!m.matches()) {
                    continue;
                }
                if (fence == null) {
                    fence = m.group(1);
                    openedAt = i + 1;
                } else if (m.group(1).startsWith(fence)) {
                    if (m.group(2).isBlank()) {
                        fence = null;
                    } else {
                        open.add(ROOT.relativize(page) + ":" + (i + 1) + ": text after a closing fence");
                    }
                }
            }
            if (fence != null) {
                open.add(ROOT.relativize(page) + ":" + openedAt + ": a fence that never closes");
            }
        }
        assertThat(open).as("code blocks that swallow the text after them").isEmpty();
    }

    /** Rows after a blank line start a new table, which without its header and separator renders as plain text. */
    @Test
    void every_table_starts_with_a_header_and_a_separator_row() {
        List<String> headless = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("```")) {
                    fenced = !fenced;
                }
                boolean starts = !fenced && line.startsWith("|")
                        && (i == 0 || !lines.get(i - 1).strip().startsWith("|"));
                if (starts && (i + 1 >= lines.size() || !TABLE_SEPARATOR.matcher(lines.get(i + 1).strip()).matches())) {
                    headless.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(headless).as("table rows without a header row above them").isEmpty();
    }

    @Test
    void the_readme_dependency_blocks_give_the_version_this_build_makes() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>vnetlab-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("the parent POM's version").isTrue();
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme)
                .contains("<artifactId>vnetlab-junit</artifactId>\n  <version>" + version.group(1) + "</version>")
                .contains("testImplementation(\"io.vnetlab:vnetlab-junit:" + version.group(1) + "\")");
    }

    private static String problemWith(Path page, String target) {
        if (target.matches("^(https?|mailto):.*")) {
            return null;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor == null || !resolved.toString().endsWith(".md")) {
            return null;
        }
        return anchors(resolved).contains(anchor) ? null : "no such anchor";
    }

    /** GitHub's heading slugs, and explicit {@code <a id>} anchors. */
    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        for (String line : lines(page)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced) {
                continue;
            }
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip();
                anchors.add(heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
            Matcher m = ANCHOR.matcher(line);
            while (m.find()) {
                anchors.add(m.group(1));
            }
        }
        return anchors;
    }

    private static String snippetName(String marker) {
        return marker.substring("<!-- snippet:".length()).split("[\\s(]")[0];
    }

    private static List<Path> namedSources(String marker) {
        Matcher m = Pattern.compile("([\\w./-]+\\.java)").matcher(marker);
        List<Path> sources = new ArrayList<>();
        while (m.find()) {
            sources.add(ROOT.resolve(m.group(1)));
        }
        return sources;
    }

    /** The stripped, non-blank lines between a line starting with {@code start} and the next starting with {@code end}. */
    private static List<String> region(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (from < 0 && (line.equals(start) || line.startsWith(start + " ") || line.startsWith(start + "("))) {
                from = i + 1;
            } else if (from >= 0 && line.startsWith(end)) {
                return lines.subList(from, i).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("```")).collect(Collectors.toList());
            }
        }
        return List.of();
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
        for (String dir : List.of("docs", "katas")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(dir), dir.equals("katas") ? 1 : Integer.MAX_VALUE)) {
                pages.addAll(files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    /** The repository's own text: pages, sources and build files, not what a build or Git keeps. */
    private static List<Path> citingFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> ROOT.relativize(p).toString().split("[/\\\\]")[0].matches("[^.].*"))
                    .filter(p -> !ROOT.relativize(p).toString()
                            .matches("(.*[/\\\\])?(target|node_modules)([/\\\\].*)?"))
                    .filter(p -> p.toString().matches(".*\\.(java|md|xml|azcli|properties)$") || p.endsWith("vnetlab"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
