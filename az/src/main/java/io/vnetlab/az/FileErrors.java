package io.vnetlab.az;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file the user named could not be read, in a shell's words: the file system exceptions carry only the path
 * as their message, so printing it after the path would say the path twice and never the reason.
 */
final class FileErrors {

    private FileErrors() {
    }

    /** "No such file or directory", "Permission denied", or the reason the system gave. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
