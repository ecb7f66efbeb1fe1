<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>export_dialog</name>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be exported:
{reason}</source>
        <translation>Der Verlauf konnte nicht exportiert werden:
{reason}</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“{file}” already exists in {folder}.

Replace it with the exported history?</source>
        <translation>„{file}“ gibt es bereits in {folder}.

Mit dem exportierten Verlauf ersetzen?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>History exported to {file}</source>
        <translation>Verlauf exportiert nach {file}</translation>
    </message>
</context>
<context>
    <name>history_plot</name>
    <message>
        <source>Point at a dot to see that session; click it to find it in the table.</source>
        <translation>Zeigen Sie auf einen Punkt, um die Sitzung zu sehen; klicken Sie darauf, um sie in der Tabelle zu finden.</translation>
    </message>
    <message>
        <source>Tension (0 none – 10 worst)</source>
        <translation>Verspannung (0 keine – 10 stark)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>No rated sessions in this period yet.
Rate your tension before and after a routine to see it here.</source>
        <translation>Noch keine bewerteten Sitzungen in diesem Zeitraum.
Bewerten Sie Ihre Verspannung vor und nach einem Ablauf, um sie hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>history_table</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <comment>Qt date format of a session's start (ddd = short day name, MMM = short month name)</comment>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>tension {before} → {after} (eased by {change})</source>
        <translation>Verspannung {before} → {after} (um {change} gesunken)</translation>
    </message>
    <message>
        <source>tension {before} → {after} (rose by {change})</source>
        <translation>Verspannung {before} → {after} (um {change} gestiegen)</translation>
    </message>
    <message>
        <source>tension {before} → {after} (no change)</source>
        <translation>Verspannung {before} → {after} (unverändert)</translation>
    </message>
    <message>
        <source>tension {before} → {after}</source>
        <translation>Verspannung {before} → {after}</translation>
    </message>
    <message>
        <source>{when} — {routine}, {sides}: {ratings}. {outcome}, {steps}.</source>
        <translation>{when} — {routine}, {sides}: {ratings}. {outcome}, {steps}.</translation>
    </message>
    <message>
        <source>{done}/{total} steps</source>
        <translation>{done}/{total} Schritte</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>history_totals</name>
    <message>
        <source>session this week</source>
        <translation>Sitzung diese Woche</translation>
    </message>
    <message>
        <source>sessions this week</source>
        <translation>Sitzungen diese Woche</translation>
    </message>
    <message>
        <source>day in a row</source>
        <translation>Tag in Folge</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>change in tension, {period}: no session rated before and after yet</source>
        <translation>Veränderung der Verspannung {period}: noch keine Sitzung vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>points lower after a session on average, {period} ({rated})</source>
        <translation>Punkte weniger nach einer Sitzung, im Durchschnitt {period} ({rated})</translation>
    </message>
    <message>
        <source>points higher after a session on average, {period} ({rated})</source>
        <translation>Punkte mehr nach einer Sitzung, im Durchschnitt {period} ({rated})</translation>
    </message>
    <message>
        <source>points the same after a session on average, {period} ({rated})</source>
        <translation>Punkte Unterschied nach einer Sitzung, im Durchschnitt {period} ({rated})</translation>
    </message>
    <message>
        <source>{count} rated session</source>
        <translation>{count} bewertete Sitzung</translation>
    </message>
    <message>
        <source>{count} rated sessions</source>
        <translation>{count} bewertete Sitzungen</translation>
    </message>
    <message>
        <source>minute of massage, {period} ({sessions})</source>
        <translation>Minute Massage {period} ({sessions})</translation>
    </message>
    <message>
        <source>minutes of massage, {period} ({sessions})</source>
        <translation>Minuten Massage {period} ({sessions})</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
</context>
<context>
    <name>history_window</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>last 4 weeks</source>
        <translation>in den letzten 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>last 3 months</source>
        <translation>in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>Session history — Ankle Guide</source>
        <translation>Sitzungsverlauf — Ankle Guide</translation>
    </message>
    <message>
        <source>Session history is not available.</source>
        <translation>Der Sitzungsverlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tension before and after each session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verspannung vor und nach jeder Sitzung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Delete {count} selected…</source>
        <translation>{count} ausgewählte löschen…</translation>
    </message>
    <message>
        <source>Delete these {count} sessions from your history? This can't be undone.</source>
        <translation>Diese {count} Sitzungen aus Ihrem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this session from your history? This can't be undone.</source>
        <translation>Diese Sitzung aus Ihrem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>Deleted {count} session.</source>
        <translation>{count} Sitzung gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {count} sessions.</source>
        <translation>{count} Sitzungen gelöscht.</translation>
    </message>
    <message>
        <source>Delete every recorded session, in all periods? This can't be undone.

