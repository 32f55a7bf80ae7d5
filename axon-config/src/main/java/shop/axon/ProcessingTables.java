package shop.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;

/**
 * Axon's tables of event processing as the Flyway schema has them ({@code V1__axon_event_processing.sql}), for the
 * token and saga stores that write them in plain SQL. The names are those Hibernate gave Axon's JPA entities, which
 * wrote these tables before: rows written by either are read by the other, so a shop upgraded in place goes on from
 * its tokens and sagas.
 */
final class ProcessingTables {

    private ProcessingTables() {
    }

    static TokenSchema tokens() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    static GenericSagaSqlSchema sagas() {
        return new AssociationIdsFromTheSequence(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    /**
     * Axon's statement leaves an association's id to a column default, which the table has not got: its ids came
     * from Hibernate, out of this sequence. Taking them from the sequence here needs no migration of a running shop.
     */
    private static final class AssociationIdsFromTheSequence extends PostgresSagaSqlSchema {

        AssociationIdsFromTheSequence(SagaSchema schema) {
            super(schema);
        }

        @Override
        public PreparedStatement sql_storeAssocValue(Connection connection, String key, String value,
                String sagaType, String sagaIdentifier) throws SQLException {
            SagaSchema schema = sagaSchema();
            PreparedStatement statement = connection.prepareStatement("INSERT INTO "
                    + schema.associationValueEntryTable() + " (id, " + String.join(", ", schema.associationKeyColumn(),
                    schema.associationValueColumn(), schema.sagaTypeColumn(), schema.sagaIdColumn())
                    + ") VALUES (nextval('association_value_entry_seq'), ?, ?, ?, ?)");
            statement.setString(1, key);
            statement.setString(2, value);
            statement.setString(3, sagaType);
            statement.setString(4, sagaIdentifier);
            return statement;
        }
    }
}
