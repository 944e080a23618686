package org.sourcework.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.sourcework.audit.internal.AuditEvent;
import org.sourcework.audit.internal.AuditEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditService {

    private static final int EXPORT_BATCH = 500;

    private final AuditEvents events;
    private final Clock clock;

    AuditService(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The newest entries first. */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return events.find(filter, clock.getZone(), offset, limit).stream().map(AuditService::entry).toList();
    }

    public long count(AuditFilter filter) {
        return events.count(filter, clock.getZone());
    }

    /** The actions that occur in the log, for a filter list. */
    public List<String> actions() {
        return events.actions();
    }

    /**
     * Writes every matching entry as CSV with a header row, in batches so a long log never sits in memory.
     * The caller owns (and closes) the writer and chooses the encoding: UTF-8.
     */
    public void exportCsv(AuditFilter filter, Writer out) {
        var format = CSVFormat.DEFAULT.builder()
                .setHeader("occurred_at", "actor", "action", "target_type", "target_id", "details").get();
        try {
            var printer = format.print(out);
            for (int offset = 0;; offset += EXPORT_BATCH) {
                var batch = events.find(filter, clock.getZone(), offset, EXPORT_BATCH);
                for (var event : batch) {
                    printer.printRecord(event.getOccurredAt(), event.getActorUsername(), event.getAction(),
                            event.getTargetType(), event.getTargetId(), event.getDetails());
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuditEntry entry(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActorUsername(), event.getAction(),
                event.getTargetType(), event.getTargetId(), event.getDetails());
    }
}