If you want to keep a copy (for example for your physiotherapist), choose No and use Export CSV first.</source>
        <translation>Alle gespeicherten Sitzungen aus allen Zeiträumen löschen? Das lässt sich nicht rückgängig machen.

Wenn Sie eine Kopie behalten möchten (zum Beispiel für Ihre Physiotherapie), wählen Sie „Nein“ und nutzen Sie zuerst „CSV exportieren“.</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>All sessions deleted.</source>
        <translation>Alle Sitzungen gelöscht.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>The history could not be exported:
{reason}</source>
        <translation>Der Verlauf konnte nicht exportiert werden:
{reason}</translation>
    </message>
    <message>
        <source>Wrote {count} session to {file}.</source>
        <translation>{count} Sitzung in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} sessions to {file}.</source>
        <translation>{count} Sitzungen in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
</context>
<context>
    <name>history_zones</name>
    <message>
        <source>&lt;b&gt;Where it felt tight most often&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wo es sich am häufigsten verspannt anfühlte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No tight spots marked in this period.</source>
        <translation>In diesem Zeitraum wurden keine verspannten Stellen markiert.</translation>
    </message>
    <message>
        <source>{zone}: tight in {count} of {sessions} sessions</source>
        <translation>{zone}: verspannt in {count} von {sessions} Sitzungen</translation>
    </message>
    <message>
        <source>{count} of {sessions}</source>
        <translation>{count} von {sessions}</translation>
    </message>
