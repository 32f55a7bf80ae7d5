package shop.notification.api;

/** Why a command to send was refused: the details of its exceptional result. */
public enum NotificationRejection {
    /** No user with that id has registered (yet): the email has no address to go to. */
    UNKNOWN_RECIPIENT
}
