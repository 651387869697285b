package io.vnetlab.controlplane;

import java.util.UUID;

/**
 * {@link UUID#nameUUIDFromBytes} (a version 3 UUID: the MD5 digest of the name), computed here: the JDK's version
 * looks MD5 up through the security providers, whose first use reads the security configuration and loads about
 * forty classes — a noticeable share of a JVM's start-up when the first topology is built (MD5 of RFC 1321).
 */
final class NameBasedUuid {

    private static final int[] SHIFT = {
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

    /** floor(abs(sin(i + 1)) * 2^32), as RFC 1321 tabulates it. */
    private static final int[] K = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            K[i] = (int) (long) StrictMath.floor(StrictMath.abs(StrictMath.sin(i + 1)) * 4294967296.0);
        }
    }

    private NameBasedUuid() {
    }

    /** The same UUID as {@code UUID.nameUUIDFromBytes(name)}. */
    static UUID of(byte[] name) {
        byte[] digest = md5(name);
        digest[6] = (byte) ((digest[6] & 0x0f) | 0x30);   // version 3
        digest[8] = (byte) ((digest[8] & 0x3f) | 0x80);   // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (digest[i] & 0xff);
            least = (least << 8) | (digest[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    static byte[] md5(byte[] message) {
        int blocks = (message.length + 8) / 64 + 1;
        byte[] padded = new byte[blocks * 64];
        System.arraycopy(message, 0, padded, 0, message.length);
        padded[message.length] = (byte) 0x80;
        long bits = (long) message.length * 8;
        for (int i = 0; i < 8; i++) {
            padded[padded.length - 8 + i] = (byte) (bits >>> (8 * i));
        }
        int a0 = 0x67452301;
        int b0 = 0xefcdab89;
        int c0 = 0x98badcfe;
        int d0 = 0x10325476;
        int[] m = new int[16];
        for (int block = 0; block < blocks; block++) {
            for (int j = 0; j < 16; j++) {
                int at = block * 64 + j * 4;
                m[j] = (padded[at] & 0xff) | (padded[at + 1] & 0xff) << 8 | (padded[at + 2] & 0xff) << 16
                        | (padded[at + 3] & 0xff) << 24;
            }
            int a = a0;
            int b = b0;
            int c = c0;
            int d = d0;
            for (int i = 0; i < 64; i++) {
                int f;
                int g;
                if (i < 16) {
                    f = (b & c) | (~b & d);
                    g = i;
                } else if (i < 32) {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) % 16;
                } else if (i < 48) {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) % 16;
                } else {
                    f = c ^ (b | ~d);
                    g = (7 * i) % 16;
                }
                int rotated = Integer.rotateLeft(a + f + K[i] + m[g], SHIFT[i]);
                a = d;
                d = c;
                c = b;
                b = b + rotated;
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        byte[] digest = new byte[16];
        int[] words = {a0, b0, c0, d0};
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 4; i++) {
                digest[w * 4 + i] = (byte) (words[w] >>> (8 * i));
            }
        }
        return digest;
    }
}
