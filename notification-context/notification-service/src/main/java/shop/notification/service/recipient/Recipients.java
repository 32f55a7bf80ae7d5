package shop.notification.service.recipient;

import java.util.Optional;
import java.util.UUID;

public interface Recipients {

    Optional<Recipient> find(UUID userId);
}
