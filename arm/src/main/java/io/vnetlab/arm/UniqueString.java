package io.vnetlab.arm;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ARM's {@code uniqueString(...)}: the arguments joined with '-', hashed with the 64-bit MurmurHash variant of
 * Microsoft's deployment engine (Microsoft.PowerPlatform.ResourceStack), written as 13 characters of lower-case
 * base32 ({@code a-z2-7}). Written from the algorithm's description; its tests check it against values Azure
 * produces.
 */
final class UniqueString {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int C1 = 0x239b961b;
    private static final int C2 = 0xab0e9789;
    private static final int C3 = 0x85ebca6b;
    private static final int C4 = 0xc2b2ae35;

    private UniqueString() {
    }

    static String of(List<String> values) {
        long hash = hash64(String.join("-", values).getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < 13; i++) {
            sb.append(ALPHABET.charAt((int) ((hash >>> 59) & 31)));
            hash <<= 5;
        }
        return sb.toString();
    }

    static long hash64(byte[] data) {
        int length = data.length;
        int h1 = 0;
        int h2 = 0;
        int i = 0;
        while (i + 7 < length) {
            int k1 = le32(data, i);
            int k2 = le32(data, i + 4);
            k1 = Integer.rotateLeft(k1 * C1, 15) * C2;
            h1 ^= k1;
            h1 = Integer.rotateLeft(h1, 19) + h2;
            h1 = h1 * 5 + 0x561ccd1b;
            k2 = Integer.rotateLeft(k2 * C2, 17) * C1;
            h2 ^= k2;
            h2 = Integer.rotateLeft(h2, 13) + h1;
            h2 = h2 * 5 + 0x0bcaa747;
            i += 8;
        }
        int rest = length - i;
        if (rest > 0) {
            int k1 = rest >= 4 ? le32(data, i) : partial(data, i, rest);
            h1 ^= Integer.rotateLeft(k1 * C1, 15) * C2;
            if (rest > 4) {
                int k2 = partial(data, i + 4, rest - 4);
                h2 ^= Integer.rotateLeft(k2 * C2, 17) * C1;
            }
        }
        h2 ^= length;
        h1 = (h1 ^ length) + h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return ((long) h2 << 32) | (h1 & 0xffffffffL);
    }

    private static int mix(int h) {
        h = (h ^ (h >>> 16)) * C3;
        h = (h ^ (h >>> 13)) * C4;
        return h ^ (h >>> 16);
    }

    private static int le32(byte[] d, int i) {
        return (d[i] & 0xff) | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff) << 16 | (d[i + 3] & 0xff) << 24;
    }

    private static int partial(byte[] d, int i, int n) {
        int k = 0;
        for (int b = 0; b < n; b++) {
            k |= (d[i + b] & 0xff) << (8 * b);
        }
        return k;
    }
}
