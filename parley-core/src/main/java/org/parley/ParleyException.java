package org.parley;

/** The one exception type for broken invariants and unusable configuration or data files. */
public class ParleyException extends RuntimeException {
    public ParleyException(String message) {
        super(message);
    }

    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
