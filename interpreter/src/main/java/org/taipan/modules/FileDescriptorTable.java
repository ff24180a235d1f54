package org.taipan.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.taipan.objects.PyObject;

/**
 * The process's file descriptors as the {@code os} module sees them: small ints naming open
 * Java channels (0, 1 and 2 are the interpreter's standard streams). Every byte read from a file
 * goes through {@link #read}, the one place a blocking read happens.
 */
public final class FileDescriptorTable {
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200,
            O_TRUNC = 01000, O_APPEND = 02000;

    /** One open descriptor: a file channel, or a standard stream. */
    static final class OpenFile {
        final FileChannel channel;
        final Path path;
        final boolean readable;
        final boolean writable;
        final boolean append;

        OpenFile(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
            this.channel = channel;
            this.path = path;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }
    }

    private static final Map<Integer, OpenFile> FILES = new HashMap<>();
    private static int next = 3;

    private FileDescriptorTable() {
    }

    /** {@code os.open}: flags are Linux's O_* bits; errors name {@code filename}. */
    public static int open(Path path, int flags, int mode, PyObject filename) {
        return open(path, flags, mode, filename, false);
    }

    private static int open(Path path, int flags, int mode, PyObject filename, boolean retried) {
        int access = flags & 3;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        if (Files.isDirectory(path)) {
            if (writable || (flags & O_CREAT) != 0) {
                throw OsErrors.error(OsErrors.EISDIR, filename);
            }
            throw OsErrors.error(OsErrors.EISDIR, filename);
        }
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if ((flags & O_CREAT) != 0 && !writable) {
                // Java ignores CREATE for a read-only channel: make the file first
                try {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(permissions(mode)));
                } catch (FileAlreadyExistsException e) {
                    if ((flags & O_EXCL) != 0) {
                        throw e;
                    }
                }
                options.remove(StandardOpenOption.CREATE);
                options.remove(StandardOpenOption.CREATE_NEW);
            }
            FileChannel ch;
            if ((flags & O_CREAT) != 0 && writable) {
                FileAttribute<Set<PosixFilePermission>> perms = PosixFilePermissions.asFileAttribute(permissions(mode));
                ch = FileChannel.open(path, options, perms);
            } else {
                ch = FileChannel.open(path, options);
            }
            synchronized (FILES) {
                int fd = next;
                while (FILES.containsKey(fd)) {
                    fd++;
                }
                next = fd + 1;
                FILES.put(fd, new OpenFile(ch, path, readable, writable, (flags & O_APPEND) != 0));
                return fd;
            }
        } catch (FileAlreadyExistsException e) {
            throw OsErrors.error(OsErrors.EEXIST, filename);
        } catch (NoSuchFileException e) {
            throw OsErrors.error(OsErrors.ENOENT, filename);
        } catch (IOException e) {
            if (!retried && e instanceof FileSystemException
                    && "Too many open files".equals(((FileSystemException) e).getReason())) {
                // files dropped without close() may be holding descriptors: let them go, once
                System.gc();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                return open(path, flags, mode, filename, true);
            }
            throw OsErrors.fromIOException(e, filename);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.error(OsErrors.EINVAL, filename);
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(bits[i]);
            }
        }
        return s;
    }

    private static OpenFile file(int fd) {
        synchronized (FILES) {
            OpenFile f = FILES.get(fd);
            if (f == null) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            return f;
        }
    }

    private static boolean isStd(int fd) {
        synchronized (FILES) {
            return fd >= 0 && fd <= 2 && !FILES.containsKey(fd);
        }
    }

    /** The path an open descriptor was opened with (null for the standard streams). */
    public static Path pathOf(int fd) {
        return isStd(fd) ? null : file(fd).path;
    }

    /** {@code os.read}: at most {@code n} bytes, fewer only at the end of the file. */
    public static byte[] read(int fd, int n) {
        if (n < 0) {
            throw OsErrors.error(OsErrors.EINVAL);
        }
        try {
            if (isStd(fd)) {
                if (fd != 0) {
                    throw OsErrors.error(OsErrors.EBADF);
                }
                InputStream in = Stdio.input();
                byte[] buf = new byte[n];
                int got = n == 0 ? 0 : in.read(buf);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, got);
            }
            OpenFile f = file(fd);
            if (!f.readable) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            // never allocate more than the file has left (read(huge) on a small file)
            long size = f.channel.size();
            if (size == 0) {
                // files of /proc and /sys report no size but have content: read in chunks
                n = Math.min(n, 65536);
            } else {
                long left = size - f.channel.position();
                if (left >= 0 && left < n) {
                    n = (int) Math.max(left, 0);
                }
            }
            ByteBuffer buf = ByteBuffer.allocate(n);
            while (buf.hasRemaining()) {
                if (f.channel.read(buf) < 0) {
                    break;
                }
            }
            return buf.position() == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code os.write}: writes all of {@code data}, returns its length. */
    public static int write(int fd, byte[] data) {
        try {
            if (isStd(fd)) {
                if (fd == 0) {
                    throw OsErrors.error(OsErrors.EBADF);
                }
                PrintStream out = fd == 1 ? Stdio.out() : Stdio.err();
                out.write(data, 0, data.length);
                out.flush();
                return data.length;
            }
            OpenFile f = file(fd);
            if (!f.writable) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            if (f.append) {
                f.channel.position(f.channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                f.channel.write(buf);
            }
            return data.length;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code os.lseek}: whence 0 (start), 1 (current) or 2 (end); returns the new position. */
    public static long lseek(int fd, long pos, int whence) {
        if (isStd(fd)) {
            throw OsErrors.error(OsErrors.ESPIPE);
        }
        OpenFile f = file(fd);
        try {
            long size = f.channel.size();
            if (whence == 3 || whence == 4) {
                // SEEK_DATA / SEEK_HOLE: no holes here, data runs to the end
                if (pos >= size) {
                    throw OsErrors.error(6);
                }
                long to = whence == 3 ? pos : size;
                f.channel.position(to);
                return to;
            }
            long base = whence == 0 ? 0 : whence == 1 ? f.channel.position() : whence == 2 ? size : -1;
            if (base < 0 || base + pos < 0) {
                throw OsErrors.error(OsErrors.EINVAL);
            }
            f.channel.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code os.ftruncate}. */
    public static void truncate(int fd, long size) {
        OpenFile f = isStd(fd) ? null : file(fd);
        if (f == null || !f.writable) {
            throw OsErrors.error(OsErrors.EINVAL);
        }
        try {
            long pos = f.channel.position();
            long old = f.channel.size();
            if (size < old) {
                f.channel.truncate(size);
            } else if (size > old) {
                // writing the last byte extends the file, the gap reads as zeros
                f.channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            f.channel.position(pos);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /**
     * What closes a descriptor once the file object owning it is garbage: CPython closes a file
     * when its last reference goes, so programs that never call close() (open(p).read() in a
     * loop) must not run out of descriptors here. It closes only the very channel it was made
     * for, never a later file that reuses the number.
     */
    public static Runnable closerFor(int fd) {
        OpenFile owner;
        synchronized (FILES) {
            owner = FILES.get(fd);
        }
        return () -> {
            synchronized (FILES) {
                if (owner == null || FILES.get(fd) != owner) {
                    return;
                }
                FILES.remove(fd);
                if (fd < next) {
                    next = Math.max(3, fd);
                }
            }
            try {
                owner.channel.close();
            } catch (IOException e) {
                // nobody is left to tell
            }
        };
    }

    /** {@code os.close}. */
    public static void close(int fd) {
        synchronized (FILES) {
            if (fd >= 0 && fd <= 2 && !FILES.containsKey(fd)) {
                // the standard streams belong to the embedding and outlive this interpreter
                return;
            }
            OpenFile f = FILES.remove(fd);
            if (f == null) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            if (fd < next) {
                next = Math.max(3, fd);
            }
            try {
                f.channel.close();
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, null);
            }
        }
    }

    /** Whether {@code fd} names an open descriptor. */
    public static boolean isOpen(int fd) {
        synchronized (FILES) {
            return isStd(fd) || FILES.containsKey(fd);
        }
    }
}
