package shop.user.api;

/**
 * Why a registration was refused: the details of the command's exceptional result, so that the caller learns
 * it whether the command ran in its own JVM or came back through Axon Server.
 */
public enum RegistrationRejected {
    USERNAME_TAKEN,
    EMAIL_TAKEN
}
