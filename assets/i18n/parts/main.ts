<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>about_dialog</name>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided self-massage for ankle pain and tension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice. Stop if anything hurts sharply, and see a clinician about pain that persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data leaves this computer. To report a problem, copy the details below and attach the log file if it has anything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessible_text</name>
    <message>
        <source>Massage the right foot only (L switches feet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage the left foot only (L switches feet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage the right foot, then the left (L switches feet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine called &apos;{routine}&apos;; showing another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone called &apos;{zone}&apos;. Known zones: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step {number} in this routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map: where it felt tight most often</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appearance_dialog</name>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours, text size, motion and language. Colours, text and motion change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system uses dark or high contrast when your desktop does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, up to twice the system size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion shows still arrows on the diagram and nothing pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of every window. It changes when Ankle Guide starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system: dark or high contrast when your desktop asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes Ankle Guide and opens it again in the language chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle Guide shows {language} after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caution_box</name>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagram_view</name>
    <message>
        <source>this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “{view}” drawing could not be loaded.
The other views still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt tight here (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for next time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rating, tight spots and note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating: &lt;b&gt;{value}&lt;/b&gt; out of 10 — Enter to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this before you massage your ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routine files loaded without problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine file problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Spoken guidance (unavailable: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance is unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram: {view}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window_layout</name>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this step works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram of the foot, ankle and lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a region to see every technique for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: how long each step lasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Desktop notifications are not available: there is no session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are not available: this desktop has no notification service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications need the gdbus tool (Debian package libglib2.0-bin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programme_label</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} · {progress}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaunch</name>
    <message>
        <source>A session is running: stop it first to switch routine, foot, step or view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine called &apos;{routine}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step {number} in this routine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminder_dialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to massage my ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18:00, or several: 08:00, 18:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications: ready, with Start and Snooze buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon: shown while reminders are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop can show neither, so reminders could not reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While reminders are on, Ankle Guide also starts quietly when you log in, so they come even if you have not opened it. A reminder that falls while you are asleep or in a session is not repeated later, apart from one catch-up soon after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminder_driver</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your ankle massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed an ankle massage reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your ankle massage (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes for your ankle: press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>This desktop has no system tray, so there is no tray icon: reminders come as notifications only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routine_box</name>
    <message>
        <source>1 routine file problem: the broken file was skipped. Help → Routine file problems shows the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n routine file problems: the broken files were skipped. Help → Routine file problems shows the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>save_file</name>
    <message>
        <source>{path}: cannot create the folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>step_list</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pause · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. {meta}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {title}. {zones}. {meta}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomy: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of this session. Press Enter to jump to a step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timer_panel</name>
    <message>
        <source>Session state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions and what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠  Stop — this hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the session and shows what to do about the pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side}, {counter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tray_keeper</name>
    <message>
        <source>&amp;Open Ankle Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view_switcher</name>
    <message>
        <source>Inner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ankle inner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ankle outer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ankle from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ankle from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner side view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer side view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From behind view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the front view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diagram of the ankle inner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diagram of the ankle outer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diagram of the ankle from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diagram of the ankle from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zone_keyboard</name>
    <message>
        <source>inner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle diagram, {view}, {foot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plain}. Caution: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the zones; Enter shows what to do on one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zone_labels</name>
    <message>
        <source>{name} (glide only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zone_panel</name>
    <message>
        <source>Practise this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this step on its own, on one foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{technique} · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;&amp; start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to “{routine}” and start at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {routine} and start at {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}, in {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close zone details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine has a step for this area yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glide only — never press here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {plain}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
