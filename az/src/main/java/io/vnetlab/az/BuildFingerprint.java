package io.vnetlab.az;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which build of vnetlab this JVM runs: each class path entry with its size and modification time. A snapshot
 * written by another build is not trusted ({@link JournalSnapshot}), and a resident server whose build changed
 * under it stops ({@link AzServer}): a rebuilt vnetlab may answer a command differently.
 */
final class BuildFingerprint {

    private BuildFingerprint() {
    }

    /** The class path as it is on disk now. */
    static String current() {
        StringBuilder build = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            build.append(entry);
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
                build.append(':').append(a.size()).append(':').append(a.lastModifiedTime().toMillis());
            } catch (IOException | RuntimeException e) {
                build.append(":absent");
            }
            build.append(';');
        }
        return build.length() > 60_000 ? Integer.toHexString(build.toString().hashCode()) : build.toString();
    }
}
