package app.toile.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A class path that class-data sharing can archive: the JVM maps classes from jars only, and
 * refuses to dump an archive when a non-empty folder is on the class path. Each folder (the
 * build's {@code classes} and {@code test-classes}) is packed into a jar of the same content.
 */
final class ArchivableClassPath {
  private ArchivableClassPath() {}

  /** The same class path with each folder replaced by a jar of it, written under {@code jars}. */
  static String of(String classPath, Path jars) throws IOException {
    Files.createDirectories(jars);
    List<String> entries = new ArrayList<>();
    int folders = 0;
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = jars.resolve(folders++ + "-" + path.getFileName() + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Fails when a training run wrote no archive, rather than timing runs that map none. */
  static void requireArchives(Path... archives) throws IOException {
    for (Path archive : archives) {
      if (!Files.isRegularFile(archive)) {
        throw new IOException("no class-data archive was written to " + archive);
      }
    }
  }

  private static void pack(Path folder, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
        if (name.isEmpty()) {
          continue;
        }
        boolean dir = Files.isDirectory(file);
        zip.putNextEntry(new JarEntry(dir ? name + "/" : name));
        if (!dir) {
          Files.copy(file, zip);
        }
        zip.closeEntry();
      }
    }
  }
}
