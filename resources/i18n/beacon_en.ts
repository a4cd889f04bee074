<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beacon {0}&lt;/h3&gt;&lt;p&gt;The record-keeping desk of a community-oriented security office: patrol logs, walk-in reports, contacts, events and problem solving, and the manager&apos;s monthly report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Office:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {3}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessController</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminController</name>
    <message>
        <source>U&amp;sers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;k-lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>&lt;b&gt;Linked reports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report numbers to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report numbers, e.g. WR-2026-00012 WR-2026-00015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick from the place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is affected, when and why here: offenders, victims, the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Day of the week × time of day&lt;/b&gt; (office time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports by day of the week and time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked reports&lt;/b&gt; — {0} counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} void (struck through, not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt; ({0})&lt;br&gt;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more report numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) linked</source>
        <translation>
            <numerusform>%n report linked</numerusform>
            <numerusform>%n reports linked</numerusform>
        </translation>
    </message>
    <message>
        <source>The problem has no place: link reports by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report in the list to unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis notes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases what identifies {0}: name, phone, email, address and notes, here and in the audit trail. Their reports, interactions and attendance stay, unnamed, and still count in the figures. It cannot be undone. Type the name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the contact is now “{0}”. No report&apos;s text mentions the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the contact is now “{0}”. These reports&apos; own text still mentions the name; review them and correct them with a supplement where it should not:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Reports counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other places in the zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching reports (the categories of the linked reports, at the problem&apos;s place, void ones never counted) before the response, against as long a period after it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed on {0} as {1}.&lt;/b&gt; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response to begin (Move to Response), or a manager to set its periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem&apos;s location, to know where to count (a manager chooses it with Edit…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked report that is not void, to know what to count (link them in Analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet: it needs {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} – {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} before, {1} after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after period ends on {0}; the result is known then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or documents (or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list to see the files attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos or documents here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} · added by {2}, {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED since attached, not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be opened: no program on this computer opens files of this kind ({1}). A checked copy is at {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written for the viewer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;{0}&apos;? It is no longer shown or printed, but stays on record (with who removed it) in the audit trail and in backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered of {1} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} attended · {2} no-shows · {3} walk-ins · {4} here in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity by {0}: check the venue can take everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows are marked after the event has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id or report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is backed up to
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole database with {0}?

A copy of the database as it is now is kept first. Beacon then closes; start it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept at
{0}

Beacon closes now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone; ↑ ↓ choose; Enter checks in the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Walk-in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted one too many: take one off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register new person… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still expected of {0} registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one registered matches: count a walk-in or register them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight someone checked in to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One walk-in counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One walk-in taken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseProblemDialog</name>
    <message>
        <source>Close problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment&apos;s figures say: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has no result yet: choose what you judge it to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it can be closed: what changed, what remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictWarning</name>
    <message>
        <source>Clashes (you can still save):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is also on “{1}”, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is also booked for “{1}”, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block captain, business owner, school liaison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: signed form, by phone, email reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reports you took and the interactions you logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (merged into another contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given {0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn {0} (had been given {1}). Not to be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Belongs to:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;People:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are not saved: Ctrl+S saves them, Back leaves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailsForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no preference —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tay in touch every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <source>Contacts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are for the front desk, officers and managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, organisation, phone, email, address or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Not contacted in %n day</numerusform>
            <numerusform>Not contacted in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest without contact first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Find a person by name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people are called {1}: choose one from the list (their address and phone tell them apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people match “{1}”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called {0} is known yet: add them with New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known: {0}. Choose them from the search instead, or press Add person again to add a new contact anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Load &amp;demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds records, so the demo cannot be added to it. Start Beacon with a new database file to explore the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo office: {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo office is loaded: {0}.

Its staff accounts (manager, desk1, desk2, akhan, …) all use the password {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo office could not be built; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved walk-in report from {0} was kept: “{1}”. Restore it to carry on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesTableModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (id {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar names ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} most likely duplicates (there are more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the most likely first.</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates, the most likely first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBrowser</name>
    <message>
        <source>Search patrol entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search observations, actions, places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCalendarWidget</name>
    <message numerus="yes">
        <source>%n event(s): {0}</source>
        <translation>
            <numerusform>%n event: {0}</numerusform>
            <numerusform>%n events: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFormDialog</name>
    <message>
        <source>Change event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location from the list, or type a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rule of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventListPanel</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventMonthView</name>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck through: cancelled. ·N: N events that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Save calendar as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyer PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no venue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered of {1} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} attended · {2} walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are for the front desk, officers and managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export range .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the safety walks found that is not fixed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0} to {1}; All days shows every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0}; All days shows every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on {0}: choose one</source>
        <translation>
            <numerusform>%n event on {0}</numerusform>
            <numerusform>%n events on {0}: choose one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {0}</source>
        <translation>
            <numerusform>%n event written to {0}</numerusform>
            <numerusform>%n events written to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Correct finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place from the list, or type the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street lamp, hedge, CCTV sign, lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business contacted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} findings · {1} need fixing · {2} fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it unticked for real work. The demo adds sample staff accounts that all use the password &lt;i&gt;beacon-demo&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first manager: you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a new Beacon database.&lt;/b&gt; Tell Beacon about your office and create the first manager account; the manager adds everyone else&apos;s accounts later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with the demo office (a year of made-up records) to explore Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern raised: … (from the concern&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who to follow up with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverNotes</name>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover notes left for this zone yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPdfDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is damaged&lt;/b&gt;: Beacon&apos;s check found &lt;i&gt;{0}&lt;/i&gt;. Save nothing more. Close Beacon and start it again: it checks first and offers to restore the latest backup. &lt;code&gt;beacon check&lt;/code&gt; gives the full report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now, or e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WR-2026-00042 or 2026-42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no event —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no problem —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Invite to the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who to invite. Only contacts who gave consent to be contacted (and have not withdrawn it) are ever listed. Nothing ticked in a column: that column leaves no one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register them for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n person(s)&lt;/b&gt; may be invited (consent given).</source>
        <translation>
            <numerusform>&lt;b&gt;%n person&lt;/b&gt; may be invited (consent given).</numerusform>
            <numerusform>&lt;b&gt;%n people&lt;/b&gt; may be invited (consent given).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the invitation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to {0}.</source>
        <translation>
            <numerusform>%n person written to {0}.</numerusform>
            <numerusform>%n people written to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is now over capacity by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Beacon is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Beacon is locked.&lt;/b&gt;&lt;br&gt;{0}, type your password to carry on. Nothing you had open has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogActionDialog</name>
    <message>
        <source>Log action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Met the car park owner about lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beacon — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated from schema version {0}; a backup was kept at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon is still working in the background. Quit anyway? Unfinished work is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (id {1}) is kept. Every record of “{2}” (id {3}) moves to it, and {3} points at {1} from then on. Choose the value to keep for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record points at id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to id {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link both have (the same event, the same interaction) is kept once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLocationsDialog</name>
    <message>
        <source>Merge locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record at “{0}” moves to the location you keep, and “{0}” is retired. The records keep their own zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the records at “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is at “{0}”: it is only retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will move to the location kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patrol entry(s)</source>
        <translation>
            <numerusform>%n patrol entry</numerusform>
            <numerusform>%n patrol entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree to be contacted by the office (asked now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: this computer&apos;s ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an account after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it locked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a problem from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reports in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerList</name>
    <message>
        <source>Other officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFindingsDialog</name>
    <message>
        <source>Open findings of the safety walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} findings still need fixing, from {1} walks (the oldest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding of every walk is fixed or OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked fixed: {0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went: turnout, what residents asked for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern raised: what, where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Noted before concerns were listed one by one:&lt;/i&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Followed up with {0}, due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by {0}; not followed up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed up yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} registered, {1} attended, {2} no-shows, {3} walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business owner, the school, the council: who works the problem with us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked report(s)</source>
        <translation>
            <numerusform>%n linked report</numerusform>
            <numerusform>%n linked reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) logged</source>
        <translation>
            <numerusform>%n action logged</numerusform>
            <numerusform>%n actions logged</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;At a glance:&lt;/b&gt; {0}{1}; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the latest on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the partner by name first, then Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner in the list to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolTab</name>
    <message>
        <source>Patrol Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing here for your role&lt;/h3&gt;&lt;p&gt;Reports and patrol logs are kept by the front desk, officers and managers. As an administrator you look after people&apos;s accounts and the office settings (Edit menu), backups (File menu) and the audit trail (View menu).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleInvolved</name>
    <message>
        <source>Role of the person involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, if not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or a name if they are not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (age, clothing, vehicle…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact, or type a name or a description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Assessment periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickEntryModel</name>
    <message>
        <source>{0} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickLineEdit</name>
    <message>
        <source>Type to choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not in the list: check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” could be {1}: type more of it, or choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickReportsDialog</name>
    <message>
        <source>Reports at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the reports that belong to the problem (Space ticks the current one); those linked already are ticked and greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link ticked reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one report to link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicklistPage</name>
    <message>
        <source>Selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (comma or semicolon separated) with the columns name and zone, and optionally address and kind. The zones must exist. A location already there in the same zone is skipped; every other row is added, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of the new location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a zone first, on the Zones tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is now “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is retired: old records keep it; it is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “{0}” into “{1}”; “{0}” is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved.</source>
        <translation>
            <numerusform>%n record moved.</numerusform>
            <numerusform>%n records moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n location(s) from {0}.</source>
        <translation>
            <numerusform>Imported %n location from {0}.</numerusform>
            <numerusform>Imported %n locations from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) added</source>
        <translation>
            <numerusform>%n location added</numerusform>
            <numerusform>%n locations added</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0}: {1}, {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {0}; fix these lines and try again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicklistsDialog</name>
    <message>
        <source>Pick-lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the forms offer. A retired entry stays on the records that have it but is not offered for new ones; restore it to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceHistoryDialog</name>
    <message>
        <source>Place history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceHistoryView</name>
    <message>
        <source>Place history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reports you took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {0} lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>&lt;b&gt;Your office is ready&lt;/b&gt;, with the usual report categories (Theft, Vandalism, Suspicious activity and more).&lt;br&gt;Now add the zones (beats) you patrol and the places reports and patrol entries name, so that the first report can say where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip this now: managers add and change them at any time under &lt;b&gt;Edit → Pick-lists…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. North, Town centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Elm Street car park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes it off the lists: it is retired, not deleted, and Edit → Pick-lists… can restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a zone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the zone it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is also on “{1}” at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is also booked for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBoard</name>
    <message>
        <source>Problems by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at its stage more than (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Suggested problems ({0})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — waiting over {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemCardPage</name>
    <message>
        <source>Problem card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, zone {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · identified {1} · coordinator: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, waiting over {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {0} — since {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem summary: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemFormDialog</name>
    <message>
        <source>Edit problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bicycle thefts at the station car park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, to whom, since when; what the people affected say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem solving is not available to your role: the problems, their partners and the reports linked to them are kept for officers and managers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>Export events as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event starting on these days, cancelled ones marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The receipt for {0} could not be opened&lt;/b&gt;: no PDF viewer answered. Print it from here, or save a copy to open or e-mail later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for {0} was saved to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt file is gone: print it again from the saved report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for {0} was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatsBox</name>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rule (RFC 5545)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1TU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBrowser</name>
    <message>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text, name or place — or type a number WR-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt;: urgent. &lt;s&gt;Struck through&lt;/s&gt;, grey: void (kept on record). &lt;span style=&quot;color:{0}&quot;&gt;Dark red, &quot;Overdue&quot;&lt;/span&gt;: the follow-up date has passed and the report is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (new or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: {0}. Clear filters to see every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailPane</name>
    <message>
        <source>Choose a report in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} (VOID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {0} &amp;nbsp; &lt;b&gt;Severity:&lt;/b&gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Happened:&lt;/b&gt; {0} &amp;nbsp; &lt;b&gt;Received:&lt;/b&gt; {1} by {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported by:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned to:&lt;/b&gt; {0} &amp;nbsp; &lt;b&gt;Follow-up:&lt;/b&gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Police notified&lt;/b&gt;, reference {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Void:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded since it was taken (or imported).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>Corrected by %n supplement(s); the original stays in the report</source>
        <translation>
            <numerusform>Corrected by %n supplement; the original stays in the report</numerusform>
            <numerusform>Corrected by %n supplements; the original stays in the report</numerusform>
        </translation>
    </message>
    <message>
        <source>✎ after a number: the report was corrected by a supplement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s note for the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the cover: what stood out, what is planned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a report to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is printed by managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report with the number &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event to print a sheet for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown from {0}; Save as… keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>Response plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, by whom and with which partners, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n contact to review</numerusform>
            <numerusform>%n contacts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftBrowser</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftEntries</name>
    <message>
        <source>Number of an existing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WR-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new report from the selected entry, with its people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report with that number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftLogPage</name>
    <message>
        <source>Start your shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dry, clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked and what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover notes for the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next shift should know or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your shift now? An ended shift cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have written no handover notes for the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On shift since {0}&lt;/b&gt; — {1}, {2}{3}. {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries so far.</source>
        <translation>
            <numerusform>%n entry so far.</numerusform>
            <numerusform>%n entries so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Export for subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the office holds about {0}: a JSON file they can take elsewhere, and a PDF to read, saved side by side. The export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Suggested problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Suggested problems&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where reports of one kind repeat: at least the office&apos;s number of them in the last {0} days, and more than the place&apos;s own rate in the year before. Void reports never count; a place an open problem works on is not suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the {0} days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (about {1:.1f} per {2} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to suggest: no place&apos;s reports are rising.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Correct {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was recorded wrongly and say why. This becomes supplement {0} of the report: the original stays readable and is printed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the report is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The owner called back: the bicycle was damaged, not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplementsPanel</name>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct… (add supplement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct category, location, time, severity or account by a supplement: the original stays readable and is printed with the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Original report&lt;/b&gt; — the facts later corrected, as first recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplement {0}&lt;/b&gt; — by {1} at {2} — {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabLinks</name>
    <message>
        <source>reports taken since yesterday began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open reports no one is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Change task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new event of this kind starts with these tasks, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} days before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayLists</name>
    <message>
        <source>My follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners overdue for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>New reports since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners overdue for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems waiting over 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planning tasks open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n task(s) open)</source>
        <translation>
            <numerusform>(%n task open)</numerusform>
            <numerusform>(%n tasks open)</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts could not be read; see the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}. Give them their first password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set for {0}; the account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidReportDialog</name>
    <message>
        <source>Void {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void report stays in the list, marked void, with this reason. It cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the report is void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Duplicate of WR-2026-00041</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInFields</name>
    <message>
        <source>How the report came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time to now ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 h&amp;our</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hour earlier ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same time a day earlier ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, where exactly, who was involved, what was taken or damaged…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference, if given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print the receipt (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved as {0}&lt;/b&gt; — {1} at {2}. Give the person the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved as {0}&lt;/b&gt; — {1} at {2}. No reporting person: print a receipt only if someone asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has not been saved. Clear the form and lose what was typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekdayChart</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports by day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week (office time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date and time in one go, e.g. {0} or {1}; a time alone means today, and “yesterday 14:30” works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a date and time: type it like {1} or {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when it happened, e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueuePanel</name>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a report. &lt;b&gt;Bold&lt;/b&gt;: urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open reports are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s) assigned to you</source>
        <translation>
            <numerusform>%n open report assigned to you</numerusform>
            <numerusform>%n open reports assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first {0} are listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon&apos;s check of {0} failed ({1}). Beacon will not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The latest backup is from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was changed outside Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Run &apos;beacon check&apos; for the full report, and restore a good backup if you did not make these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Repeating event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event repeats. Change only this event, or this and the following?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and following</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier, the oldest first.</source>
        <translation>
            <numerusform>%n follow-up due today or earlier, the oldest first.</numerusform>
            <numerusform>%n follow-ups due today or earlier, the oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) past their stay-in-touch interval.</source>
        <translation>
            <numerusform>%n partner past their stay-in-touch interval.</numerusform>
            <numerusform>%n partners past their stay-in-touch interval.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon hit an unexpected problem and has written it to its log. Your unsaved work is still open. If it happens again, copy the details and send them to whoever looks after Beacon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>officeFields</name>
    <message>
        <source>This computer&apos;s ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/London</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the event cancelled? (Attendees and partners may ask.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood-watch meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family safety night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School safety programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting / safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected (supplement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal values sealed (schema v10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details erased from the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event checklist task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4A audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workQueue</name>
    <message>
        <source>Overdue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} at {2}, severity {3}. {4} Double-click or Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>writes</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
