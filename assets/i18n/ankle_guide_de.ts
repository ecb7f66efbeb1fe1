<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>about_dialog</name>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>Guided self-massage for ankle pain and tension.</source>
        <translation>Angeleitete Selbstmassage bei Schmerzen und Verspannungen im Sprunggelenk.</translation>
    </message>
    <message>
        <source>Not medical advice. Stop if anything hurts sharply, and see a clinician about pain that persists.</source>
        <translation>Keine medizinische Beratung. Hören Sie auf, wenn etwas stechend schmerzt, und holen Sie bei anhaltenden Schmerzen ärztlichen Rat ein.</translation>
    </message>
    <message>
        <source>No data leaves this computer. To report a problem, copy the details below and attach the log file if it has anything in it.</source>
        <translation>Keine Daten verlassen diesen Computer. Um ein Problem zu melden, kopieren Sie die Angaben unten und hängen Sie die Protokolldatei an, wenn etwas darin steht.</translation>
    </message>
    <message>
        <source>Details for a problem report</source>
        <translation>Angaben für eine Problemmeldung</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>accessible_text</name>
    <message>
        <source>Massage the right foot only (L switches feet)</source>
        <translation>Nur den rechten Fuß massieren (L wechselt den Fuß)</translation>
    </message>
    <message>
        <source>Massage the left foot only (L switches feet)</source>
        <translation>Nur den linken Fuß massieren (L wechselt den Fuß)</translation>
    </message>
    <message>
        <source>Massage the right foot, then the left (L switches feet)</source>
        <translation>Erst den rechten, dann den linken Fuß massieren (L wechselt den Fuß)</translation>
    </message>
    <message>
        <source>The steps of this session</source>
        <translation>Die Schritte dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>anatomy</name>
    <message>
        <source>this zone has no area</source>
        <translation>dieser Bereich hat keine Fläche</translation>
    </message>
    <message>
        <source>element &apos;{id}&apos;</source>
        <translation>Element &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>guide path has no length</source>
        <translation>Führungspfad hat keine Länge</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine called &apos;{routine}&apos;; showing another one.</source>
        <translation>Kein Ablauf namens „{routine}“; ein anderer wird gezeigt.</translation>
    </message>
    <message>
        <source>No zone called &apos;{zone}&apos;. Known zones: {known}.</source>
        <translation>Kein Bereich namens „{zone}“. Bekannte Bereiche: {known}.</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>There is no step {number} in this routine.</source>
        <translation>Dieser Ablauf hat keinen Schritt {number}.</translation>
    </message>
    <message>
        <source>Body map: where it felt tight most often</source>
        <translation>Körperkarte: wo es sich am häufigsten verspannt anfühlte</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Reduced: still arrows, no pulsing</source>
        <translation>Reduziert: stehende Pfeile, kein Pulsieren</translation>
    </message>
    <message>
        <source>Full: moving arrows and a gentle pulse</source>
        <translation>Voll: bewegte Pfeile und sanftes Pulsieren</translation>
    </message>
</context>
<context>
    <name>appearance_dialog</name>
    <message>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours, text size, motion and language. Colours, text and motion change at once.</source>
        <translation>Farben, Textgröße, Bewegung und Sprache. Farben, Text und Bewegung ändern sich sofort.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system uses dark or high contrast when your desktop does.</source>
        <translation>Dem System folgen: dunkel oder hoher Kontrast, wenn Ihr Desktop das verwendet.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Larger text, up to twice the system size.</source>
        <translation>Größerer Text, bis zur doppelten Systemgröße.</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Reduced motion shows still arrows on the diagram and nothing pulses.</source>
        <translation>Mit weniger Bewegung zeigt das Diagramm ruhende Pfeile, und nichts pulsiert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of every window. It changes when Ankle Guide starts again.</source>
        <translation>Die Sprache aller Fenster. Sie ändert sich beim nächsten Start von Ankle Guide.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Bewegung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system: dark or high contrast when your desktop asks for it.</source>
        <translation>Dem System folgen: dunkel oder hoher Kontrast, wenn Ihr Desktop es verlangt.</translation>
    </message>
    <message>
        <source>Close appearance</source>
        <translation>Darstellung schließen</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Closes Ankle Guide and opens it again in the language chosen.</source>
        <translation>Schließt Ankle Guide und öffnet es in der gewählten Sprache neu.</translation>
    </message>
    <message>
        <source>Ankle Guide shows {language} after a restart.</source>
        <translation>Sprache nach einem Neustart: {language}.</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Both feet: the right, then the left</source>
        <translation>Beide Füße: erst der rechte, dann der linke</translation>
    </message>
    <message>
        <source>Before you start: do not massage today if any of these is true</source>
        <translation>Bevor Sie beginnen: Massieren Sie heute nicht, wenn einer dieser Punkte zutrifft</translation>
    </message>
    <message>
        <source>If one is, see the advice under Help → Safety information in the app, or ask a doctor or physiotherapist. Stop at any sharp pain, tingling or numbness.</source>
        <translation>Wenn einer zutrifft, lesen Sie die Hinweise unter Hilfe → Sicherheitshinweise in der App oder holen Sie ärztlichen oder physiotherapeutischen Rat ein. Hören Sie bei stechendem Schmerz, Kribbeln oder Taubheit sofort auf.</translation>
    </message>
    <message>
        <source>{feet} · {time} per foot · {count} step</source>
        <translation>{feet} · {time} pro Fuß · {count} Schritt</translation>
    </message>
    <message>
        <source>{feet} · {time} per foot · {count} steps</source>
        <translation>{feet} · {time} pro Fuß · {count} Schritte</translation>
    </message>
