package shop.notification.service.recipient;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecipientRepository extends JpaRepository<RecipientEntry, UUID> {
}
