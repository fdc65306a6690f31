package io.kairos.hardware;

/**
 * The one exception type for user errors in the hardware model: a bad chip spec, bad core tables,
 * tables that break a chip limit, or bad simulator input. The message is a plain sentence that
 * names the file or object, the field and the bound, so a CLI can print it as is and exit with
 * status 2. Anything else thrown by this module is a bug.
 */
public final class HardwareModelException extends RuntimeException {
    public HardwareModelException(String message) {
        super(message);
    }

    public HardwareModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