</context>
<context>
    <name>caution_box</name>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} oder {key}</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Ctrl+{key}</source>
        <translation>Strg+{key}</translation>
    </message>
    <message>
        <source>Shift+{key}</source>
        <translation>Umschalt+{key}</translation>
    </message>
    <message>
        <source>Diagram: inner side</source>
        <translation>Zeichnung: Innenseite</translation>
    </message>
    <message>
        <source>Diagram: outer side</source>
        <translation>Zeichnung: Außenseite</translation>
    </message>
    <message>
        <source>Diagram: from behind</source>
        <translation>Zeichnung: Rückseite</translation>
    </message>
    <message>
        <source>Diagram: from the front</source>
        <translation>Zeichnung: Vorderseite</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>&amp;Starten / Pause</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Restart step</source>
        <translation>Schritt neu b&amp;eginnen</translation>
    </message>
    <message>
        <source>Restart the current step</source>
        <translation>Den aktuellen Schritt neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Add 10 seconds</source>
        <translation>10 Sekunden &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add 10 seconds to this step</source>
        <translation>Diesem Schritt 10 Sekunden hinzufügen</translation>
    </message>
    <message>
        <source>S&amp;top session</source>
        <translation>Sitzung s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the session; it is saved as stopped early</source>
        <translation>Sitzung stoppen; sie wird als vorzeitig gestoppt gespeichert</translation>
    </message>
    <message>
        <source>Stop — this &amp;hurts</source>
        <translation>Stopp — das tut &amp;weh</translation>
    </message>
    <message>
        <source>Stop — this hurts</source>
        <translation>Stopp — das tut weh</translation>
    </message>
    <message>
        <source>Switch &amp;foot (right → left → both)</source>
        <translation>&amp;Fuß wechseln (rechts → links → beide)</translation>
    </message>
    <message>
        <source>Switch foot: right → left → both</source>
        <translation>Fuß wechseln: rechts → links → beide</translation>
    </message>
    <message>
        <source>&amp;Sound cues</source>
        <translation>T&amp;onsignale</translation>
    </message>
    <message>
        <source>Sound cues on or off</source>
        <translation>Tonsignale ein oder aus</translation>
    </message>
    <message>
        <source>Spoken &amp;guidance</source>
        <translation>&amp;Gesprochene Anleitung</translation>
    </message>
    <message>
        <source>Spoken guidance on or off</source>
        <translation>Gesprochene Anleitung ein oder aus</translation>
    </message>
    <message>
        <source>&amp;Get-ready count-in (follow-along)</source>
        <translation>Vor&amp;lauf zum Bereitmachen (Mitmach-Modus)</translation>
    </message>
    <message>
        <source>A count-in before the first step</source>
        <translation>Ein kurzer Vorlauf vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Ne&amp;w routine…</source>
        <translation>Neuer &amp;Ablauf…</translation>
    </message>
    <message>
        <source>Write a routine of your own</source>
        <translation>Einen eigenen Ablauf schreiben</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>Ablauf &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Copy this routine, to change the copy</source>
        <translation>Diesen Ablauf kopieren, um die Kopie zu ändern</translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation>Ablauf &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change this routine (a built-in is copied first)</source>
        <translation>Diesen Ablauf ändern (ein mitgelieferter wird zuerst kopiert)</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Ablauf &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a routine file (.toml), checked first</source>
        <translation>Eine Ablaufdatei (.toml) hinzufügen, vorher geprüft</translation>
    </message>
    <message>
        <source>Export &amp;routine…</source>
        <translation>Ablauf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>Diesen Ablauf als Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>&amp;Print / save as PDF…</source>
        <translation>&amp;Drucken / als PDF speichern…</translation>
    </message>
    <message>
        <source>A printed card of this routine</source>
        <translation>Eine gedruckte Karte dieses Ablaufs</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Daily reminders: on or off, times and days</source>
        <translation>Tägliche Erinnerungen: ein oder aus, Uhrzeiten und Tage</translation>
    </message>
    <message>
        <source>Zone &amp;labels</source>
        <translation>Bereichs&amp;namen</translation>
    </message>
    <message>
        <source>Zone labels on the diagram</source>
        <translation>Bereichsnamen auf der Zeichnung</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Darstellung…</translation>
    </message>
    <message>
        <source>Colours, text size and motion</source>
        <translation>Farben, Textgröße und Bewegung</translation>
    </message>
    <message>
        <source>&amp;Follow-along (fullscreen)</source>
        <translation>&amp;Mitmach-Modus (Vollbild)</translation>
    </message>
    <message>
        <source>Follow-along: open it, or leave it</source>
        <translation>Mitmach-Modus: öffnen oder verlassen</translation>
    </message>
    <message>
        <source>Leave follow-along (on its summary, skip the rating)</source>
        <translation>Mitmach-Modus verlassen (auf der Zusammenfassung: Bewertung überspringen)</translation>
    </message>
    <message>
        <source>Rate the tension after a session (1 then 0 is 10)</source>
        <translation>Verspannung nach einer Sitzung bewerten (1, dann 0 ist 10)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Verlauf der Sitzungen</translation>
    </message>
    <message>
        <source>Show the next chart</source>
        <translation>Nächstes Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show the previous chart</source>
        <translation>Vorheriges Diagramm zeigen</translation>
    </message>
    <message>
        <source>Delete the sessions chosen in the table (asks first)</source>
        <translation>Die in der Tabelle gewählten Sitzungen löschen (fragt vorher)</translation>
    </message>
    <message>
        <source>Close the history window</source>
        <translation>Verlaufsfenster schließen</translation>
    </message>
    <message>
        <source>&amp;Knee-to-wall test…</source>
        <translation>&amp;Knie-zur-Wand-Test…</translation>
    </message>
    <message>
        <source>Measure ankle mobility: the knee-to-wall test</source>
        <translation>Beweglichkeit des Sprunggelenks messen: der Knie-zur-Wand-Test</translation>
    </message>
    <message>
        <source>Your own &amp;pressure scale…</source>
        <translation>Ihre eigene Druck&amp;skala…</translation>
    </message>
    <message>
        <source>Light, moderate and firm in kg for you, read off a kitchen or bathroom scale</source>
        <translation>Leicht, mittel und fest in kg für Sie, abgelesen auf einer Küchen- oder Personenwaage</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>Ihren Verlauf als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Print history &amp;report…</source>
        <translation>Verlaufsbe&amp;richt drucken…</translation>
    </message>
    <message>
        <source>A report of your sessions for a clinician</source>
        <translation>Ein Bericht über Ihre Sitzungen, zum Mitnehmen in die Praxis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit (asks first during a session; it is saved as stopped)</source>
        <translation>Beenden (fragt während einer Sitzung nach; sie wird als gestoppt gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Diese Liste der Tasten</translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Read before you massage your ankle</source>
        <translation>Lesen Sie dies, bevor Sie Ihr Sprunggelenk massieren</translation>
    </message>
    <message>
        <source>Routine file &amp;problems</source>
        <translation>&amp;Probleme in Ablaufdateien</translation>
    </message>
    <message>
        <source>Problems found in routine files</source>
        <translation>Gefundene Probleme in Ablaufdateien</translation>
    </message>
    <message>
        <source>&amp;About Ankle Guide</source>
        <translation>&amp;Über Ankle Guide</translation>
    </message>
    <message>
        <source>About Ankle Guide</source>
        <translation>Über Ankle Guide</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source> 10 s more</source>
        <translation> 10 s mehr</translation>
    </message>
    <message>
        <source>restart step</source>
        <translation>Schritt neu</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>this hurts</source>
        <translation>tut weh</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>bewerten</translation>
    </message>
    <message>
        <source>start again</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>follow-along</source>
        <translation>Mitmach-Modus</translation>
    </message>
    <message>
        <source>history window</source>
        <translation>Verlaufsfenster</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Gut gemacht. Sitzung abgeschlossen.</translation>
    </message>
    <message>
        <source>Start with your left foot.</source>
        <translation>Beginnen Sie mit dem linken Fuß.</translation>
    </message>
    <message>
        <source>Start with your right foot.</source>
        <translation>Beginnen Sie mit dem rechten Fuß.</translation>
    </message>
    <message>
        <source>Now {phase}</source>
        <translation>Jetzt: {phase}</translation>
    </message>
</context>
<context>
    <name>diagram_view</name>
    <message>
        <source>this view</source>
        <translation>diese Ansicht</translation>
    </message>
    <message>
        <source>The “{view}” drawing could not be loaded.
The other views still work.</source>
        <translation>Die Zeichnung „{view}“ konnte nicht geladen werden.
Die anderen Ansichten funktionieren weiterhin.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Session summary</source>
        <translation>Sitzungsübersicht</translation>
    </message>
    <message>
        <source>Tight: {zone}</source>
        <translation>Verspannt: {zone}</translation>
    </message>
    <message>
        <source>Felt tight here (Space toggles)</source>
        <translation>Hier verspannt (Leertaste schaltet um)</translation>
    </message>
    <message>
        <source>A note for next time (optional)</source>
        <translation>Eine Notiz für das nächste Mal (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the rating, tight spots and note (Enter)</source>
        <translation>Bewertung, verspannte Stellen und Notiz behalten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Your rating: &lt;b&gt;{value}&lt;/b&gt; out of 10 — Enter to save</source>
        <translation>Ihre Bewertung: &lt;b&gt;{value}&lt;/b&gt; von 10 — Eingabetaste zum Speichern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Read this before you massage your ankle.</source>
        <translation>Lesen Sie dies, bevor Sie Ihr Sprunggelenk massieren.</translation>
    </message>
    <message>
        <source>All routine files loaded without problems.</source>
        <translation>Alle Ablaufdateien wurden ohne Probleme geladen.</translation>
    </message>
    <message>
        <source>Routine file problems</source>
        <translation>Probleme mit Ablaufdateien</translation>
    </message>
</context>
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
    <name>export_target</name>
    <message>
        <source>{path} is a symbolic link; the history is only written to a new or a regular file</source>
        <translation>{path} ist eine symbolische Verknüpfung; der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>{path} is a folder; the history is only written to a new or a regular file</source>
        <translation>{path} ist ein Ordner; der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>{path} is a named pipe (FIFO); the history is only written to a new or a regular file</source>
        <translation>{path} ist eine benannte Pipe (FIFO); der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>{path} is a device; the history is only written to a new or a regular file</source>
        <translation>{path} ist ein Gerät; der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>{path} is a socket; the history is only written to a new or a regular file</source>
        <translation>{path} ist ein Socket; der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>{path} is not a regular file; the history is only written to a new or a regular file</source>
        <translation>{path} ist keine gewöhnliche Datei; der Verlauf wird nur in eine neue oder eine gewöhnliche Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>follow_along</name>
    <message>
        <source>Following a guided ankle massage</source>
        <translation>Geführte Knöchelmassage läuft</translation>
    </message>
    <message>
        <source>Ankle Guide — follow along</source>
        <translation>Ankle Guide — Mitmach-Modus</translation>
    </message>
</context>
<context>
    <name>follow_along_controls</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Sitzung stoppen</translation>
    </message>
    <message>
        <source>⚠ Stop — this hurts</source>
        <translation>⚠ Stopp — das tut weh</translation>
    </message>
    <message>
        <source>✕ Leave</source>
        <translation>✕ Verlassen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
</context>
<context>
    <name>follow_along_hud</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase des Schritts</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit des Ablaufs</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt des Ablaufs</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>follow_along_pages</name>
    <message>
        <source>{action} (Enter)</source>
        <translation>{action} (Eingabetaste)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>What to do about the pain</source>
        <translation>Was Sie bei Schmerzen tun sollten</translation>
    </message>
    <message>
        <source>Enter: {action}  ·  {key} leave</source>
        <translation>Eingabetaste: {action}  ·  {key} verlassen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>verlassen</translation>
    </message>
</context>
<context>
    <name>follow_along_parts</name>
    <message>
        <source>Read each step&apos;s cue aloud</source>
        <translation>Den Hinweis jedes Schritts vorlesen</translation>
    </message>
    <message>
        <source>Speech is not available on this system</source>
        <translation>Sprachausgabe ist auf diesem System nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>follow_along_summary</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What to do about the pain</source>
        <translation>Was Sie bei Schmerzen tun sollten</translation>
    </message>
    <message>
        <source>↺ Start again ({key})</source>
        <translation>↺ Neu starten ({key})</translation>
    </message>
    <message>
        <source>Start the routine again</source>
        <translation>Den Ablauf neu starten</translation>
    </message>
    <message>
        <source>✕ Leave ({key})</source>
        <translation>✕ Verlassen ({key})</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Tight: {zone}</source>
        <translation>Verspannt: {zone}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Session history is open read-only.</source>
        <translation>Der Sitzungsverlauf ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Session history was saved by a newer version of Ankle Guide, so this version leaves it untouched and won&apos;t record sessions. ({path})</source>
        <translation>Der Sitzungsverlauf wurde von einer neueren Version von Ankle Guide gespeichert. Diese Version lässt ihn deshalb unverändert und zeichnet keine Sitzungen auf. ({path})</translation>
    </message>
    <message>
        <source>Session history is closed.</source>
        <translation>Der Sitzungsverlauf ist geschlossen.</translation>
    </message>
    <message>
        <source>Your session history file was damaged and couldn&apos;t be read. It has been kept as {name} (in {folder}) and a new, empty history has been started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt und konnte nicht gelesen werden. Sie wurde als {name} (in {folder}) aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>history_access</name>
    <message>
        <source>Disk full: there is no space left on the disk holding {folder}, so new sessions aren&apos;t recorded until this is fixed. Your past sessions are shown and can be exported. ({path})</source>
        <translation>Datenträger voll: Auf dem Datenträger mit {folder} ist kein Platz mehr frei, daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. Ihre bisherigen Sitzungen werden angezeigt und können exportiert werden. ({path})</translation>
    </message>
    <message>
        <source>Disk full: there is no space left on the disk holding {folder}, so new sessions aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Datenträger voll: Auf dem Datenträger mit {folder} ist kein Platz mehr frei, daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Read-only file: the history file can&apos;t be written to (check its permissions), so new sessions aren&apos;t recorded until this is fixed. Your past sessions are shown and can be exported. ({path})</source>
        <translation>Schreibgeschützte Datei: In die Verlaufsdatei kann nicht geschrieben werden (prüfen Sie ihre Zugriffsrechte), daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. Ihre bisherigen Sitzungen werden angezeigt und können exportiert werden. ({path})</translation>
    </message>
    <message>
        <source>Read-only file: the history file can&apos;t be written to (check its permissions), so new sessions aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Schreibgeschützte Datei: In die Verlaufsdatei kann nicht geschrieben werden (prüfen Sie ihre Zugriffsrechte), daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Read-only folder: {folder} can&apos;t be written to, so new sessions aren&apos;t recorded until this is fixed. Your past sessions are shown and can be exported. ({path})</source>
        <translation>Schreibgeschützter Ordner: In {folder} kann nicht geschrieben werden, daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. Ihre bisherigen Sitzungen werden angezeigt und können exportiert werden. ({path})</translation>
    </message>
    <message>
        <source>Read-only folder: {folder} can&apos;t be written to, so new sessions aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Schreibgeschützter Ordner: In {folder} kann nicht geschrieben werden, daher werden neue Sitzungen nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because {path} {reason}. Your sessions still run; they just aren&apos;t recorded until this is fixed.</source>
        <translation>Der Sitzungsverlauf kann nicht gespeichert werden: {path} {reason}. Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist.</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema {found})</source>
        <translation>sie wurde von einer neueren Version der App geschrieben (Schema {found})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be read without updating it. ({path})</source>
        <translation>Der Sitzungsverlauf kann nicht gelesen werden, ohne ihn zu aktualisieren. ({path})</translation>
    </message>
</context>
<context>
    <name>history_measures</name>
    <message>
        <source>Measurements can&apos;t be saved: the history file {problem}. ({path})</source>
        <translation>Messungen können nicht gespeichert werden – Verlaufsdatei: {problem}. ({path})</translation>
    </message>
    <message>
        <source>Session history is closed.</source>
        <translation>Der Sitzungsverlauf ist geschlossen.</translation>
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
    <name>history_record</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Gestoppt: Schmerz</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>The session history file can&apos;t be used: {detail} ({path}). Ankle Guide keeps it aside and starts a new one the next time it opens.</source>
        <translation>Die Verlaufsdatei kann nicht verwendet werden: {detail} ({path}). Ankle Guide legt sie beiseite und beginnt beim nächsten Öffnen eine neue.</translation>
    </message>
    <message>
        <source>The session history file is damaged ({path}). Ankle Guide keeps it aside and starts a new one the next time it opens.</source>
        <translation>Die Verlaufsdatei ist beschädigt ({path}). Ankle Guide legt sie beiseite und beginnt beim nächsten Öffnen eine neue.</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because the disk is full. Your sessions still run; they just aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Der Sitzungsverlauf kann nicht gespeichert werden, weil der Datenträger voll ist. Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because the folder {folder} can&apos;t be written to. Your sessions still run; they just aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Der Sitzungsverlauf kann nicht gespeichert werden, weil in den Ordner {folder} nicht geschrieben werden kann. Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because another program is holding the history file. Your sessions still run; they just aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Der Sitzungsverlauf kann nicht gespeichert werden, weil ein anderes Programm die Verlaufsdatei belegt. Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because the disk reported an error. Your sessions still run; they just aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Der Sitzungsverlauf kann nicht gespeichert werden, weil der Datenträger einen Fehler gemeldet hat. Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
    <message>
        <source>Session history can&apos;t be saved because of a database error ({error}). Your sessions still run; they just aren&apos;t recorded until this is fixed. ({path})</source>
        <translation>Der Sitzungsverlauf kann wegen eines Datenbankfehlers nicht gespeichert werden ({error}). Ihre Sitzungen laufen weiter; sie werden nur nicht aufgezeichnet, bis das behoben ist. ({path})</translation>
    </message>
</context>
<context>
    <name>history_report</name>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}</source>
        <translation>Sitzungen vom {first} bis {last}</translation>
    </message>
    <message>
        <source>No sessions recorded yet</source>
        <translation>Noch keine Sitzungen aufgezeichnet</translation>
    </message>
    <message>
        <source>{count} sessions, {finished} finished, {pain} ended early for pain</source>
        <translation>Sitzungen: {count}, davon beendet: {finished}, wegen Schmerzen vorzeitig beendet: {pain}</translation>
    </message>
    <message>
        <source>{minutes} minutes of massage in all; {week} sessions this week</source>
        <translation>Massagezeit insgesamt: {minutes} Min.; Sitzungen in dieser Woche: {week}</translation>
    </message>
    <message>
        <source>Tension (0–10) eased by {points} points on average over {count} rated sessions</source>
        <translation>Verspannung (0–10) im Durchschnitt um {points} Punkte gelöst (bewertete Sitzungen: {count})</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>… and {count} older sessions</source>
        <translation>… und weitere ältere Sitzungen: {count}</translation>
    </message>
    <message>
        <source>Ankle massage: session history</source>
        <translation>Knöchelmassage: Sitzungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Verspannung</translation>
    </message>
</context>
<context>
    <name>history_schema</name>
    <message>
        <source>it was written by a newer version of the app (schema {found})</source>
        <translation>sie wurde von einer neueren Version der App geschrieben (Schema {found})</translation>
    </message>
    <message>
        <source>it is a database, but not a session history</source>
        <translation>sie ist eine Datenbank, aber kein Sitzungsverlauf</translation>
    </message>
    <message>
        <source>it is missing the table(s) {tables}</source>
        <translation>ihr fehlen die Tabelle(n) {tables}</translation>
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
        <comment>Qt date format of a session&apos;s start (ddd = short day name, MMM = short month name)</comment>
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
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Tension before and after each session</source>
        <translation>Verspannung vor und nach jeder Sitzung</translation>
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
        <source>Delete these {count} sessions from your history? This can&apos;t be undone.</source>
        <translation>Diese {count} Sitzungen aus Ihrem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this session from your history? This can&apos;t be undone.</source>
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
        <source>Delete every recorded session, in all periods? This can&apos;t be undone.

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
    <name>injury_check</name>
    <message>
        <source>You said this ankle or foot was hurt recently. Doctors use a short check, the Ottawa ankle rules, to decide whether an injured ankle or foot needs an X-ray. Press each point the drawing shows with one fingertip, firmly enough to feel the bone, and say whether that spot is tender. Then answer the two walking questions. This gives advice, not a diagnosis.</source>
        <translation>Sie haben angegeben, dass dieser Knöchel oder Fuß vor Kurzem verletzt wurde. Ärztinnen und Ärzte nutzen einen kurzen Test, die Ottawa Ankle Rules, um zu entscheiden, ob ein verletzter Knöchel oder Fuß geröntgt werden muss. Drücken Sie jeden Punkt, den die Zeichnung zeigt, mit einer Fingerspitze so fest, dass Sie den Knochen spüren, und geben Sie an, ob die Stelle druckschmerzhaft ist. Beantworten Sie dann die zwei Fragen zum Gehen. Das ist ein Rat, keine Diagnose.</translation>
    </message>
    <message>
        <source>Injury check</source>
        <translation>Verletzungscheck</translation>
    </message>
    <message>
        <source>Injury check: should this ankle be looked at first?</source>
        <translation>Verletzungscheck: Sollte dieser Knöchel erst ärztlich untersucht werden?</translation>
    </message>
    <message>
        <source>Outer side</source>
        <translation>Außenseite</translation>
    </message>
    <message>
        <source>Inner side</source>
        <translation>Innenseite</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Druckschmerz</translation>
    </message>
    <message>
        <source>Not tender</source>
        <translation>Kein Druckschmerz</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>5. Walking</source>
        <translation>5. Gehen</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Ergebnis des Checks</translation>
    </message>
    <message>
        <source>Close — no massage today</source>
        <translation>Schließen — heute keine Massage</translation>
    </message>
    <message>
        <source>Now: {prompt}</source>
        <translation>Jetzt: {prompt}</translation>
    </message>
    <message>
        <source>All points answered. Answer the walking questions.</source>
        <translation>Alle Punkte beantwortet. Beantworten Sie nun die Fragen zum Gehen.</translation>
    </message>
    <message>
        <source>You reported: {findings}.</source>
        <translation>Ihre Angaben: {findings}.</translation>
    </message>
