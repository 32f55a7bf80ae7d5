package shop.notification.service.recipient;

/** Where a user's emails go, and how they are addressed. */
public record Recipient(String email, String firstName) {
}
