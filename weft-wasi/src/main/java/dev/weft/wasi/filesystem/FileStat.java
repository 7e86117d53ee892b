package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What {@code stat} reports about a file, with nanosecond times. */
public record FileStat(DescriptorType type, long linkCount, long size, Optional<Instant> accessed,
        Optional<Instant> modified, Optional<Instant> changed, long device, long inode) {

    public static FileStat of(Path path, boolean follow) throws FsError {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, options);
            Map<String, Object> unix = Files.readAttributes(path, "unix:nlink,ino,dev,ctime,mode", options);
            return new FileStat(typeOf(basic, ((Number) unix.get("mode")).intValue()),
                    ((Number) unix.get("nlink")).longValue(), basic.size(),
                    Optional.of(basic.lastAccessTime().toInstant()), Optional.of(basic.lastModifiedTime().toInstant()),
                    Optional.of(((FileTime) unix.get("ctime")).toInstant()), ((Number) unix.get("dev")).longValue(),
                    ((Number) unix.get("ino")).longValue());
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    private static DescriptorType typeOf(BasicFileAttributes basic, int mode) {
        if (basic.isSymbolicLink()) {
            return DescriptorType.SYMBOLIC_LINK;
        } else if (basic.isDirectory()) {
            return DescriptorType.DIRECTORY;
        } else if (basic.isRegularFile()) {
            return DescriptorType.REGULAR_FILE;
        }
        return switch (mode & 0xF000) {
            case 0x6000 -> DescriptorType.BLOCK_DEVICE;
            case 0x2000 -> DescriptorType.CHARACTER_DEVICE;
            case 0x1000 -> DescriptorType.FIFO;
            case 0xC000 -> DescriptorType.SOCKET;
            default -> DescriptorType.UNKNOWN;
        };
    }
}