</context>
<context>
    <name>lunge_test</name>
    <message>
        <source>Stand facing a wall, barefoot. Put the foot you are testing flat on the floor, pointing straight at the wall; step the other foot back for balance.</source>
        <translation>Stellen Sie sich barfuß vor eine Wand. Setzen Sie den Fuß, den Sie testen, flach auf den Boden, die Zehen gerade zur Wand; stellen Sie den anderen Fuß zum Gleichgewicht nach hinten.</translation>
    </message>
    <message>
        <source>Bend the front knee forward until it touches the wall, keeping the heel flat on the floor.</source>
        <translation>Beugen Sie das vordere Knie nach vorn, bis es die Wand berührt; die Ferse bleibt flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Slide the foot back a little at a time and try again. Stop at the furthest point where the knee still touches the wall without the heel lifting.</source>
        <translation>Rücken Sie den Fuß jeweils ein kleines Stück zurück und versuchen Sie es erneut. Hören Sie beim weitesten Abstand auf, bei dem das Knie die Wand noch berührt, ohne dass die Ferse abhebt.</translation>
    </message>
    <message>
        <source>Measure in centimetres along the floor from the wall to the tip of your big toe (a tape measure laid on the floor, its zero against the wall). Read to the nearest half centimetre.</source>
        <translation>Messen Sie in Zentimetern am Boden entlang von der Wand bis zur Spitze Ihrer großen Zehe (ein Maßband auf dem Boden, die Null an der Wand). Lesen Sie auf einen halben Zentimeter genau ab.</translation>
    </message>
    <message>
        <source>Do it {tries} times on each foot; the page keeps the best (longest) distance.</source>
        <translation>Machen Sie den Test {tries}-mal an jedem Fuß; die Seite behält den besten (längsten) Abstand.</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>Für sich allein</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Sitzung</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>right foot, try {number}</source>
        <translation>rechter Fuß, Versuch {number}</translation>
    </message>
    <message>
        <source>left foot, try {number}</source>
        <translation>linker Fuß, Versuch {number}</translation>
    </message>
    <message>
        <source>knee touches the wall</source>
        <translation>Knie berührt die Wand</translation>
    </message>
    <message>
        <source>heel stays down</source>
        <translation>Ferse bleibt unten</translation>
    </message>
    <message>
        <source>read at the big toe: 10 cm</source>
        <translation>an der großen Zehe ablesen: 10 cm</translation>
    </message>
    <message>
        <source>Ankle mobility: knee-to-wall test</source>
        <translation>Beweglichkeit des Sprunggelenks: Knie-zur-Wand-Test</translation>
    </message>
    <message>
        <source>How far can your knee go? The knee-to-wall test</source>
        <translation>Wie weit kommt Ihr Knie? Der Knie-zur-Wand-Test</translation>
    </message>
    <message>
        <source>Try {number}</source>
        <translation>Versuch {number}</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Save measurement</source>
        <translation>Messung speichern</translation>
    </message>
    <message>
        <source>best {cm} cm</source>
        <translation>bester Wert {cm} cm</translation>
    </message>
    <message>
        <source>Enter at least one try for one foot.</source>
        <translation>Tragen Sie mindestens einen Versuch für einen Fuß ein.</translation>
    </message>
    <message>
        <source>Right minus left: {diff} cm — more than the {mdc} cm the test can tell apart.</source>
        <translation>Rechts minus links: {diff} cm — mehr als die {mdc} cm, die der Test sicher unterscheiden kann.</translation>
    </message>
    <message>
        <source>Right minus left: {diff} cm — within the {mdc} cm the test can tell apart.</source>
        <translation>Rechts minus links: {diff} cm — innerhalb der {mdc} cm, die der Test sicher unterscheiden kann.</translation>
    </message>
    <message>
        <source>Since last time: {change}</source>
        <translation>Seit dem letzten Mal: {change}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Spoken guidance (unavailable: {reason})</source>
        <translation>Gesprochene Anleitung (nicht verfügbar: {reason})</translation>
    </message>
    <message>
        <source>Spoken guidance is unavailable: {reason}</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Diagram: {view}</source>
        <translation>Diagramm: {view}</translation>
    </message>
</context>
<context>
    <name>main_window_layout</name>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Where this step works</source>
        <translation>Wo dieser Schritt wirkt</translation>
    </message>
    <message>
        <source>Diagram of the foot, ankle and lower leg</source>
        <translation>Diagramm von Fuß, Sprunggelenk und Unterschenkel</translation>
    </message>
    <message>
        <source>Click a region to see every technique for it.</source>
        <translation>Klicken Sie auf einen Bereich, um alle Techniken dafür zu sehen.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Pace: how long each step lasts</source>
        <translation>Tempo: wie lange jeder Schritt dauert</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>A&amp;blauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>mobility</name>
    <message>
        <source>{delta} cm — within the test&apos;s {mdc} cm margin of error, so not a change the test can tell apart from day-to-day variation.</source>
        <translation>{delta} cm – innerhalb der Messungenauigkeit des Tests von {mdc} cm, also keine Veränderung, die der Test von normalen Tagesschwankungen unterscheiden kann.</translation>
    </message>
    <message>
        <source>{delta} cm — reaches further by more than the {mdc} cm margin.</source>
        <translation>{delta} cm – reicht um mehr als die Messungenauigkeit von {mdc} cm weiter.</translation>
    </message>
    <message>
        <source>{delta} cm — reaches less far by more than the {mdc} cm margin.</source>
        <translation>{delta} cm – reicht um mehr als die Messungenauigkeit von {mdc} cm weniger weit.</translation>
    </message>
    <message>
        <source>Right foot since the first test: {change}</source>
        <translation>Rechter Fuß seit dem ersten Test: {change}</translation>
    </message>
    <message>
        <source>Left foot since the first test: {change}</source>
        <translation>Linker Fuß seit dem ersten Test: {change}</translation>
    </message>
    <message>
        <source>Right foot: {change}</source>
        <translation>Rechter Fuß: {change}</translation>
    </message>
    <message>
        <source>Left foot: {change}</source>
        <translation>Linker Fuß: {change}</translation>
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
        <source>Latest right minus left: {difference} cm (beyond the test&apos;s {mdc} cm).</source>
        <translation>Letzte Messung, rechts minus links: {difference} cm (mehr als die Messgenauigkeit des Tests von {mdc} cm).</translation>
    </message>
    <message>
        <source>Latest right minus left: {difference} cm (within the test&apos;s {mdc} cm).</source>
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
    <message>
        <source>Ankle mobility</source>
        <translation>Beweglichkeit des Sprunggelenks</translation>
    </message>
</context>
<context>
    <name>next_morning</name>
    <message>
        <source>How does the ankle feel this morning compared with before yesterday&apos;s session?</source>
        <translation>Wie fühlt sich der Knöchel heute Morgen an, verglichen mit vor der gestrigen Sitzung?</translation>
    </message>
    <message>
        <source>And how much does it hurt right now, from 0 (no pain) to 10 (the worst pain you can imagine)?</source>
        <translation>Und wie stark schmerzt er gerade, von 0 (kein Schmerz) bis 10 (der stärkste Schmerz, den Sie sich vorstellen können)?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Etwa gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>This morning&apos;s pain ({pain}/10) is {points} points above the {before}/10 you gave before yesterday&apos;s session.</source>
        <translation>Ihr Schmerz heute Morgen ({pain}/10) liegt {points} Punkte über den {before}/10, die Sie vor der gestrigen Sitzung angegeben haben.</translation>
    </message>
    <message>
        <source>You said the ankle feels worse this morning than before yesterday&apos;s session.</source>
        <translation>Sie haben angegeben, dass sich der Knöchel heute Morgen schlechter anfühlt als vor der gestrigen Sitzung.</translation>
    </message>
    <message>
        <source>Soreness from a session should have settled by the next morning; when it has not, a lighter session is the usual next step. So today&apos;s session is offered with lighter pressure and shorter steps, leaving out the step that hurt. You can still choose the usual session.</source>
        <translation>Beschwerden nach einer Sitzung sollten bis zum nächsten Morgen abgeklungen sein; sind sie das nicht, ist eine leichtere Sitzung der übliche nächste Schritt. Deshalb wird die heutige Sitzung mit weniger Druck und kürzeren Schritten angeboten, ohne den Schritt, der wehgetan hat. Sie können trotzdem die übliche Sitzung wählen.</translation>
    </message>
    <message>
        <source>Soreness from a session should have settled by the next morning; when it has not, a lighter session is the usual next step. So today&apos;s session is offered with lighter pressure and shorter steps. You can still choose the usual session.</source>
        <translation>Beschwerden nach einer Sitzung sollten bis zum nächsten Morgen abgeklungen sein; sind sie das nicht, ist eine leichtere Sitzung der übliche nächste Schritt. Deshalb wird die heutige Sitzung mit weniger Druck und kürzeren Schritten angeboten. Sie können trotzdem die übliche Sitzung wählen.</translation>
    </message>
    <message>
        <source>A little worse, but less than {points} points above your rating before the session — within day-to-day variation, so the session stays as it was. If it is worse again tomorrow, it will be offered lighter.</source>
        <translation>Etwas schlechter, aber weniger als {points} Punkte über Ihrer Bewertung vor der Sitzung – im Rahmen der normalen Tagesschwankungen, daher bleibt die Sitzung, wie sie war. Ist es morgen wieder schlechter, wird sie leichter angeboten.</translation>
    </message>
    <message>
        <source>The ankle is no worse than before yesterday&apos;s session: no change to the session.</source>
        <translation>Der Knöchel ist nicht schlechter als vor der gestrigen Sitzung: Die Sitzung bleibt unverändert.</translation>
    </message>
    <message>
        <source>{title} (lighter today)</source>
        <translation>{title} (heute leichter)</translation>
    </message>
</context>
<context>
    <name>next_morning_dialog</name>
    <message>
        <source>This morning</source>
        <translation>Heute Morgen</translation>
    </message>
    <message>
        <source>Pain {value} of {max}</source>
        <translation>Schmerz {value} von {max}</translation>
    </message>
    <message>
        <source>Yesterday&apos;s session was stopped at “{step}” because it hurt.</source>
        <translation>Die gestrige Sitzung wurde bei „{step}“ gestoppt, weil es wehtat.</translation>
    </message>
    <message>
        <source>What this means for today</source>
        <translation>Was das für heute bedeutet</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Use the lighter session</source>
        <translation>Leichtere Sitzung nehmen</translation>
    </message>
    <message>
        <source>Keep the usual session</source>
        <translation>Übliche Sitzung beibehalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Desktop notifications are not available: there is no session bus.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar: Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available: this desktop has no notification service.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar: Dieser Desktop hat keinen Benachrichtigungsdienst.</translation>
    </message>
    <message>
        <source>Desktop notifications need the gdbus tool (Debian package libglib2.0-bin).</source>
        <translation>Desktop-Benachrichtigungen brauchen das Programm gdbus (Debian-Paket libglib2.0-bin).</translation>
    </message>
