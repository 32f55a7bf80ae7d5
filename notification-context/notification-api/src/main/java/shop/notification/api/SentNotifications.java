package shop.notification.api;

import java.util.List;

/**
 * The answer to {@link FindNotifications}: the notifications sent that match, newest first. A record rather than
 * a bare list, because a list loses its element type on the wire between two services and arrives as a list of
 * maps.
 */
public record SentNotifications(List<Notification> notifications) {

    public SentNotifications {
        notifications = List.copyOf(notifications);
    }
}