</context>
<context>
    <name>mobility_plot</name>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Since the first test: {change}</source>
        <translation>Seit dem ersten Test: {change}</translation>
    </message>
    <message>
        <source>Latest right minus left: {difference} cm (beyond the test's {mdc} cm).</source>
        <translation>Letzte Messung, rechts minus links: {difference} cm (mehr als die Messgenauigkeit des Tests von {mdc} cm).</translation>
    </message>
    <message>
        <source>Latest right minus left: {difference} cm (within the test's {mdc} cm).</source>
        <translation>Letzte Messung, rechts minus links: {difference} cm (innerhalb der Messgenauigkeit des Tests von {mdc} cm).</translation>
    </message>
    <message>
        <source>Record a knee-to-wall test (View → Knee-to-wall test) to see your mobility here.</source>
        <translation>Machen Sie einen Knie-zur-Wand-Test (Ansicht → Knie-zur-Wand-Test), um hier Ihre Beweglichkeit zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ankle mobility: knee-to-wall distance (cm)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beweglichkeit des Sprunggelenks: Abstand beim Knie-zur-Wand-Test (cm)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
</context>
<context>
    <name>print_history</name>
    <message>
        <source>Tension before (red) and after (blue) each rated session, 0 to 10</source>
        <translation>Verspannung vor (rot) und nach (blau) jeder bewerteten Sitzung, 0 bis 10</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Notes written after sessions</source>
        <translation>Notizen nach den Sitzungen</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>Qt date format of the first and last day under the plot</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Print the session history</source>
        <translation>Sitzungsverlauf drucken</translation>
    </message>
</context>
<context>
    <name>routine_actions</name>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>Ablauf-Dateien (*.toml)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it and save it as a routine of your own.</source>
        <translation>Eine Kopie von „{title}“: Ändern Sie sie und speichern Sie sie als eigenen Ablauf.</translation>
    </message>
    <message>
        <source>“{title}” is built into the app and cannot be changed. This is a copy: save it to keep your changes as a routine of your own.</source>
        <translation>„{title}“ ist in die App eingebaut und kann nicht geändert werden. Dies ist eine Kopie: Speichern Sie sie, um Ihre Änderungen als eigenen Ablauf zu behalten.</translation>
    </message>
    <message>
        <source>Steps that reused another routine's step are written out in full when you save.</source>
        <translation>Schritte, die einen Schritt eines anderen Ablaufs übernommen haben, werden beim Speichern vollständig ausgeschrieben.</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Ablauf nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported:

{problems}</source>
        <translation>Es wurde nichts importiert:

{problems}</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Ablauf importiert</translation>
    </message>
    <message>
        <source>“{title}” was added ({file}).</source>
        <translation>„{title}“ wurde hinzugefügt ({file}).</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Ablauf nicht exportiert</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Ablauf exportiert</translation>
    </message>
    <message>
        <source>“{title}” was saved to {file}.</source>
        <translation>„{title}“ wurde unter {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>routine_editor</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Bewegungsart</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Bewegungsrichtung</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>Kurzhinweis</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Save them before closing?</source>
        <translation>Dieser Ablauf hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Change the routine's {field}</source>
        <translation>{field} des Ablaufs ändern</translation>
    </message>
    <message>
        <source>Change step {number}'s {field}</source>
        <translation>{field} von Schritt {number} ändern</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step {number}</source>
        <translation>Schritt {number} entfernen</translation>
    </message>
    <message>
        <source>Move step {number}</source>
        <translation>Schritt {number} verschieben</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Schritt {current} von {total}</translation>
    </message>
    <message>
        <source>1 problem to fix before this routine can be saved (shown under each field).</source>
        <translation>1 Problem muss behoben werden, bevor dieser Ablauf gespeichert werden kann (unter dem betroffenen Feld angezeigt).</translation>
    </message>
    <message>
        <source>{count} problems to fix before this routine can be saved (shown under each field).</source>
        <translation>{count} Probleme müssen behoben werden, bevor dieser Ablauf gespeichert werden kann (unter dem jeweiligen Feld angezeigt).</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>{name} – Routine editor</source>
        <translation>{name} – Ablauf-Editor</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Gespeichert unter {file}</translation>
    </message>
</context>
<context>
    <name>routine_editor_fields</name>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>both (right, then left)</source>
        <translation>beide (erst rechts, dann links)</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>glide</source>
        <translation>gleiten</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>kreisen</translation>
    </message>
    <message>
        <source>knead</source>
        <translation>kneten</translation>
    </message>
    <message>
        <source>flex</source>
        <translation>beugen und strecken</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>reiben</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>rotate</source>
        <translation>drehen</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>nachfahren</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>across</source>
        <translation>quer</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>still</source>
        <translation>ohne Bewegung</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Sides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Preparation
(one per line)</source>
        <translation>&amp;Vorbereitung
(eine pro Zeile)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schla&amp;gwörter</translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation>I&amp;D</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tite&amp;l</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>T&amp;echnik</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after the duration</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <source>&amp;Pressure</source>
        <translation>Dr&amp;uck</translation>
    </message>
    <message>
        <source>Motion pattern</source>
        <translation>Bewegungsart</translation>
    </message>
    <message>
        <source>Motion direction</source>
        <translation>Bewegungsrichtung</translation>
    </message>
    <message>
        <source>&amp;Motion cue</source>
        <translation>Be&amp;wegung</translation>
    </message>
    <message>
        <source>&amp;Cue line</source>
        <translation>&amp;Kurzhinweis</translation>
    </message>
    <message>
        <source>I&amp;nstructions</source>
        <translation>A&amp;nleitung</translation>
    </message>
    <message>
        <source>C&amp;autions
(one per line)</source>
        <translation>Vorsi&amp;cht
(eine pro Zeile)</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Cue (optional)</source>
        <translation>Hinweis (wahlweise)</translation>
    </message>
    <message>
        <source>Direction (optional)</source>
        <translation>Richtung (wahlweise)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>phase {number}</source>
        <translation>Phase {number}</translation>
    </message>
</context>
<context>
    <name>routine_editor_steps</name>
    <message>
        <source>Steps (Alt+Up and Alt+Down move the selected step)</source>
        <translation>Schritte (Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben den gewählten Schritt)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Titel)</translation>
    </message>
</context>
<context>
    <name>routine_editor_zones</name>
    <message>
        <source>Click the drawing, or tick the list, to choose where this step works.</source>
        <translation>Klicken Sie in die Zeichnung oder haken Sie Einträge in der Liste an, um zu wählen, wo dieser Schritt wirkt.</translation>
    </message>
    <message>
        <source>Preview of the step: click a zone to add or remove it</source>
        <translation>Vorschau des Schritts: Klicken Sie auf einen Bereich, um ihn hinzuzufügen oder zu entfernen</translation>
    </message>
    <message>
        <source>Zones of this step</source>
        <translation>Bereiche dieses Schritts</translation>
    </message>
</context>
</TS>
