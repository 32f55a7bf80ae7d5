package shop.notification.service.command;

import shop.notification.api.EmailKind;
import shop.notification.api.SendOrderEmail;
import shop.notification.service.recipient.Recipient;

/** The words of the happy and the sad email. */
final class OrderEmails {

    private OrderEmails() {
    }

    static String subject(SendOrderEmail order) {
        return order.kind() == EmailKind.ORDER_APPROVED
                ? "Your order is paid"
                : "Your order could not be paid";
    }

    static String body(SendOrderEmail order, Recipient to) {
        return order.kind() == EmailKind.ORDER_APPROVED
                ? "Dear " + to.firstName() + ", we took " + order.price() + " from your account for order "
                        + order.orderId() + ". Thank you!"
                : "Dear " + to.firstName() + ", we could not take " + order.price() + " for order " + order.orderId()
                        + " (" + describe(order.reason()) + "). Nothing was taken from your account.";
    }

    private static String describe(String reason) {
        return switch (String.valueOf(reason)) {
            case "INSUFFICIENT_FUNDS" -> "your balance does not cover it";
            case "NO_ACCOUNT" -> "you have no account";
            case "PAYMENT_TIMEOUT" -> "billing did not answer in time";
            default -> String.valueOf(reason).toLowerCase().replace('_', ' ');
        };
    }
}
