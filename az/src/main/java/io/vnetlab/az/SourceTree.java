package io.vnetlab.az;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * The sources a launcher builds from: its {@code *.java} files and POMs under a root, build output ({@code target})
 * and hidden directories left out. A resident server started by {@code ./vnetlab} asks it before each call whether
 * a source changed since the build, so that the launcher, not the server, answers then: it rebuilds first.
 */
final class SourceTree {

    private final Path root;
    private final Path buildStamp;

    /** The sources under {@code root}, compared with the modification time of {@code buildStamp}. */
    SourceTree(Path root, Path buildStamp) {
        this.root = root;
        this.buildStamp = buildStamp;
    }

    /** Whether a source is newer than the build stamp (or the stamp is gone: a clean build dir). */
    boolean changedSinceBuild() {
        try {
            FileTime built = Files.getLastModifiedTime(buildStamp);
            boolean[] newer = {false};
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && (name.equals("target") || name.startsWith("."))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if ((name.endsWith(".java") || name.equals("pom.xml"))
                            && attrs.lastModifiedTime().compareTo(built) > 0) {
                        newer[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            return newer[0];
        } catch (IOException e) {
            return true;
        }
    }
}
