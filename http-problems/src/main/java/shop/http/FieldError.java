package shop.http;

/** One field of a request that was not accepted, and why. */
public record FieldError(String field, String message) {
}
