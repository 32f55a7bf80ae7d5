package shop.notification.service.recipient;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "recipient")
class RecipientEntry {

    @Id
    private UUID userId;
    private String email;
    private String firstName;

    protected RecipientEntry() {
    }

    RecipientEntry(UUID userId, String email, String firstName) {
        this.userId = userId;
        this.email = email;
        this.firstName = firstName;
    }

    Recipient toRecipient() {
        return new Recipient(email, firstName);
    }
}
