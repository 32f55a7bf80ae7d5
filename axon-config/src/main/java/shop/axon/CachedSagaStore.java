package shop.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jpa.SagaEntry;
import org.axonframework.modelling.saga.SagaStorageException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Axon's JDBC saga store with each saga's committed state kept in memory, so that a saga's later steps read neither
 * it nor its associations from the database, and with each write of a saga made only over what it was read as.
 *
 * <p>What is kept is what a commit wrote, or what a read found: the serialized saga and its associations, put in at
 * the commit. Each load deserializes a fresh saga, so a step that changes its saga and is rolled back leaves nothing
 * in memory. Axon's {@code CachingSagaStore} keeps the object the handler changed, put in before the commit.
 *
 * <p>The memory of one JVM can be behind the database: a replica of the service, or a deadline that fires in another
 * one, may have taken the saga on meanwhile. So an update or a delete of a saga read in the unit of work says what it
 * read, and changes the row only if the row still holds it; if not, it fails, the unit of work rolls back, forgets
 * the saga here, and its events come again to find the saga as it is. Without this, the later of two writers would
 * overwrite the earlier, cache or none.
 *
 * <p>The look-up of sagas by association stays a query: a cache of it could miss a saga that another replica started,
 * and the saga would miss its event.
 */
public class CachedSagaStore implements SagaStore<Object> {

    private static final String AS_READ = CachedSagaStore.class.getName() + ".asRead";

    private final ConnectionProvider connections;
    private final GenericSagaSqlSchema schema;
    private final Serializer serializer;
    private final JdbcSagaStore lookUps;
    private final Cache committed;
    private final String updateIfAsRead;
    private final String deleteIfAsRead;

    public CachedSagaStore(ConnectionProvider connections, GenericSagaSqlSchema schema, Serializer serializer,
            int capacity) {
        this.connections = connections;
        this.schema = schema;
        this.serializer = serializer;
        this.lookUps = JdbcSagaStore.builder()
                .connectionProvider(connections)
                .sqlSchema(schema)
                .serializer(serializer)
                .build();
        this.committed = new RecentlyUsedCache(capacity);
        SagaSchema names = schema.sagaSchema();
        this.updateIfAsRead = "UPDATE " + names.sagaEntryTable() + " SET " + names.serializedSagaColumn() + " = ?, "
                + names.revisionColumn() + " = ? WHERE " + names.sagaIdColumn() + " = ? AND "
                + names.serializedSagaColumn() + " = ?";
        this.deleteIfAsRead = "DELETE FROM " + names.sagaEntryTable() + " WHERE " + names.sagaIdColumn() + " = ? AND "
                + names.serializedSagaColumn() + " = ?";
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        return lookUps.findSagas(sagaType, associationValue);
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Stored stored = forADeadline() ? null : committed.get(sagaIdentifier);
        if (stored == null) {
            stored = read(sagaType, sagaIdentifier);
            if (stored == null) {
                return null;
            }
            committed.put(sagaIdentifier, stored);
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            asRead(unitOfWork).put(sagaIdentifier, stored.saga().getData());
            unitOfWork.onRollback(u -> committed.remove(sagaIdentifier));
        }
        S saga = serializer.deserialize(stored.saga());
        Set<AssociationValue> associations = stored.associations();
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return associations;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
            Set<AssociationValue> associationValues) {
        SagaEntry<?> entry = new SagaEntry<>(saga, sagaIdentifier, serializer);
        String typeName = typeName(sagaType);
        try (Connection connection = connections.getConnection()) {
            execute(schema.sql_storeSaga(connection, sagaIdentifier, entry.getRevision(), entry.getSagaType(),
                    entry.getSerializedSaga()));
            for (AssociationValue association : associationValues) {
                execute(schema.sql_storeAssocValue(connection, association.getKey(), association.getValue(),
                        typeName, sagaIdentifier));
            }
        } catch (SQLException e) {
            throw new SagaStorageException("Saga " + sagaIdentifier + " could not be stored", e);
        }
        rememberAtCommit(sagaIdentifier, new Stored(entry, Set.copyOf(associationValues)));
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
            AssociationValues associationValues) {
        SagaEntry<?> entry = new SagaEntry<>(saga, sagaIdentifier, serializer);
        byte[] read = readInThisUnitOfWork(sagaIdentifier);
        String typeName = typeName(sagaType);
        try (Connection connection = connections.getConnection()) {
            try (PreparedStatement update = updateOf(connection, entry, read)) {
                if (update.executeUpdate() == 0) {
                    throw changedElsewhere(sagaIdentifier);
                }
            }
            for (AssociationValue association : associationValues.addedAssociations()) {
                execute(schema.sql_storeAssocValue(connection, association.getKey(), association.getValue(),
                        typeName, sagaIdentifier));
            }
            for (AssociationValue association : associationValues.removedAssociations()) {
                execute(schema.sql_removeAssocValue(connection, association.getKey(), association.getValue(),
                        typeName, sagaIdentifier));
            }
        } catch (SQLException e) {
            throw new SagaStorageException("Saga " + sagaIdentifier + " could not be updated", e);
        }
        rememberAtCommit(sagaIdentifier, new Stored(entry, Set.copyOf(associationValues.asSet())));
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        committed.remove(sagaIdentifier);
        byte[] read = readInThisUnitOfWork(sagaIdentifier);
        try (Connection connection = connections.getConnection()) {
            execute(schema.sql_deleteAssociationEntries(connection, sagaIdentifier));
            try (PreparedStatement delete = deleteOf(connection, sagaIdentifier, read)) {
                if (delete.executeUpdate() == 0 && read != null) {
                    throw changedElsewhere(sagaIdentifier);
                }
            }
        } catch (SQLException e) {
            throw new SagaStorageException("Saga " + sagaIdentifier + " could not be deleted", e);
        }
    }

