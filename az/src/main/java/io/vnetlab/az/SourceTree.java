package io.vnetlab.az;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The sources a launcher builds from: the {@code *.java} files and POMs in the paths it names (files, or directories
 * whose build output, {@code target}, and hidden directories are left out). A resident server started by
 * {@code ./vnetlab} asks it before each call whether a source changed since the build, so that the launcher, not the
 * server, answers then: it rebuilds first. It must name exactly the paths the launcher's own check looks at, or the
 * server would stop for a change the launcher does not rebuild for.
 */
final class SourceTree {

    private final List<Path> paths;
    private final Path buildStamp;

    /** The sources in {@code paths}, compared with the modification time of {@code buildStamp}. */
    SourceTree(List<Path> paths, Path buildStamp) {
        this.paths = List.copyOf(paths);
        this.buildStamp = buildStamp;
    }

    /** Whether a source is newer than the build stamp (or the stamp is gone: a clean build directory). */
    boolean changedSinceBuild() {
        FileTime built;
        try {
            built = Files.getLastModifiedTime(buildStamp);
        } catch (IOException e) {
            return true;
        }
        for (Path path : paths) {
            if (changedSince(path, built)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changedSince(Path start, FileTime built) {
        boolean[] newer = {false};
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(start) && (name.equals("target") || name.startsWith("."))
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
                    return FileVisitResult.CONTINUE;   // a path that is not there holds no source
                }
            });
        } catch (IOException e) {
            return true;
        }
        return newer[0];
    }
}
