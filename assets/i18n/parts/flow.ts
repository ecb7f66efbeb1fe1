<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>palpation_view</name>
    <message>
        <source>Injury check diagram</source>
        <translation>Zeichnung für den Verletzungscheck</translation>
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
        <source>{headline} Follow the advice shown for each “Yes” answer.</source>
        <translation>{headline} Folgen Sie dem Rat bei jeder Antwort „Ja“.</translation>
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
</TS>