</context>
<context>
    <name>ottawa</name>
    <message>
        <source>Press with one fingertip along the back edge of the outer ankle bone, from its tip up to about {cm} cm above it.</source>
        <translation>Drücken Sie mit einer Fingerspitze entlang der hinteren Kante des Außenknöchels, von seiner Spitze bis etwa {cm} cm darüber.</translation>
    </message>
    <message>
        <source>Press with one fingertip along the back edge of the inner ankle bone, from its tip up to about {cm} cm above it.</source>
        <translation>Drücken Sie mit einer Fingerspitze entlang der hinteren Kante des Innenknöchels, von seiner Spitze bis etwa {cm} cm darüber.</translation>
    </message>
    <message>
        <source>Press the bony bump halfway along the outer edge of the foot, where the long bone behind the little toe begins.</source>
        <translation>Drücken Sie auf den Knochenvorsprung auf halber Länge der Fußaußenkante, dort, wo der lange Knochen hinter dem kleinen Zeh beginnt.</translation>
    </message>
    <message>
        <source>Press the bony bump on the inner side of the midfoot, a little in front of and below the inner ankle bone.</source>
        <translation>Drücken Sie auf den Knochenvorsprung an der Innenseite des Mittelfußes, etwas vor und unterhalb des Innenknöchels.</translation>
    </message>
    <message>
        <source>Right after the injury, could you take {steps} steps on that foot (limping is fine)?</source>
        <translation>Konnten Sie direkt nach der Verletzung {steps} Schritte auf diesem Fuß gehen (Humpeln zählt auch)?</translation>
    </message>
    <message>
        <source>Now, can you take {steps} steps on that foot (limping is fine)?</source>
        <translation>Können Sie jetzt {steps} Schritte auf diesem Fuß gehen (Humpeln zählt auch)?</translation>
    </message>
    <message>
        <source>Get it checked before any massage.</source>
        <translation>Lassen Sie es vor jeder Massage ärztlich abklären.</translation>
    </message>
    <message>
        <source>What you found is one of the signs doctors use to decide whether an injured ankle or foot needs an X-ray. It does not mean a bone is broken, but it needs a look: see a doctor, an urgent-care clinic or a minor-injuries unit today, and do not massage this ankle until they have seen it.</source>
        <translation>Ihr Befund ist eines der Zeichen, nach denen Ärztinnen und Ärzte entscheiden, ob ein verletzter Knöchel oder Fuß geröntgt werden muss. Er bedeutet nicht, dass ein Knochen gebrochen ist, aber er muss untersucht werden: Gehen Sie noch heute in eine Arztpraxis, eine Bereitschaftspraxis oder eine Notaufnahme, und massieren Sie diesen Knöchel nicht, bevor er dort angesehen wurde.</translation>
    </message>
    <message>
        <source>Still no massage on a fresh injury.</source>
        <translation>Trotzdem keine Massage bei einer frischen Verletzung.</translation>
    </message>
    <message>
        <source>None of the X-ray signs in this check showed up. That cannot rule everything out, and a fresh injury is not for massage: rubbing it can make the bleeding and swelling worse.

For the first {first}–{last} days, protect it: take weight off it or move it less, raise it above the level of your heart when you can, and a firm (not tight) bandage may help with swelling. Then move it gently as pain allows.

Massage becomes reasonable once the swelling has gone down, you can walk without limping, and pressing the area no longer hurts sharply. If it is not clearly getting better within a few days, or you cannot put weight on it, see a doctor or physiotherapist.</source>
        <translation>Keines der Röntgen-Zeichen dieses Checks ist aufgetreten. Das schließt nicht alles aus, und eine frische Verletzung ist nichts für eine Massage: Reiben kann Blutung und Schwellung verschlimmern.

Schützen Sie die Verletzung in den ersten {first}–{last} Tagen: Entlasten Sie den Fuß oder bewegen Sie ihn weniger, lagern Sie ihn über Herzhöhe, wann immer Sie können, und ein fester (nicht zu enger) Verband kann gegen die Schwellung helfen. Bewegen Sie ihn danach behutsam, so weit der Schmerz es zulässt.

Eine Massage ist erst sinnvoll, wenn die Schwellung zurückgegangen ist, Sie ohne Humpeln gehen können und Druck auf die Stelle nicht mehr stechend schmerzt. Wird es nicht innerhalb weniger Tage deutlich besser oder können Sie den Fuß nicht belasten, holen Sie ärztlichen oder physiotherapeutischen Rat ein.</translation>
    </message>
    <message>
        <source>This check is meant for injuries of the last {days} days. For an older injury that still hurts, ask a doctor or physiotherapist.</source>
        <translation>Dieser Check ist für Verletzungen der letzten {days} Tage gedacht. Bei einer älteren Verletzung, die noch schmerzt, holen Sie ärztlichen oder physiotherapeutischen Rat ein.</translation>
    </message>
    <message>
        <source>tender along the back edge or tip of the outer ankle bone</source>
        <translation>druckempfindlich entlang der hinteren Kante oder an der Spitze des Außenknöchels</translation>
    </message>
    <message>
        <source>tender along the back edge or tip of the inner ankle bone</source>
        <translation>druckempfindlich entlang der hinteren Kante oder an der Spitze des Innenknöchels</translation>
    </message>
    <message>
        <source>tender at the base of the bone behind the little toe</source>
        <translation>druckempfindlich am Ansatz des Knochens hinter dem kleinen Zeh</translation>
    </message>
    <message>
        <source>tender at the bump on the inner midfoot (navicular)</source>
        <translation>druckempfindlich am Knochenvorsprung innen am Mittelfuß (Kahnbein)</translation>
    </message>
    <message>
        <source>could not take {steps} steps, right after the injury and now</source>
        <translation>konnte {steps} Schritte weder direkt nach der Verletzung noch jetzt gehen</translation>
    </message>
</context>
<context>
    <name>pain_scale</name>
    <message>
        <source>{value} out of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <source>How much does the ankle hurt right now?</source>
        <translation>Wie stark schmerzt der Knöchel gerade?</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>10 = der stärkste Schmerz, den Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>How much does the ankle hurt now?</source>
        <translation>Wie stark schmerzt der Knöchel jetzt?</translation>
    </message>
    <message>
        <source>How tight or stiff does the ankle feel right now? (Not pain — that is asked separately.)</source>
        <translation>Wie verspannt oder steif fühlt sich der Knöchel gerade an? (Nicht der Schmerz – danach wird gesondert gefragt.)</translation>
    </message>
    <message>
        <source>0 = not tight at all</source>
        <translation>0 = überhaupt nicht verspannt</translation>
    </message>
    <message>
        <source>10 = as tight as you can imagine</source>
        <translation>10 = so verspannt, wie Sie es sich nur vorstellen können</translation>
    </message>
    <message>
        <source>How tight or stiff does the ankle feel now?</source>
        <translation>Wie verspannt oder steif fühlt sich der Knöchel jetzt an?</translation>
    </message>
</context>
<context>
    <name>palpation_view</name>
    <message>
        <source>Injury check diagram</source>
        <translation>Zeichnung für den Verletzungscheck</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Practise: {step}</source>
        <translation>Üben: {step}</translation>
    </message>
    <message>
        <source>One step from “{routine}”, on its own.</source>
        <translation>Ein einzelner Schritt aus „{routine}“.</translation>
    </message>
</context>
<context>
    <name>preparation_card</name>
    <message>
        <source>Preparation notes</source>
        <translation>Hinweise zur Vorbereitung</translation>
    </message>
    <message>
        <source>Scroll the preparation notes</source>
        <translation>Hinweise zur Vorbereitung blättern</translation>
    </message>
    <message>
        <source>These notes come back tomorrow; Start also hides them for today</source>
        <translation>Diese Hinweise erscheinen morgen wieder; auch Starten blendet sie für heute aus</translation>
    </message>
</context>
<context>
    <name>pressure</name>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>{field}: no reading yet</source>
        <translation>{field}: noch kein Wert eingetragen</translation>
    </message>
    <message>
        <source>{field}: {text}… is not a number of kg</source>
        <translation>{field}: {text}… ist keine Zahl in kg</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number of kg</source>
        <translation>{field}: {text} ist keine Zahl in kg</translation>
    </message>
    <message>
        <source>{field}: {kg} kg is outside {min}–{max} kg</source>
        <translation>{field}: {kg} kg liegt außerhalb von {min}–{max} kg</translation>
    </message>
    <message>
        <source>Moderate ({kg} kg) must be more than light ({lower} kg)</source>
        <translation>Mittel ({kg} kg) muss mehr sein als leicht ({lower} kg)</translation>
    </message>
    <message>
        <source>Firm ({kg} kg) must be more than moderate ({lower} kg)</source>
        <translation>Fest ({kg} kg) muss mehr sein als mittel ({lower} kg)</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}.</source>
        <translation>Noch einzutragen: {fields}.</translation>
    </message>
    <message>
        <source>more than ≈ {kg} kg for you</source>
        <translation>für Sie mehr als ≈ {kg} kg</translation>
    </message>
    <message>
        <source>≈ {kg} kg for you</source>
        <translation>für Sie ≈ {kg} kg</translation>
    </message>
</context>
<context>
    <name>pressure_calibration</name>
    <message>
        <source>Your own pressure scale</source>
        <translation>Ihre eigene Druckskala</translation>
    </message>
    <message>
        <source>Put a kitchen or bathroom scale on a table and set it to zero. Press the middle of it with your thumb, the way you would for each pressure below, hold it steady for a moment and read the kilograms. Write down what you read: light first, then moderate, then firm.</source>
        <translation>Stellen Sie eine Küchen- oder Personenwaage auf einen Tisch und stellen Sie sie auf null. Drücken Sie mit dem Daumen auf ihre Mitte, so wie Sie es für jede Druckstufe unten tun würden, halten Sie den Druck kurz gleichmäßig und lesen Sie die Kilogramm ab. Schreiben Sie auf, was Sie ablesen: zuerst leicht, dann mittel, dann fest.</translation>
    </message>
    <message>
        <source>No published source gives kilogram figures for massage pressure, and what feels moderate differs a lot from person to person. So these are your own figures: each step shows yours beside its label.</source>
        <translation>Keine veröffentlichte Quelle nennt Kilogrammwerte für Massagedruck, und was sich mittel anfühlt, ist von Mensch zu Mensch sehr verschieden. Deshalb sind dies Ihre eigenen Werte: Jeder Schritt zeigt Ihren Wert neben der Druckstufe.</translation>
    </message>
    <message>
        <source>&amp;Light (kg):</source>
        <translation>&amp;Leicht (kg):</translation>
    </message>
    <message>
        <source>&amp;Moderate (kg):</source>
        <translation>&amp;Mittel (kg):</translation>
    </message>
    <message>
        <source>&amp;Firm (kg):</source>
        <translation>&amp;Fest (kg):</translation>
    </message>
    <message>
        <source>Light pressure, kilograms</source>
        <translation>Leichter Druck, Kilogramm</translation>
    </message>
    <message>
        <source>Moderate pressure, kilograms</source>
        <translation>Mittlerer Druck, Kilogramm</translation>
    </message>
    <message>
        <source>Firm pressure, kilograms</source>
        <translation>Fester Druck, Kilogramm</translation>
    </message>
    <message>
        <source>kg, e.g. 2.5</source>
        <translation>kg, z. B. 2,5</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Steps will show: {labels}</source>
        <translation>Die Schritte zeigen: {labels}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Pressure used, kilograms (optional)</source>
        <translation>Ausgeübter Druck, Kilogramm (optional)</translation>
    </message>
    <message>
        <source>&amp;Pressure used:</source>
        <translation>Ausgeübter &amp;Druck:</translation>
    </message>
</context>
<context>
    <name>print_card</name>
    <message>
        <source>Print “{title}”</source>
        <translation>„{title}“ drucken</translation>
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
    <name>problems</name>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>Feld &apos;{field}&apos;</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Programme from {author}: once a week for 1 week.</source>
        <translation>Programm von {author}: einmal pro Woche, 1 Woche lang.</translation>
    </message>
    <message>
        <source>Programme from {author}: once a week for {weeks} weeks.</source>
        <translation>Programm von {author}: einmal pro Woche, {weeks} Wochen lang.</translation>
    </message>
    <message>
        <source>Programme from {author}: {times} times a week for 1 week.</source>
        <translation>Programm von {author}: {times}-mal pro Woche, 1 Woche lang.</translation>
    </message>
    <message>
        <source>Programme from {author}: {times} times a week for {weeks} weeks.</source>
        <translation>Programm von {author}: {times}-mal pro Woche, {weeks} Wochen lang.</translation>
    </message>
    <message>
        <source>{plan} “{note}”</source>
        <translation>{plan} „{note}“</translation>
    </message>
    <message>
        <source>It starts with your first session.</source>
        <translation>Es beginnt mit Ihrer ersten Sitzung.</translation>
    </message>
    <message>
        <source>It starts {date}.</source>
        <translation>Es beginnt am {date}.</translation>
    </message>
    <message>
        <source>Programme finished: {done} of {planned} sessions done.</source>
        <translation>Programm abgeschlossen: {done} von {planned} Sitzungen erledigt.</translation>
    </message>
    <message>
        <source>Week {number} of {weeks}: {done} of {planned} sessions done.</source>
        <translation>Woche {number} von {weeks}: {done} von {planned} Sitzungen erledigt.</translation>
    </message>
    <message>
        <source>Week {number} of {weeks}: {done} of {planned} sessions done. Last week: {last_done} of {last_planned}.</source>
        <translation>Woche {number} von {weeks}: {done} von {planned} Sitzungen erledigt. Letzte Woche: {last_done} von {last_planned}.</translation>
    </message>
</context>
<context>
    <name>programme_label</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>{author} · {progress}</source>
        <translation>{author} · {progress}</translation>
    </message>
</context>
<context>
    <name>rating</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Don&apos;t rate this time (Esc)</source>
        <translation>Diesmal nicht bewerten (Esc)</translation>
    </message>
    <message>
        <source>Press a number key (1 then 0 for 10), or Esc to skip.</source>
        <translation>Drücken Sie eine Zahlentaste (1, dann 0 für 10) oder Esc zum Überspringen.</translation>
    </message>
    <message>
        <source>Pain {value} out of {max}</source>
        <translation>Schmerz {value} von {max}</translation>
    </message>
    <message>
        <source>Tension {value} out of {max}</source>
        <translation>Verspannung {value} von {max}</translation>
    </message>
</context>
<context>
    <name>relaunch</name>
    <message>
        <source>A session is running: stop it first to switch routine, foot, step or view.</source>
        <translation>Eine Sitzung läuft: Stoppen Sie sie zuerst, um Ablauf, Fuß, Schritt oder Ansicht zu wechseln.</translation>
    </message>
    <message>
        <source>No routine called &apos;{routine}&apos;.</source>
        <translation>Kein Ablauf namens „{routine}“.</translation>
    </message>
    <message>
        <source>There is no step {number} in this routine.</source>
        <translation>Dieser Ablauf hat keinen Schritt {number}.</translation>
    </message>
