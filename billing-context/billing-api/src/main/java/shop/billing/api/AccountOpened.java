package shop.billing.api;

import java.util.UUID;

public record AccountOpened(UUID userId) {
}
