package org.sourcework.audit;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sourcework.audit.internal.AuditEvent;
import org.sourcework.audit.internal.AuditEvents;
import org.sourcework.audit.internal.EntryNamer;
import org.sourcework.audit.internal.EntryReader;
import org.sourcework.base.CsvWriter;
import org.sourcework.base.Message;
import org.sourcework.security.AdminOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: administrators only. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int EXPORT_BATCH = 500;

    private final AuditEvents events;
    private final EntryNamer namer;
    private final Clock clock;

    AuditService(AuditEvents events, EntryNamer namer, Clock clock) {
        this.events = events;
        this.namer = namer;
        this.clock = clock;
    }

    /** The newest entries first, each as a sentence with the names of the people and things it is about. */
    @AdminOnly
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        var found = events.find(filter, clock.getZone(), offset, limit);
        var readings = namer.name(found.stream().map(EntryReader::read).toList());
        var entries = new ArrayList<AuditEntry>(found.size());
        for (int i = 0; i < found.size(); i++) {
            entries.add(entry(found.get(i), readings.get(i)));
        }
        return entries;
    }

    @AdminOnly
    public long count(AuditFilter filter) {
        return events.count(filter, clock.getZone());
    }

    /** The actions that occur in the log, for a filter list. */
    @AdminOnly
    public List<String> actions() {
        return events.actions();
    }

    /**
     * Writes every matching entry as CSV (see {@link CsvWriter}) with a header row, in batches so a long
     * log never sits in memory; the header in the person's language, the values as stored. The caller owns (and closes) the stream.
     */
    @AdminOnly
    public void exportCsv(AuditFilter filter, Locale locale, OutputStream out) {
        var header = Stream.of("occurred-at", "actor", "action", "target-type", "target-id", "details")
                .map(column -> Message.of("audit.export.col." + column).in(locale))
                .toArray(String[]::new);
        var csv = CsvWriter.start(out, header);
        for (int offset = 0; ; offset += EXPORT_BATCH) {
            var batch = events.find(filter, clock.getZone(), offset, EXPORT_BATCH);
            for (var event : batch) {
                csv.row(
                        event.getOccurredAt(),
                        event.getActorUsername(),
                        event.getAction(),
                        event.getTargetType(),
                        event.getTargetId(),
                        event.getDetails());
            }
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
        }
        csv.flush();
    }

    private static AuditEntry entry(AuditEvent event, EntryReader.Reading reading) {
        return new AuditEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getActorUsername(),
                event.getAction(),
                event.getTargetType(),
                event.getTargetId(),
                event.getDetails(),
                reading.sentence(),
                reading.parts());
    }
}
