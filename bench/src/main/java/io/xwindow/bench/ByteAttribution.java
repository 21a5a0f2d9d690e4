package io.xwindow.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.Deflater;

/**
 * Every byte of a {@link MappedBundle} given to the {@link SourceFile} it came from (bytes no
 * mapping covers to {@link SourceFile#UNMAPPED}), and what a part of the bundle costs: its raw
 * bytes, and two estimates of its compressed bytes, since compression shares one dictionary across
 * the whole file and no byte has a compressed size of its own:
 *
 * <ul>
 *   <li><b>alone</b>: its bytes, put end to end, compressed on their own. Too high: repetition
 *       with the rest of the bundle is not counted as such.
 *   <li><b>saved</b>: the bundle compressed, less the bundle without its bytes compressed: what
 *       removing it would save. Too low where the rest of the bundle repeats it.
 * </ul>
 *
 * Both compress with zlib's raw deflate at level 9 (no header), which lands within tens of bytes
 * of {@code gzip -9} on these files.
 */
final class ByteAttribution {
  /** What one part of the bundle costs, in bytes. */
  record Share(long raw, long alone, long saved) {}

  private final byte[] code;
  /** The files, in the order they first appear in the code. */
  private final List<SourceFile> files;
  /** For each byte of the code, the index in {@link #files} of the file it came from. */
  private final int[] fileAt;
  private final int deflatedCode;

  private ByteAttribution(byte[] code, List<SourceFile> files, int[] fileAt) {
    this.code = code;
    this.files = List.copyOf(files);
    this.fileAt = fileAt;
    this.deflatedCode = deflatedSize(code);
  }

  /** Attributes every byte of {@code bundle}. */
  static ByteAttribution of(MappedBundle bundle) {
    byte[] code = bundle.code();
    Map<SourceFile, Integer> index = new LinkedHashMap<>();
    int[] fileAt = new int[code.length];
    int unmapped = index.computeIfAbsent(SourceFile.UNMAPPED, f -> index.size());
    Arrays.fill(fileAt, unmapped);
    for (MappedBundle.Span span : bundle.spans()) {
      int file = index.computeIfAbsent(SourceFile.of(span.source()), f -> index.size());
      Arrays.fill(fileAt, span.start(), Math.min(span.end(), code.length), file);
    }
    return new ByteAttribution(code, new ArrayList<>(index.keySet()), fileAt);
  }

  /** The size of the bundle. */
  int size() {
    return code.length;
  }

  /** The size of the whole bundle, deflated as the estimates are. */
  int deflated() {
    return deflatedCode;
  }

  /** Every file that has bytes in the bundle, each with its share, the largest first. */
  Map<SourceFile, Share> byFile() {
    Map<SourceFile, Share> shares = new LinkedHashMap<>();
    files.stream()
        .map(file -> Map.entry(file, share(file::equals)))
        .filter(entry -> entry.getValue().raw() > 0)
        .sorted(Comparator.comparing((Map.Entry<SourceFile, Share> e) -> e.getValue().raw()).reversed()
            .thenComparing(e -> e.getKey().unit()))
        .forEach(entry -> shares.put(entry.getKey(), entry.getValue()));
    return shares;
  }

  /** The share of the bytes that came from the files {@code which} accepts, together. */
  Share share(Predicate<SourceFile> which) {
    boolean[] chosen = new boolean[files.size()];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = which.test(files.get(i));
    }
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    for (int i = 0; i < code.length; i++) {
      (chosen[fileAt[i]] ? part : rest).write(code[i]);
    }
    return new Share(part.size(), deflatedSize(part.toByteArray()),
        deflatedCode - deflatedSize(rest.toByteArray()));
  }

  /** The size of {@code bytes} deflated at level 9, without a zlib or gzip header. */
  static int deflatedSize(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      byte[] buffer = new byte[8192];
      int size = 0;
      while (!deflater.finished()) {
        size += deflater.deflate(buffer);
      }
      return size;
    } finally {
      deflater.end();
    }
  }
}
