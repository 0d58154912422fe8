package dev.qa.write;

/**
 * The site could not be written, for a reason the user can act on (another build holds the output, a
 * folder is read-only, the disk is full). The previous site is then left as it was.
 */
public final class SiteWriteFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public SiteWriteFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
