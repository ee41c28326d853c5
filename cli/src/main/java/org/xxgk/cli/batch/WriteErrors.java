package org.xxgk.cli.batch;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/** Why a file could not be written, in words a user can act on. */
public final class WriteErrors {

    private WriteErrors() {
    }

    public static String describe(Exception e) {
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return "磁盘空间不足";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("read-only")
                || e instanceof ReadOnlyFileSystemException) {
            return "没有写入权限或文件夹只读";
        }
        if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException || lower.contains("is a directory")) {
            return "同名的文件夹已存在";
        }
        if (e instanceof NotDirectoryException || e instanceof NoSuchFileException) {
            return "输出文件夹无法创建（路径中有同名文件）";
        }
        return detail;
    }
}
