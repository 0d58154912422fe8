package dev.qa.text;

/**
 * Whether a file's modification time is too close to the moment its stamp was taken to tell a later
 * change from it: a change within the same tick of the file system's clock (a few milliseconds where
 * times have nanoseconds, a second or two where they hold whole seconds) keeps the time, and maybe the
 * size. Such a file is trusted only after its bytes are compared, as git does with its index.
 */
public final class RacyStamp {
    private static final long FINE_TICK = 50_000_000L;
    private static final long COARSE_TICK = 2_000_000_000L;

    private RacyStamp() {
    }

    /** Both times in nanoseconds since the epoch. */
    public static boolean racy(long modifiedNanos, long stampedNanos) {
        long tick = modifiedNanos % 1_000_000_000L == 0 ? COARSE_TICK : FINE_TICK;
        return modifiedNanos + tick >= stampedNanos;
    }
}
