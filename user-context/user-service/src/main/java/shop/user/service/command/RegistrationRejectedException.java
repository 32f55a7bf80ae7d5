package shop.user.service.command;

import org.axonframework.commandhandling.CommandExecutionException;
import shop.user.api.RegistrationRejected;

class RegistrationRejectedException extends CommandExecutionException {

    RegistrationRejectedException(RegistrationRejected reason) {
        super(switch (reason) {
            case USERNAME_TAKEN -> "The username is taken.";
            case EMAIL_TAKEN -> "The email is taken.";
        }, null, reason);
    }
}
