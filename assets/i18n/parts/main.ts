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
        <name>app</name>
        <message>
            <source>No routine called '{routine}'; showing another one.</source>
            <translation>Kein Ablauf namens „{routine}“; ein anderer wird gezeigt.</translation>
        </message>
        <message>
            <source>No zone called '{zone}'. Known zones: {known}.</source>
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
        <name>caution_box</name>
        <message>
            <source>Caution</source>
            <translation>Vorsicht</translation>
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
        <name>relaunch</name>
        <message>
            <source>A session is running: stop it first to switch routine, foot, step or view.</source>
            <translation>Eine Sitzung läuft: Stoppen Sie sie zuerst, um Ablauf, Fuß, Schritt oder Ansicht zu wechseln.</translation>
        </message>
        <message>
            <source>No routine called '{routine}'.</source>
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
</TS>
