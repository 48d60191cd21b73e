package org.cpolens.web;

/** A request the API refuses with HTTP 400 and the {@link ApiError} as body. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    public BadRequest(ApiError error) {
        super(error.error() + (error.field() == null ? "" : " (" + error.field() + ")"));
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