</context>
<context>
    <name>reminder_dialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me to massage my ankle</source>
        <translation>&amp;Mich an die Massage meines Sprunggelenks erinnern</translation>
    </message>
    <message>
        <source>18:00, or several: 08:00, 18:30</source>
        <translation>18:00, oder mehrere: 08:00, 18:30</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Uhrzeiten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Desktop notifications: ready, with Start and Snooze buttons.</source>
        <translation>Desktop-Benachrichtigungen: bereit, mit den Knöpfen „Starten“ und „Später“.</translation>
    </message>
    <message>
        <source>Tray icon: shown while reminders are on.</source>
        <translation>Symbol im Infobereich: sichtbar, solange Erinnerungen an sind.</translation>
    </message>
    <message>
        <source>This desktop can show neither, so reminders could not reach you.</source>
        <translation>Dieser Desktop kann beides nicht anzeigen, daher würden Erinnerungen Sie nicht erreichen.</translation>
    </message>
    <message>
        <source>While reminders are on, Ankle Guide also starts quietly when you log in, so they come even if you have not opened it. A reminder that falls while you are asleep or in a session is not repeated later, apart from one catch-up soon after.</source>
        <translation>Solange Erinnerungen an sind, startet Ankle Guide beim Anmelden still im Hintergrund, damit sie auch kommen, wenn Sie es nicht geöffnet haben. Eine Erinnerung, die in Ihren Schlaf oder in eine Sitzung fällt, wird später nicht wiederholt, bis auf eine Nachholung kurz danach.</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>wählen Sie mindestens einen Tag</translation>
    </message>
