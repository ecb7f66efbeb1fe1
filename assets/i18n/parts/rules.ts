<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>more than ≈ {kg} kg for you</source>
        <translation>für Sie mehr als ≈ {kg} kg</translation>
    </message>
    <message>
        <source>≈ {kg} kg for you</source>
        <translation>für Sie ≈ {kg} kg</translation>
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
    <name>reminders</name>
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
</TS>
