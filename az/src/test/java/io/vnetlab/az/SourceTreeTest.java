package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTreeTest {

    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-01T12:00:00Z"));

    @TempDir
    Path root;

    @Test
    void a_java_file_or_pom_newer_than_the_build_stamp_is_a_change() throws IOException {
        Path stamp = file("module/target/stamp.txt", BUILT);
        file("module/src/A.java", BUILT.toInstant().minusSeconds(60));
        SourceTree tree = new SourceTree(List.of(root.resolve("module"), root.resolve("pom.xml")), stamp);
        assertThat(tree.changedSinceBuild()).isFalse();

        file("pom.xml", BUILT.toInstant().plusSeconds(1));
        assertThat(tree.changedSinceBuild()).isTrue();
    }

    @Test
    void build_output_hidden_directories_other_files_and_paths_not_named_are_no_change() throws IOException {
        Path stamp = file("module/target/stamp.txt", BUILT);
        Instant later = BUILT.toInstant().plusSeconds(60);
        file("module/target/generated/G.java", later);
        file("module/.idea/I.java", later);
        file("module/README.md", later);
        file("elsewhere/E.java", later);

        assertThat(new SourceTree(List.of(root.resolve("module"), root.resolve("absent")), stamp).changedSinceBuild())
                .isFalse();
    }

    @Test
    void a_missing_build_stamp_is_a_change() {
        assertThat(new SourceTree(List.of(root), root.resolve("target/stamp.txt")).changedSinceBuild()).isTrue();
    }

    private Path file(String name, FileTime time) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, time);
        return file;
    }

    private Path file(String name, Instant time) throws IOException {
        return file(name, FileTime.from(time));
    }
}