</context>
<context>
    <name>reminder_driver</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Später (10 Min.)</translation>
    </message>
    <message>
        <source>Time for your ankle massage</source>
        <translation>Zeit für Ihre Sprunggelenk-Massage</translation>
    </message>
    <message>
        <source>You missed an ankle massage reminder</source>
        <translation>Sie haben eine Erinnerung an Ihre Sprunggelenk-Massage verpasst</translation>
    </message>
    <message>
        <source>Time for your ankle massage (snoozed)</source>
        <translation>Zeit für Ihre Sprunggelenk-Massage (verschoben)</translation>
    </message>
    <message>
        <source>A few minutes for your ankle: press Start when you are ready.</source>
        <translation>Ein paar Minuten für Ihr Sprunggelenk: Drücken Sie „Starten“, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>This desktop has no system tray, so there is no tray icon: reminders come as notifications only.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher gibt es dort kein Symbol: Erinnerungen kommen nur als Benachrichtigungen.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Eine Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time like 18:30</source>
        <translation>&apos;{text}&apos; ist keine Uhrzeit wie 18:30</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day (00:00 to 23:59)</source>
        <translation>&apos;{text}&apos; ist keine Uhrzeit (00:00 bis 23:59)</translation>
    </message>
    <message>
        <source>give at least one time, like 18:30</source>
        <translation>geben Sie mindestens eine Uhrzeit an, etwa 18:30</translation>
    </message>
    <message>
        <source>at most {count} times a day</source>
        <translation>höchstens {count} Uhrzeiten pro Tag</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Reminders at {times}, {days}.</source>
        <translation>Erinnerungen um {times}, {days}.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Mo–Fr</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Gliding strokes</source>
        <translation>Ausstreichen</translation>
    </message>
    <message>
        <source>Thumb circles</source>
        <translation>Daumenkreise</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Bewegungsumfang</translation>
    </message>
    <message>
        <source>Cross-fibre friction</source>
        <translation>Querfriktion</translation>
    </message>
    <message>
        <source>Sustained press</source>
        <translation>Gehaltener Druck</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Fußkreisen</translation>
    </message>
    <message>
        <source>Tracing stroke</source>
        <translation>Nachzeichnen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Leichter Druck</translation>
    </message>
    <message>
        <source>light pressure</source>
        <translation>leichter Druck</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Moderate pressure</source>
        <translation>Mittlerer Druck</translation>
    </message>
    <message>
        <source>moderate pressure</source>
        <translation>mittlerer Druck</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Fester Druck</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>fester Druck</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>Deep pressure</source>
        <translation>Tiefer Druck</translation>
    </message>
    <message>
        <source>deep pressure</source>
        <translation>tiefer Druck</translation>
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
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Glide</source>
        <translation>Gleiten</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Knead</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>Flex and point</source>
        <translation>Anziehen und strecken</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reiben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Nachzeichnen</translation>
    </message>
    <message>
        <source>Towards the knee</source>
        <translation>Zum Knie hin</translation>
    </message>
    <message>
        <source>Towards the toes</source>
        <translation>Zu den Zehen hin</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Across the fibres</source>
        <translation>Quer zur Faser</translation>
    </message>
    <message>
        <source>Back and forth</source>
        <translation>Hin und her</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>Ruhig</translation>
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
        <source>Steps that reused another routine&apos;s step are written out in full when you save.</source>
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
    <name>routine_box</name>
    <message>
        <source>1 routine file problem: the broken file was skipped. Help → Routine file problems shows the details.</source>
        <translation>1 Problem mit einer Ablaufdatei: Die fehlerhafte Datei wurde übersprungen. Hilfe → Probleme mit Ablaufdateien zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <source>{count} routine file problems: the broken files were skipped. Help → Routine file problems shows the details.</source>
        <translation>{count} Probleme mit Ablaufdateien: Die fehlerhaften Dateien wurden übersprungen. Hilfe → Probleme mit Ablaufdateien zeigt die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>routine_draft</name>
    <message>
        <source>is larger than {size} KiB; not a routine file</source>
        <translation>ist größer als {size} KiB; keine Ablaufdatei</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (line {line}); save it as UTF-8</source>
        <translation>ist kein gültiger UTF-8-Text (Zeile {line}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>is empty; a routine needs an id, a title and [[steps]]</source>
        <translation>ist leer; ein Ablauf braucht eine id, einen title und [[steps]]</translation>
    </message>
    <message>
        <source>is refused: {reason}</source>
        <translation>wird abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>is not valid TOML: {reason}</source>
        <translation>ist kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>is not valid TOML: values are nested too deeply</source>
        <translation>ist kein gültiges TOML: Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>could not be read as TOML ({error})</source>
        <translation>konnte nicht als TOML gelesen werden ({error})</translation>
    </message>
    <message>
        <source>missing: add at least one [[steps]] table</source>
        <translation>fehlt: Fügen Sie mindestens eine [[steps]]-Tabelle hinzu</translation>
    </message>
    <message>
        <source>must be one or more [[steps]] tables, not {value}</source>
        <translation>muss eine oder mehrere [[steps]]-Tabellen sein, nicht {value}</translation>
    </message>
    <message>
        <source>has {count} steps; at most {limit} are allowed</source>
        <translation>hat {count} Schritte; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>step id &apos;{id}&apos; is already used by step {first}; give each step its own id with &apos;id = ...&apos;</source>
        <translation>die Schritt-id &apos;{id}&apos; wird schon von Schritt {first} verwendet; geben Sie jedem Schritt eine eigene id mit &apos;id = ...&apos;</translation>
    </message>
    <message>
        <source>step id &apos;{id}&apos; is already used by step {first}; give each step its own id</source>
        <translation>die Schritt-id &apos;{id}&apos; wird schon von Schritt {first} verwendet; geben Sie jedem Schritt eine eigene id</translation>
    </message>
    <message>
        <source>step {position} &apos;{id}&apos;</source>
        <translation>Schritt {position} &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>step {position} (from &apos;{target}&apos;)</source>
        <translation>Schritt {position} (aus &apos;{target}&apos;)</translation>
    </message>
    <message>
        <source>step {position}</source>
        <translation>Schritt {position}</translation>
    </message>
    <message>
        <source>must be a [[steps]] table, not {value}</source>
        <translation>muss eine [[steps]]-Tabelle sein, nicht {value}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is glided over, never pressed: use effleurage with light or moderate pressure there, not {technique} at {pressure} pressure</source>
        <translation>Bereich &apos;{zone}&apos; wird nur ausgestrichen, nie gedrückt: Verwenden Sie dort technique &apos;effleurage&apos; mit pressure &apos;light&apos; oder &apos;moderate&apos;, nicht &apos;{technique}&apos; mit &apos;{pressure}&apos;</translation>
    </message>
    <message>
        <source>must be text like &apos;standard/warm-up-glide&apos;, not {value}</source>
        <translation>muss Text wie &apos;standard/warm-up-glide&apos; sein, nicht {value}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; must name &apos;&lt;routine id&gt;/&lt;step id&gt;&apos;, e.g. &apos;standard/warm-up-glide&apos;</source>
        <translation>&apos;{target}&apos; muss &apos;&lt;Ablauf-id&gt;/&lt;Schritt-id&gt;&apos; angeben, z. B. &apos;standard/warm-up-glide&apos;</translation>
    </message>
</context>
<context>
    <name>routine_edit</name>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
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
        <source>programme</source>
        <translation>Programm</translation>
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
        <source>Change the routine&apos;s {field}</source>
        <translation>{field} des Ablaufs ändern</translation>
    </message>
    <message>
        <source>Change step {number}&apos;s {field}</source>
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
    <name>routine_editor_programme</name>
    <message>
        <source>Written &amp;by</source>
        <translation>&amp;Verfasst von</translation>
    </message>
    <message>
        <source>Sessions a &amp;week</source>
        <translation>Sitzungen pro &amp;Woche</translation>
    </message>
    <message>
        <source>For how many wee&amp;ks</source>
        <translation>Für wie viele Wo&amp;chen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Start da&amp;y</source>
        <translation>Start&amp;tag</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>JJJJ-MM-TT, freiwillig</translation>
    </message>
    <message>
        <source>Empty: the plan starts the week of the first session.</source>
        <translation>Leer: Der Plan beginnt in der Woche der ersten Sitzung.</translation>
    </message>
    <message>
        <source>Pr&amp;ogramme from a physiotherapist</source>
        <translation>Pr&amp;ogramm aus der Physiotherapie</translation>
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
<context>
    <name>routine_fields</name>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a list of zone ids, e.g. [&quot;heel&quot;], not {value}</source>
        <translation>muss eine Liste von Bereichs-ids sein, z. B. [&quot;heel&quot;], nicht {value}</translation>
    </message>
    <message>
        <source>lists {count} zones; there are only {known}</source>
        <translation>nennt {count} Bereiche; es gibt nur {known}</translation>
    </message>
    <message>
        <source>must be a zone id in quotes, not {value}</source>
        <translation>muss eine Bereichs-id in Anführungszeichen sein, nicht {value}</translation>
    </message>
    <message>
        <source> (known zones: {zones})</source>
        <translation> (bekannte Bereiche: {zones})</translation>
    </message>
    <message>
        <source>unknown zone &apos;{zone}&apos;{hint}</source>
        <translation>unbekannter Bereich &apos;{zone}&apos;{hint}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is an injury-check point, not a massage target</source>
        <translation>Bereich &apos;{zone}&apos; ist ein Punkt des Verletzungschecks, kein Massageziel</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is listed twice</source>
        <translation>Bereich &apos;{zone}&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a list of tables like [{{ name = &quot;hold&quot;, seconds = 30 }}], not {value}</source>
        <translation>muss eine Liste von Tabellen wie [{{ name = &quot;hold&quot;, seconds = 30 }}] sein, nicht {value}</translation>
    </message>
    <message>
        <source>has {count} phases; at most {limit} are allowed</source>
        <translation>hat {count} Phasen; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>must be a table like {{ name = &quot;hold&quot;, seconds = 30 }}, not {value}</source>
        <translation>muss eine Tabelle wie {{ name = &quot;hold&quot;, seconds = 30 }} sein, nicht {value}</translation>
    </message>
    <message>
        <source>phase seconds add up to {total} but the step lasts {duration} s</source>
        <translation>die Sekunden der Phasen ergeben zusammen {total}, aber der Schritt dauert {duration} s</translation>
    </message>
</context>
<context>
    <name>safe_read</name>
    <message>
        <source>is a folder, not a regular file; not opened</source>
        <translation>ist ein Ordner, keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file; not opened</source>
        <translation>ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>is a character device, not a regular file; not opened</source>
        <translation>ist ein zeichenorientiertes Gerät, keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>is a block device, not a regular file; not opened</source>
        <translation>ist ein blockorientiertes Gerät, keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>is a socket, not a regular file; not opened</source>
        <translation>ist ein Socket, keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>is not a regular file; not opened</source>
        <translation>ist keine gewöhnliche Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Have you sprained, twisted, broken or otherwise injured this ankle or foot in the last few weeks?</source>
        <translation>Haben Sie sich diesen Knöchel oder Fuß in den letzten Wochen verstaucht, verdreht, gebrochen oder auf andere Weise verletzt?</translation>
    </message>
    <message>
        <source>Do not massage a recent injury: rubbing it can make the damage worse. Rest the ankle, and see a doctor or physiotherapist before you massage it.</source>
        <translation>Massieren Sie keine frische Verletzung: Reiben kann den Schaden verschlimmern. Schonen Sie den Knöchel, und holen Sie ärztlichen oder physiotherapeutischen Rat ein, bevor Sie ihn massieren.</translation>
    </message>
    <message>
        <source>Is there broken skin, a cut, a blister or an open wound anywhere you would massage?</source>
        <translation>Ist die Haut an einer Stelle, die Sie massieren würden, verletzt – ein Schnitt, eine Blase oder eine offene Wunde?</translation>
    </message>
    <message>
        <source>Do not massage over broken skin or a wound. Let it heal first, and see a clinician if it is slow to heal.</source>
        <translation>Massieren Sie nicht über verletzter Haut oder einer Wunde. Lassen Sie sie zuerst abheilen, und holen Sie ärztlichen Rat ein, wenn sie nur langsam heilt.</translation>
    </message>
    <message>
        <source>Does the skin there look infected: a red patch that is spreading, pus or weeping, or cracked, sore skin between the toes?</source>
        <translation>Sieht die Haut dort entzündet aus: eine gerötete Stelle, die sich ausbreitet, Eiter oder nässende Stellen, oder rissige, wunde Haut zwischen den Zehen?</translation>
    </message>
    <message>
        <source>Do not massage infected skin: it can spread the infection. See a doctor or pharmacist, and wait until it has cleared.</source>
        <translation>Massieren Sie keine entzündete Haut: Das kann die Infektion verbreiten. Holen Sie ärztlichen Rat oder Rat in der Apotheke ein, und warten Sie, bis die Entzündung abgeheilt ist.</translation>
    </message>
    <message>
        <source>Has your ankle, foot or leg swollen suddenly, badly, or for no reason you know of?</source>
        <translation>Ist Ihr Knöchel, Fuß oder Bein plötzlich, stark oder ohne Ihnen bekannten Grund angeschwollen?</translation>
    </message>
    <message>
        <source>Sudden, severe or unexplained swelling needs a medical check, not massage. Rest, and contact your doctor or a health advice line today.</source>
        <translation>Eine plötzliche, starke oder unerklärte Schwellung muss ärztlich abgeklärt werden, nicht massiert. Schonen Sie sich, und wenden Sie sich noch heute an Ihre Arztpraxis oder eine medizinische Beratungsstelle am Telefon.</translation>
    </message>
    <message>
        <source>Do you have pain, tenderness, warmth, redness or swelling in one calf or leg only (especially after a long journey, an operation or time in bed)?</source>
        <translation>Haben Sie Schmerzen, Druckempfindlichkeit, Wärme, Rötung oder eine Schwellung in nur einer Wade oder einem Bein (besonders nach einer langen Reise, einer Operation oder Bettruhe)?</translation>
    </message>
    <message>
        <source>These can be signs of a blood clot in the leg (deep vein thrombosis). Do not massage the leg. Get medical help now: call your doctor straight away, or your emergency number (112, 999 or 911) if you are short of breath or have chest pain.</source>
        <translation>Das können Zeichen eines Blutgerinnsels im Bein sein (tiefe Venenthrombose). Massieren Sie das Bein nicht. Holen Sie sofort medizinische Hilfe: Rufen Sie umgehend Ihre Arztpraxis an, oder den Notruf (112, 999 oder 911), wenn Sie kurzatmig sind oder Schmerzen in der Brust haben.</translation>
    </message>
    <message>
        <source>Please don&apos;t massage today.</source>
        <translation>Bitte massieren Sie heute nicht.</translation>
    </message>
    <message>
        <source>Get medical help now.</source>
        <translation>Holen Sie sofort medizinische Hilfe.</translation>
    </message>
    <message>
        <source>Stop — this hurts</source>
        <translation>Stopp – das tut weh</translation>
    </message>
    <message>
        <source>Stop massaging now and rest the ankle.</source>
        <translation>Hören Sie sofort auf zu massieren, und schonen Sie den Knöchel.</translation>
    </message>
    <message>
        <source>Mild soreness that fades within a minute or two is common. Sharp pain is not.</source>
        <translation>Ein leichtes Wundgefühl, das nach ein bis zwei Minuten nachlässt, ist häufig. Stechender Schmerz ist es nicht.</translation>
    </message>
    <message>
        <source>If the pain is sharp, if it is still there after resting, or if you feel tingling or numbness, do not carry on today.</source>
        <translation>Wenn der Schmerz stechend ist, wenn er nach dem Ausruhen noch da ist oder wenn Sie Kribbeln oder Taubheit spüren, machen Sie heute nicht weiter.</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist for advice before you massage this ankle again.</source>
        <translation>Holen Sie ärztlichen oder physiotherapeutischen Rat ein, bevor Sie diesen Knöchel wieder massieren.</translation>
    </message>
    <message>
        <source>Next time, use lighter pressure and skip the step that hurt.</source>
        <translation>Nehmen Sie beim nächsten Mal weniger Druck, und überspringen Sie den Schritt, der wehgetan hat.</translation>
    </message>
    <message>
        <source>I&apos;m OK — record this session</source>
        <translation>Mir geht es gut – Sitzung aufzeichnen</translation>
    </message>
    <message>
        <source>I&apos;ve read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <source>Saved to your history as a stop for pain.</source>
        <translation>Im Verlauf als Abbruch wegen Schmerzen gespeichert.</translation>
    </message>
    <message>
        <source>Ankle Guide helps you massage your own ankle for everyday stiffness and tension. It is not medical treatment and does not replace advice from a doctor or physiotherapist.

Do not massage if any of these applies:

{reasons}

While you massage:

• Pressure should feel firm but comfortable. Stop at any sharp pain, tingling or numbness; use the “Stop — this hurts” button.
• Glide over the Achilles tendon only; never press or knead the tendon itself.
• In the hollow below the inner ankle bone, nerves and blood vessels pass: press firmly but never sharply.
• Circle the soft tissue around the ankle bones, not the bare bone.
• Move the foot slowly and smoothly; never force a stretch or a rotation.

If pain is sharp, keeps coming back or lasts after you stop, see a clinician before massaging again.</source>
        <translation>Ankle Guide hilft Ihnen, Ihren Knöchel bei alltäglicher Steifheit und Verspannung selbst zu massieren. Es ist keine medizinische Behandlung und ersetzt keinen ärztlichen oder physiotherapeutischen Rat.

Massieren Sie nicht, wenn einer dieser Punkte zutrifft:

{reasons}

Während Sie massieren:

• Der Druck soll sich fest, aber angenehm anfühlen. Hören Sie bei jedem stechenden Schmerz, Kribbeln oder Taubheitsgefühl auf; nutzen Sie dafür die Schaltfläche „Stopp – das tut weh“.
• Streichen Sie über die Achillessehne nur aus; drücken oder kneten Sie nie die Sehne selbst.
• In der Mulde unter dem Innenknöchel verlaufen Nerven und Blutgefäße: Drücken Sie dort fest, aber nie spitz und hart.
• Kreisen Sie auf dem Weichgewebe rund um die Knöchel, nicht auf dem blanken Knochen.
• Bewegen Sie den Fuß langsam und gleichmäßig; erzwingen Sie nie eine Dehnung oder ein Fußkreisen.

Wenn der Schmerz stechend ist, immer wiederkommt oder nach dem Aufhören anhält, holen Sie ärztlichen Rat ein, bevor Sie wieder massieren.</translation>
    </message>
</context>
<context>
    <name>safety_gate</name>
    <message>
        <source>None of these apply to me</source>
        <translation>Nichts davon trifft auf mich zu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, this applies</source>
        <translation>Ja, das trifft zu</translation>
    </message>
    <message>
        <source>See the advice below the questions.</source>
        <translation>Beachten Sie den Rat unter den Fragen.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>A quick safety check</source>
        <translation>Ein kurzer Sicherheitscheck</translation>
    </message>
    <message>
        <source>Before today&apos;s first session, read each question. If any of them applies, massage could do harm: skip it today and follow the advice instead. When you have read them all and none applies, one button answers “No” to every one.</source>
        <translation>Lesen Sie vor der ersten Sitzung des Tages jede Frage. Trifft eine davon zu, kann eine Massage schaden: Lassen Sie sie heute aus und folgen Sie stattdessen dem Rat. Wenn Sie alle gelesen haben und keine zutrifft, beantwortet eine Schaltfläche alle Fragen mit „Nein“.</translation>
    </message>
    <message>
        <source>Answer “No” to all five questions at once</source>
        <translation>Alle fünf Fragen auf einmal mit „Nein“ beantworten</translation>
    </message>
    <message>
        <source>Answers No to every question above; change any answer afterwards if one does apply.</source>
        <translation>Beantwortet jede Frage oben mit Nein; ändern Sie danach jede Antwort, die doch zutrifft.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Ergebnis des Checks</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Answer every question to continue ({left} still to answer).</source>
        <translation>Beantworten Sie jede Frage, um fortzufahren (noch {left} offen).</translation>
    </message>
    <message>
        <source>✓ None of these applies. You can start.</source>
        <translation>✓ Nichts davon trifft zu. Sie können beginnen.</translation>
    </message>
</context>
<context>
    <name>save_file</name>
    <message>
        <source>{path}: cannot create the folder: {reason}</source>
        <translation>{path}: Der Ordner kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {reason}</source>
        <translation>{path}: kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot be saved: {reason}</source>
        <translation>{path}: kann nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>session_controller</name>
    <message>
        <source>Your session continues, but it cannot be saved to history: {error}</source>
        <translation>Ihre Sitzung läuft weiter, kann aber nicht im Verlauf gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>session_presenter</name>
    <message>
        <source>Choose a routine to begin</source>
        <translation>Wählen Sie einen Ablauf, um zu beginnen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished — well done</source>
        <translation>Fertig — gut gemacht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>First: {step}</source>
        <translation>Zuerst: {step}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Press → to start now</source>
        <translation>→ drücken, um sofort zu beginnen</translation>
    </message>
    <message>
        <source>Change feet</source>
        <translation>Fuß wechseln</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Next: switch to your left foot</source>
        <translation>Als Nächstes: zum linken Fuß wechseln</translation>
    </message>
    <message>
        <source>Next: switch to your right foot</source>
        <translation>Als Nächstes: zum rechten Fuß wechseln</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Next: {step} — {zone}</source>
        <translation>Als Nächstes: {step} — {zone}</translation>
    </message>
    <message>
        <source>Switch to your LEFT foot</source>
        <translation>Wechseln Sie zum LINKEN Fuß</translation>
    </message>
    <message>
        <source>Switch to your left foot</source>
        <translation>Wechseln Sie zum linken Fuß</translation>
    </message>
    <message>
        <source>Switch to your RIGHT foot</source>
        <translation>Wechseln Sie zum RECHTEN Fuß</translation>
    </message>
    <message>
        <source>Switch to your right foot</source>
        <translation>Wechseln Sie zum rechten Fuß</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>A short pause</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Fuß wechseln</translation>
    </message>
    <message>
        <source>Then: {zones}</source>
        <translation>Danach: {zones}</translation>
    </message>
    <message>
        <source>Right foot done</source>
        <translation>Rechter Fuß fertig</translation>
    </message>
    <message>
        <source>Rest your right foot and settle your left foot across your knee, the same way as before. The next step starts by itself.</source>
        <translation>Stellen Sie den rechten Fuß ab und legen Sie den linken Fuß wie zuvor über das Knie. Der nächste Schritt beginnt von selbst.</translation>
    </message>
    <message>
        <source>Left foot done</source>
        <translation>Linker Fuß fertig</translation>
    </message>
    <message>
        <source>Rest your left foot and settle your right foot across your knee, the same way as before. The next step starts by itself.</source>
        <translation>Stellen Sie den linken Fuß ab und legen Sie den rechten Fuß wie zuvor über das Knie. Der nächste Schritt beginnt von selbst.</translation>
    </message>
    <message>
        <source>Stopped — this hurts</source>
        <translation>Gestoppt — das tut weh</translation>
    </message>
    <message>
        <source>Well done — session complete</source>
        <translation>Gut gemacht — Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped early</source>
        <translation>Sitzung vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>{done} of {total} step done</source>
        <translation>{done} von {total} Schritt erledigt</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>{time} of massage</source>
        <translation>{time} Massage</translation>
    </message>
    <message>
        <source>Session not started: see the safety advice.</source>
        <translation>Sitzung nicht gestartet: Bitte lesen Sie die Sicherheitshinweise.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Got it — hide for today</source>
        <translation>Gelesen — heute ausblenden</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>Während einer Sitzung beenden?</translation>
    </message>
    <message>
        <source>The session is paused. Quit now and it is saved to your history as stopped early.</source>
        <translation>Die Sitzung ist pausiert. Wenn Sie jetzt beenden, wird sie in Ihrem Verlauf als vorzeitig gestoppt gespeichert.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>Diese Sitzung beenden?</translation>
    </message>
    <message>
        <source>This ends the session in progress. It is saved to your history.</source>
        <translation>Damit endet die laufende Sitzung. Sie wird in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Any pain? Optional: pick a number first, then rate the tightness below.</source>
        <translation>Schmerzen? Freiwillig: Wählen Sie zuerst eine Zahl, dann bewerten Sie unten die Verspannung.</translation>
    </message>
    <message>
        <source>Where did it feel tight? (optional)</source>
        <translation>Wo war es verspannt? (freiwillig)</translation>
    </message>
    <message>
        <source>Where did it feel tight? Tap any (optional), then rate.</source>
        <translation>Wo war es verspannt? Tippen Sie Bereiche an (freiwillig), dann bewerten Sie.</translation>
    </message>
    <message>
        <source>Before you start: {routine}</source>
        <translation>Bevor Sie beginnen: {routine}</translation>
    </message>
    <message>
        <source>Pain: {value} out of 10 — now rate the tightness below (or Skip).</source>
        <translation>Schmerz: {value} von 10 — bewerten Sie jetzt unten die Verspannung (oder Überspringen).</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{routine} · {per_foot} a foot · {total} both</source>
        <translation>{routine} · {per_foot} pro Fuß · {total} beide</translation>
    </message>
    <message>
        <source>Thank you — noted {value} out of 10.</source>
        <translation>Danke — {value} von 10 notiert.</translation>
    </message>
    <message>
        <source>Thank you — noted {value} out of 10. Tight: {zones}.</source>
        <translation>Danke — {value} von 10 notiert. Verspannt: {zones}.</translation>
    </message>
    <message>
        <source>Start a new session here?</source>
        <translation>Hier eine neue Sitzung starten?</translation>
    </message>
    <message>
        <source>This ends the session in progress (it is saved to your history) and starts “{routine}” at “{step}”.</source>
        <translation>Damit endet die laufende Sitzung (sie wird in Ihrem Verlauf gespeichert), und „{routine}“ beginnt bei „{step}“.</translation>
    </message>
    <message>
        <source>Jump to this step?</source>
        <translation>Zu diesem Schritt springen?</translation>
    </message>
    <message>
        <source>The session carries on from “{step}”.</source>
        <translation>Die Sitzung geht bei „{step}“ weiter.</translation>
    </message>
    <message>
        <source>Jumped to “{step}”.</source>
        <translation>Zu „{step}“ gesprungen.</translation>
    </message>
    <message>
        <source>{technique}, {pressure} ({level} of 4)</source>
        <translation>{technique}, {pressure} ({level} von 4)</translation>
    </message>
    <message>
        <source>, more than about {kg} kilograms for you</source>
        <translation>, für Sie mehr als etwa {kg} Kilogramm</translation>
    </message>
    <message>
        <source>, about {kg} kilograms for you</source>
        <translation>, für Sie etwa {kg} Kilogramm</translation>
    </message>
    <message>
        <source>As read on a kitchen or bathroom scale (optional).</source>
        <translation>Wie auf einer Küchen- oder Personenwaage abgelesen (freiwillig).</translation>
    </message>
    <message>
        <source>Your own scale, in kg: {figures} (optional).</source>
        <translation>Ihre eigene Skala, in kg: {figures} (freiwillig).</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Zum Starten die Leertaste drücken</translation>
    </message>
    <message>
        <source>Paused — Space resumes</source>
        <translation>Pausiert — Leertaste setzt fort</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Much slower</source>
        <translation>Viel langsamer</translation>
    </message>
    <message>
        <source>Each step lasts half as long again as the routine says</source>
        <translation>Jeder Schritt dauert anderthalbmal so lang wie im Ablauf angegeben</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Each step lasts a quarter longer than the routine says</source>
        <translation>Jeder Schritt dauert ein Viertel länger als im Ablauf angegeben</translation>
    </message>
    <message>
        <source>Normal pace</source>
        <translation>Normales Tempo</translation>
    </message>
    <message>
        <source>Each step lasts as long as the routine says</source>
        <translation>Jeder Schritt dauert so lang wie im Ablauf angegeben</translation>
    </message>
    <message>
        <source>Quicker</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Each step lasts a quarter less than the routine says</source>
        <translation>Jeder Schritt dauert ein Viertel kürzer als im Ablauf angegeben</translation>
    </message>
</context>
<context>
    <name>settings_store</name>
    <message>
        <source>Your settings file {path} {reason}: the defaults are used and nothing is saved.</source>
        <translation>Ihre Einstellungsdatei {path} {reason}: Es gelten die Standardeinstellungen, und nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>sound</name>
    <message>
        <source>Sound could not start ({error})</source>
        <translation>Der Ton konnte nicht starten ({error})</translation>
    </message>
    <message>
        <source>Sound is off: Qt Multimedia could not be loaded ({error})</source>
        <translation>Ton ist aus: Qt Multimedia konnte nicht geladen werden ({error})</translation>
    </message>
    <message>
        <source>Sound is off: no audio output device was found</source>
        <translation>Ton ist aus: Es wurde kein Audio-Ausgabegerät gefunden</translation>
    </message>
    <message>
        <source>Sound file missing: {file}</source>
        <translation>Tondatei fehlt: {file}</translation>
    </message>
    <message>
        <source>The &apos;{sound}&apos; sound cannot be played on this audio device</source>
        <translation>Der Ton „{sound}“ kann auf diesem Audiogerät nicht abgespielt werden</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>No speech engine is installed (install speech-dispatcher)</source>
        <translation>Keine Sprachausgabe installiert (installieren Sie speech-dispatcher)</translation>
    </message>
    <message>
        <source>The speech engine &apos;{engine}&apos; is not installed</source>
        <translation>Die Sprachausgabe „{engine}“ ist nicht installiert</translation>
    </message>
    <message>
        <source>Speech is off: Qt TextToSpeech could not be loaded ({error})</source>
        <translation>Sprachausgabe ist aus: Qt TextToSpeech konnte nicht geladen werden ({error})</translation>
    </message>
    <message>
        <source>Speech could not start ({error})</source>
        <translation>Die Sprachausgabe konnte nicht starten ({error})</translation>
    </message>
    <message>
        <source>The speech engine &apos;{engine}&apos; could not start ({error})</source>
        <translation>Die Sprachausgabe „{engine}“ konnte nicht starten ({error})</translation>
    </message>
</context>
<context>
    <name>step_list</name>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right foot.</source>
        <translation>Rechter Fuß.</translation>
    </message>
    <message>
        <source>Left foot.</source>
        <translation>Linker Fuß.</translation>
    </message>
    <message>
        <source>Short pause · {duration}</source>
        <translation>Kurze Pause · {duration}</translation>
    </message>
    <message>
        <source>{title}. {meta}.</source>
        <translation>{title}. {meta}.</translation>
    </message>
    <message>
        <source>Step {number}: {title}. {zones}. {meta}.</source>
        <translation>Schritt {number}: {title}. {zones}. {meta}.</translation>
    </message>
    <message>
        <source>Current step.</source>
        <translation>Aktueller Schritt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Anatomy: {names}</source>
        <translation>Anatomie: {names}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The steps of this session. Press Enter to jump to a step.</source>
        <translation>Die Schritte dieser Sitzung. Drücken Sie die Eingabetaste, um zu einem Schritt zu springen.</translation>
    </message>
</context>
<context>
    <name>svg_catalogue_check</name>
    <message>
        <source>element &apos;{id}&apos;</source>
        <translation>Element &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>draws no zone: a diagram needs &lt;g id=&quot;zone-...&quot;&gt; shapes in &lt;g id=&quot;zones&quot;&gt;</source>
        <translation>zeichnet keinen Bereich: Ein Diagramm braucht &lt;g id=&quot;zone-...&quot;&gt;-Formen in &lt;g id=&quot;zones&quot;&gt;</translation>
    </message>
    <message>
        <source>lacks the required &lt;g id=&quot;{group}&quot;&gt;</source>
        <translation>das erforderliche &lt;g id=&quot;{group}&quot;&gt; fehlt</translation>
    </message>
    <message>
        <source>must be a &lt;g&gt; group</source>
        <translation>muss eine &lt;g&gt;-Gruppe sein</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is not in the zone catalogue</source>
        <translation>Bereich &apos;{zone}&apos; steht nicht im Bereichskatalog</translation>
    </message>
    <message>
        <source>the catalogue does not list the {view} view for this zone</source>
        <translation>der Katalog führt die Ansicht {view} für diesen Bereich nicht</translation>
    </message>
    <message>
        <source>this zone draws no shape</source>
        <translation>dieser Bereich zeichnet keine Form</translation>
    </message>
    <message>
        <source>guide for a zone this file does not draw</source>
        <translation>Führungslinie für einen Bereich, den diese Datei nicht zeichnet</translation>
    </message>
    <message>
        <source>the catalogue lists this zone for the {view} view, but the file does not draw it</source>
        <translation>der Katalog führt diesen Bereich für die Ansicht {view}, aber die Datei zeichnet ihn nicht</translation>
    </message>
    <message>
        <source>zone has no guide path for motion cues</source>
        <translation>Bereich hat keinen Führungspfad für Bewegungshinweise</translation>
    </message>
</context>
<context>
    <name>svg_guard</name>
    <message>
        <source>&lt;use&gt; is not allowed in diagram files (it can expand exponentially); draw the shape itself</source>
        <translation>&lt;use&gt; ist in Diagrammdateien nicht erlaubt (es kann sich exponentiell vervielfachen); zeichnen Sie die Form selbst</translation>
    </message>
    <message>
        <source>&lt;script&gt; is not allowed in diagram files</source>
        <translation>&lt;script&gt; ist in Diagrammdateien nicht erlaubt</translation>
    </message>
    <message>
        <source>&lt;foreignObject&gt; is not allowed in diagram files</source>
        <translation>&lt;foreignObject&gt; ist in Diagrammdateien nicht erlaubt</translation>
    </message>
    <message>
        <source>&lt;style&gt; is not allowed in diagram files: diagrams hold no CSS</source>
        <translation>&lt;style&gt; ist in Diagrammdateien nicht erlaubt: Diagramme enthalten kein CSS</translation>
    </message>
    <message>
        <source>too many problems; stopped checking</source>
        <translation>zu viele Probleme; Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>has more than {limit} elements; a diagram needs far fewer</source>
        <translation>hat mehr als {limit} Elemente; ein Diagramm braucht weit weniger</translation>
    </message>
    <message>
        <source>nests elements more than {limit} deep</source>
        <translation>verschachtelt Elemente mehr als {limit} Ebenen tief</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; on line {line}</source>
        <translation>&lt;{tag}&gt; in Zeile {line}</translation>
    </message>
    <message>
        <source>this id is used twice</source>
        <translation>diese id wird doppelt verwendet</translation>
    </message>
    <message>
        <source>has a processing instruction &lt;?{target}?&gt;; diagrams need none</source>
        <translation>enthält eine Verarbeitungsanweisung &lt;?{target}?&gt;; Diagramme brauchen keine</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>{problem} ({count} of them; the first is here)</source>
        <translation>{problem} (Anzahl: {count}; das erste steht hier)</translation>
    </message>
    <message>
        <source>is not an SVG file: the root element must be &lt;svg&gt; in the SVG namespace</source>
        <translation>ist keine SVG-Datei: Das Wurzelelement muss &lt;svg&gt; im SVG-Namensraum sein</translation>
    </message>
    <message>
        <source>needs a viewBox of four numbers with positive size, e.g. &quot;0 0 700 900&quot;</source>
        <translation>braucht eine viewBox aus vier Zahlen mit positiver Größe, z. B. &quot;0 0 700 900&quot;</translation>
    </message>
    <message>
        <source>&lt;use&gt; refers to its own ancestor &apos;{href}&apos;, which would repeat forever</source>
        <translation>&lt;use&gt; verweist auf sein eigenes übergeordnetes Element &apos;{href}&apos;, das würde sich endlos wiederholen</translation>
    </message>
    <message>
        <source>path data does not parse: {error}</source>
        <translation>Pfaddaten nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>has more than {limit} path commands; simplify the drawing</source>
        <translation>hat mehr als {limit} Pfadbefehle; vereinfachen Sie die Zeichnung</translation>
    </message>
    <message>
        <source>points do not parse: {error}</source>
        <translation>Punkte nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>transform {error}</source>
        <translation>transform {error}</translation>
    </message>
    <message>
        <source>must be invisible (opacity=&quot;0&quot;): the app draws zones and guides itself</source>
        <translation>muss unsichtbar sein (opacity=&quot;0&quot;): Die App zeichnet Bereiche und Führungslinien selbst</translation>
    </message>
    <message>
        <source>must not sit inside another of the artwork/zones/guides groups</source>
        <translation>darf nicht in einer anderen der Gruppen artwork/zones/guides liegen</translation>
    </message>
    <message>
        <source>must be inside &lt;g id=&quot;zones&quot;&gt;</source>
        <translation>muss innerhalb von &lt;g id=&quot;zones&quot;&gt; liegen</translation>
    </message>
    <message>
        <source>must not sit inside another zone (&apos;{zone}&apos;)</source>
        <translation>darf nicht in einem anderen Bereich liegen (&apos;{zone}&apos;)</translation>
    </message>
    <message>
        <source>a zone must be a closed path or shape, or a &lt;g&gt; of them</source>
        <translation>ein Bereich muss ein geschlossener Pfad oder eine Form sein, oder eine &lt;g&gt;-Gruppe davon</translation>
    </message>
    <message>
        <source>must be inside &lt;g id=&quot;guides&quot;&gt;</source>
        <translation>muss innerhalb von &lt;g id=&quot;guides&quot;&gt; liegen</translation>
    </message>
    <message>
        <source>a guide must be a &lt;path&gt;</source>
        <translation>eine Führungslinie muss ein &lt;path&gt; sein</translation>
    </message>
    <message>
        <source>has a DOCTYPE (DTD); it is refused because it can define expanding entities</source>
        <translation>enthält eine DOCTYPE-Angabe (DTD); sie wird abgelehnt, weil sie sich aufblähende Entitäten definieren kann</translation>
    </message>
    <message>
        <source>declares XML entities, which are refused</source>
        <translation>deklariert XML-Entitäten; sie werden abgelehnt</translation>
    </message>
    <message>
        <source>refers to an external entity, which is refused</source>
        <translation>verweist auf eine externe Entität; das wird abgelehnt</translation>
    </message>
    <message>
        <source>is not well-formed XML: {error}</source>
        <translation>ist kein wohlgeformtes XML: {error}</translation>
    </message>
    <message>
        <source>cannot be read as XML ({kind}: {error})</source>
        <translation>kann nicht als XML gelesen werden ({kind}: {error})</translation>
    </message>
    <message>
        <source>is {size} MiB; diagrams are limited to {limit} MiB</source>
        <translation>ist {size} MiB groß; Diagramme dürfen höchstens {limit} MiB groß sein</translation>
    </message>
</context>
<context>
    <name>svg_rules</name>
    <message>
        <source>is UTF-32 text; save it as UTF-8</source>
        <translation>ist UTF-32-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>declares the text encoding &apos;{encoding}&apos;; diagrams must be UTF-8, UTF-16, ASCII or ISO-8859-1</source>
        <translation>gibt die Textkodierung &apos;{encoding}&apos; an; Diagramme müssen UTF-8, UTF-16, ASCII oder ISO-8859-1 sein</translation>
    </message>
    <message>
        <source>uses CSS @import; diagrams hold no CSS</source>
        <translation>verwendet CSS-@import; Diagramme enthalten kein CSS</translation>
    </message>
    <message>
        <source>refers with url(...) to something outside this file; only url(#id) is allowed</source>
        <translation>verweist mit url(...) auf etwas außerhalb dieser Datei; nur url(#id) ist erlaubt</translation>
    </message>
    <message>
        <source>holds a CSS escape (a backslash); write the style plainly</source>
        <translation>enthält ein CSS-Escape (einen Backslash); schreiben Sie den Stil ohne</translation>
    </message>
    <message>
        <source>refers to an outside resource; diagrams must be self-contained</source>
        <translation>verweist auf eine externe Ressource; Diagramme müssen in sich geschlossen sein</translation>
    </message>
    <message>
        <source>embeds data other than a base64 PNG or JPEG picture (e.g. another SVG), which is refused</source>
        <translation>bettet andere Daten als ein base64-PNG- oder -JPEG-Bild ein (z. B. ein weiteres SVG); das wird abgelehnt</translation>
    </message>
    <message>
        <source>embeds a picture whose base64 data does not decode</source>
        <translation>bettet ein Bild ein, dessen base64-Daten sich nicht dekodieren lassen</translation>
    </message>
    <message>
        <source>embeds data labelled {kind} that is not a {kind} picture</source>
        <translation>bettet als {kind} bezeichnete Daten ein, die kein {kind}-Bild sind</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>needs an even count of numbers (x y pairs)</source>
        <translation>braucht eine gerade Anzahl von Zahlen (x-y-Paare)</translation>
    </message>
    <message>
        <source>does not parse at character {position} ({text})</source>
        <translation>ist ab Zeichen {position} nicht lesbar ({text})</translation>
    </message>
    <message>
        <source>{name}() cannot take {count} numbers</source>
        <translation>{name}() kann keine {count} Zahlen aufnehmen</translation>
    </message>
</context>
<context>
    <name>svgelements_reader</name>
    <message>
        <source>could not be read as SVG: {error}</source>
        <translation>konnte nicht als SVG gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>table_reader</name>
    <message>
        <source>true/false</source>
        <translation>ein Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a date/time</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>text &apos;{text}&apos;</source>
        <translation>Text &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>; did you mean &apos;{word}&apos;?</source>
        <translation>; meinten Sie &apos;{word}&apos;?</translation>
    </message>
    <message>
        <source> (allowed: {names})</source>
        <translation> (erlaubt: {names})</translation>
    </message>
    <message>
        <source>unknown field{hint}</source>
        <translation>unbekanntes Feld{hint}</translation>
    </message>
    <message>
        <source>{count} more unknown fields; not listed</source>
        <translation>weitere unbekannte Felder: {count}; nicht aufgeführt</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is {length} characters long; keep it under {limit}</source>
        <translation>ist {length} Zeichen lang; bleiben Sie unter {limit}</translation>
    </message>
    <message>
        <source>has {words} words; keep it to {limit} so it reads across a room</source>
        <translation>hat {words} Wörter; höchstens {limit}, damit es quer durch den Raum lesbar bleibt</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;...&quot;], not {value}</source>
        <translation>muss eine Liste von Texten sein, z. B. [&quot;...&quot;], nicht {value}</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>hat {count} Einträge; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 48), e.g. &apos;warm-up&apos;</source>
        <translation>&apos;{id}&apos; ist keine gültige id: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (höchstens 48), z. B. &apos;warm-up&apos;</translation>
    </message>
    <message>
        <source>must be a number of seconds, not {value} (write it without quotes)</source>
        <translation>muss eine Anzahl Sekunden sein, nicht {value} (schreiben Sie die Zahl ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>must be a number of seconds, not {value}</source>
        <translation>muss eine Anzahl Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a finite number of seconds, not {value}</source>
        <translation>muss eine endliche Anzahl Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be more than zero seconds, not {value}</source>
        <translation>muss mehr als null Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>{value} s is too short to follow; use at least {minimum} s</source>
        <translation>{value} s ist zu kurz zum Mitmachen; verwenden Sie mindestens {minimum} s</translation>
    </message>
    <message>
        <source>a huge number of seconds is too long; at most {maximum} s ({minutes} min)</source>
        <translation>eine riesige Zahl an Sekunden ist zu lang; höchstens {maximum} s ({minutes} Min.)</translation>
    </message>
    <message>
        <source>{value} seconds is too long; at most {maximum} s ({minutes} min)</source>
        <translation>{value} Sekunden sind zu lang; höchstens {maximum} s ({minutes} Min.)</translation>
    </message>
    <message>
        <source>must be one of {allowed} (in quotes), not {value}</source>
        <translation>muss einer der Werte {allowed} sein (in Anführungszeichen), nicht {value}</translation>
    </message>
    <message>
        <source>unknown {noun} &apos;{value}&apos;{hint} (expected one of {allowed})</source>
        <translation>unbekannter Wert für {noun}: &apos;{value}&apos;{hint} (erwartet wird einer von {allowed})</translation>
    </message>
    <message>
        <source>must be a table like {example}, not {value}</source>
        <translation>muss eine Tabelle wie {example} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be text in quotes, not {value}</source>
        <translation>muss Text in Anführungszeichen sein, nicht {value}</translation>
    </message>
</context>
<context>
    <name>timer_panel</name>
    <message>
        <source>Session state</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Instructions and what comes next</source>
        <translation>Anleitung und was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt des Ablaufs</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit des Ablaufs</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>↺ Restart step</source>
        <translation>↺ Schritt neu</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Sitzung stoppen</translation>
    </message>
    <message>
        <source>⚠  Stop — this hurts</source>
        <translation>⚠  Stopp — das tut weh</translation>
    </message>
    <message>
        <source>Stops the session and shows what to do about the pain.</source>
        <translation>Stoppt die Sitzung und zeigt, was Sie gegen den Schmerz tun können.</translation>
    </message>
    <message>
        <source>{side}, {counter}</source>
        <translation>{side}, {counter}</translation>
    </message>
    <message>
        <source>{left} of {total}</source>
        <translation>{left} von {total}</translation>
    </message>
</context>
<context>
    <name>toml_guard</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>a number or name outside quotes is {length} characters long; at most {limit} are allowed</source>
        <translation>eine Zahl oder ein Name ohne Anführungszeichen ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>values are nested too deeply (more than {limit} levels)</source>
        <translation>Werte sind zu tief verschachtelt (mehr als {limit} Ebenen)</translation>
    </message>
    <message>
        <source>holds more than {limit} tables and lists</source>
        <translation>enthält mehr als {limit} Tabellen und Listen</translation>
    </message>
    <message>
        <source>a dotted key has more than {limit} parts</source>
        <translation>ein Schlüssel mit Punkten hat mehr als {limit} Teile</translation>
    </message>
    <message>
        <source>a key is {length} characters long; at most {limit} are allowed</source>
        <translation>ein Schlüssel ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
</context>
<context>
    <name>tray_keeper</name>
    <message>
        <source>&amp;Open Ankle Guide</source>
        <translation>Ankle Guide ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>view_switcher</name>
    <message>
        <source>Inner</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Outer</source>
        <translation>Außen</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Show the ankle inner side</source>
        <translation>Die Innenseite des Sprunggelenks zeigen</translation>
    </message>
    <message>
        <source>Show the ankle outer side</source>
        <translation>Die Außenseite des Sprunggelenks zeigen</translation>
    </message>
    <message>
        <source>Show the ankle from behind</source>
        <translation>Das Sprunggelenk von hinten zeigen</translation>
    </message>
    <message>
        <source>Show the ankle from the front</source>
        <translation>Das Sprunggelenk von vorne zeigen</translation>
    </message>
    <message>
        <source>Inner side view</source>
        <translation>Ansicht Innenseite</translation>
    </message>
    <message>
        <source>Outer side view</source>
        <translation>Ansicht Außenseite</translation>
    </message>
    <message>
        <source>From behind view</source>
        <translation>Ansicht Rückseite</translation>
    </message>
    <message>
        <source>From the front view</source>
        <translation>Ansicht Vorderseite</translation>
    </message>
    <message>
        <source>Show the diagram of the ankle inner side</source>
        <translation>Das Diagramm der Innenseite des Sprunggelenks zeigen</translation>
    </message>
    <message>
        <source>Show the diagram of the ankle outer side</source>
        <translation>Das Diagramm der Außenseite des Sprunggelenks zeigen</translation>
    </message>
    <message>
        <source>Show the diagram of the ankle from behind</source>
        <translation>Das Diagramm des Sprunggelenks von hinten zeigen</translation>
    </message>
    <message>
        <source>Show the diagram of the ankle from the front</source>
        <translation>Das Diagramm des Sprunggelenks von vorne zeigen</translation>
    </message>
    <message>
        <source>Diagram view</source>
        <translation>Diagrammansicht</translation>
    </message>
</context>
<context>
    <name>zone_keyboard</name>
    <message>
        <source>inner side</source>
        <translation>Innenseite</translation>
    </message>
    <message>
        <source>outer side</source>
        <translation>Außenseite</translation>
    </message>
    <message>
        <source>from behind</source>
        <translation>von hinten</translation>
    </message>
    <message>
        <source>from the front</source>
        <translation>von vorne</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>Ankle diagram, {view}, {foot}</source>
        <translation>Diagramm des Sprunggelenks, {view}, {foot}</translation>
    </message>
    <message>
        <source>Ankle diagram</source>
        <translation>Diagramm des Sprunggelenks</translation>
    </message>
    <message>
        <source>{where}: {zone}</source>
        <translation>{where}: {zone}</translation>
    </message>
    <message>
        <source>Drawing: {where}</source>
        <translation>Zeichnung: {where}</translation>
    </message>
    <message>
        <source>{plain}. Caution: {caution}</source>
        <translation>{plain}. Vorsicht: {caution}</translation>
    </message>
    <message>
        <source>Arrow keys move between the zones; Enter shows what to do on one.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Bereichen; die Eingabetaste zeigt, was dort zu tun ist.</translation>
    </message>
</context>
<context>
    <name>zone_labels</name>
    <message>
        <source>{name} (glide only)</source>
        <translation>{name} (nur ausstreichen)</translation>
    </message>
</context>
<context>
    <name>zone_panel</name>
    <message>
        <source>Practise this</source>
        <translation>Einzeln üben</translation>
    </message>
    <message>
        <source>Run this step on its own, on one foot</source>
        <translation>Diesen Schritt allein ausführen, an einem Fuß</translation>
    </message>
    <message>
        <source>{technique} · {duration}</source>
        <translation>{technique} · {duration}</translation>
    </message>
    <message>
        <source>Switch &amp;&amp; start here</source>
        <translation>Wechseln &amp;&amp; hier starten</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Hier starten</translation>
    </message>
    <message>
        <source>Switch to “{routine}” and start at this step</source>
        <translation>Zu „{routine}“ wechseln und bei diesem Schritt starten</translation>
    </message>
    <message>
        <source>Start the session at this step</source>
        <translation>Die Sitzung bei diesem Schritt starten</translation>
    </message>
    <message>
        <source>Switch to {routine} and start at {step}</source>
        <translation>Zu {routine} wechseln und bei {step} starten</translation>
    </message>
    <message>
        <source>Start at {step}</source>
        <translation>Bei {step} starten</translation>
    </message>
    <message>
        <source>Practise {step}</source>
        <translation>{step} üben</translation>
    </message>
    <message>
        <source>{step}, in {routine}</source>
        <translation>{step}, in {routine}</translation>
    </message>
    <message>
        <source>Zone details</source>
        <translation>Einzelheiten zum Bereich</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close zone details</source>
        <translation>Einzelheiten zum Bereich schließen</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Steps that work here</source>
        <translation>Schritte für diesen Bereich</translation>
    </message>
    <message>
        <source>No routine has a step for this area yet.</source>
        <translation>Noch kein Ablauf hat einen Schritt für diesen Bereich.</translation>
    </message>
    <message>
        <source>Glide only — never press here.</source>
        <translation>Nur ausstreichen — hier nie drücken.</translation>
    </message>
    <message>
        <source>{name}: {plain}</source>
        <translation>{name}: {plain}</translation>
    </message>
</context>
<context>
    <name>zones</name>
    <message>
        <source>Inner side</source>
        <translation>Innenseite</translation>
    </message>
    <message>
        <source>Outer side</source>
        <translation>Außenseite</translation>
    </message>
    <message>
        <source>From behind</source>
        <translation>Von hinten</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>Von vorne</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <comment>a list of zone names</comment>
        <translation>{some} und {last}</translation>
    </message>
</context>
</TS>
