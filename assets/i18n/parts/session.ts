<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Ctrl+{key}</source>
        <translation>Strg+{key}</translation>
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
        <source>Counter-clockwise</source>
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
        <translation>Verstanden — für heute ausblenden</translation>
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
</TS>
