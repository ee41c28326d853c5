package org.xxgk.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The sha256 of every input an earlier run converted, held compactly for broadcasting to every
 * executor: the first 128 bits of each, sorted (16 bytes a file, 16 MB for a million; a false
 * match needs two of them to share 128 bits).
 */
final class DoneFiles implements Serializable {

    private final long[] sorted; // pairs (high, low), ordered by high then low

    private DoneFiles(long[] sorted) {
        this.sorted = sorted;
    }

    static DoneFiles of(Collection<String> sha256s) {
        long[][] pairs = sha256s.stream().map(DoneFiles::key).sorted(DoneFiles::compare).toArray(long[][]::new);
        long[] flat = new long[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            flat[2 * i] = pairs[i][0];
            flat[2 * i + 1] = pairs[i][1];
        }
        return new DoneFiles(flat);
    }

    static DoneFiles none() {
        return new DoneFiles(new long[0]);
    }

    int size() {
        return sorted.length / 2;
    }

    boolean contains(String sha256) {
        long[] key = key(sha256);
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(new long[] {sorted[2 * mid], sorted[2 * mid + 1]}, key);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }

    private static long[] key(String sha256) {
        byte[] bytes = HexFormat.of().parseHex(sha256.substring(0, 32));
        return new long[] {java.nio.ByteBuffer.wrap(bytes).getLong(0), java.nio.ByteBuffer.wrap(bytes).getLong(8)};
    }

    private static int compare(long[] a, long[] b) {
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compare(a[1], b[1]);
    }
}