    /**
     * A deadline fires in whichever pod's scheduler takes it, one that may have seen the saga long ago; a write refused
     * there would wait for the scheduler's next try, minutes later. Deadlines are few, so each one reads its saga.
     */
    private static boolean forADeadline() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof DeadlineMessage<?>;
    }

    private Stored read(Class<?> sagaType, String sagaIdentifier) {
        try (Connection connection = connections.getConnection()) {
            SerializedObject<byte[]> saga;
            try (PreparedStatement select = schema.sql_loadSaga(connection, sagaIdentifier);
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                saga = schema.readSerializedSaga(row);
            }
            try (PreparedStatement select = schema.sql_findAssociations(connection, sagaIdentifier,
                    typeName(sagaType)); ResultSet rows = select.executeQuery()) {
                return new Stored(saga, Set.copyOf(schema.readAssociationValues(rows)));
            }
        } catch (SQLException e) {
            throw new SagaStorageException("Saga " + sagaIdentifier + " could not be read", e);
        }
    }

    /** With nothing read in this unit of work, an update as Axon's store makes it: the saga was made in it. */
    private PreparedStatement updateOf(Connection connection, SagaEntry<?> entry, byte[] read) throws SQLException {
        if (read == null) {
            return schema.sql_updateSaga(connection, entry.getSagaId(), entry.getSerializedSaga(),
                    entry.getSagaType(), entry.getRevision());
        }
        PreparedStatement update = connection.prepareStatement(updateIfAsRead);
        update.setBytes(1, entry.getSerializedSaga());
        update.setString(2, entry.getRevision());
        update.setString(3, entry.getSagaId());
        update.setBytes(4, read);
        return update;
    }

    private PreparedStatement deleteOf(Connection connection, String sagaIdentifier, byte[] read)
            throws SQLException {
        if (read == null) {
            return schema.sql_deleteSagaEntry(connection, sagaIdentifier);
        }
        PreparedStatement delete = connection.prepareStatement(deleteIfAsRead);
        delete.setString(1, sagaIdentifier);
        delete.setBytes(2, read);
        return delete;
    }

    private static SagaStorageException changedElsewhere(String sagaIdentifier) {
        return new SagaStorageException("Saga " + sagaIdentifier + " was changed or ended elsewhere since it was "
                + "read; this step is rolled back and taken again on the saga as it is now");
    }

    private static void execute(PreparedStatement statement) throws SQLException {
        try (statement) {
            statement.executeUpdate();
        }
    }

    private byte[] readInThisUnitOfWork(String sagaIdentifier) {
        return CurrentUnitOfWork.isStarted() ? asRead(CurrentUnitOfWork.get().root()).get(sagaIdentifier) : null;
    }

    private static Map<String, byte[]> asRead(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(AS_READ, key -> new HashMap<>());
    }

    /** Outside a unit of work there is no commit to wait for: the saga is read again next time. */
    private void rememberAtCommit(String sagaIdentifier, Stored stored) {
        if (!CurrentUnitOfWork.isStarted()) {
            committed.remove(sagaIdentifier);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.afterCommit(u -> committed.put(sagaIdentifier, stored));
        unitOfWork.onRollback(u -> committed.remove(sagaIdentifier));
    }

    private String typeName(Class<?> sagaType) {
        return serializer.typeForClass(sagaType).getName();
    }

    private record Stored(SerializedObject<byte[]> saga, Set<AssociationValue> associations) {

        Stored(SagaEntry<?> entry, Set<AssociationValue> associations) {
            this(new SimpleSerializedObject<>(entry.getSerializedSaga(), byte[].class, entry.getSagaType(),
                    entry.getRevision()), associations);
        }
    }
}
