<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Silent brainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question put to the room, e.g. “What gets in the way when you visit the library?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Double-click the theme to rename it; drop notes here to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour notes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in the corner of each note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the themes out in columns without overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the whole board (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · drag to arrange, drop onto a theme or a note to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Sticky-note board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>participant or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · ↑ earlier notes · “@R2 …” author of one note · Alt+A author, Alt+T activity (Enter or Esc: back here) · Ctrl+E: here from anywhere · Ctrl+Z in the empty field: undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ·  step {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the group “{}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a participant of this workshop yet.

Add {0}{1} and save the note by them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add {} and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates found: reinstall Facilitator or add a .docx template to your templates folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;appendix of every note, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a one-page s&amp;ummary of the top insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data found in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (also written {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Participants appear by their label only. These were found in the note texts: ticked ones are replaced by [name], [e-mail] or [phone] in the export. Untick only what you mean to keep; the notes themselves are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants appear by their label only. No registered names, e-mail addresses or phone numbers were found in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormKeys</name>
    <message>
        <source>Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>Insight graph drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every note as a dot beside its theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole graph in view (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as GraphML for Gephi, yEd or Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a theme, insight or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to mark what matches; Enter goes to the next one (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the graph shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a node to see the notes behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes behind the chosen node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cannot be drawn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights by breadth of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insights yet: promote a theme on the Themes tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Themes heard from one group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every theme has voices from more than one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only {0} · %n note(s): one voice may dominate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In tension (contradicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contradictions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted note(s) is/are not drawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the graph matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match: Enter goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches: Enter goes to each in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the insight graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} graph.graphml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator speaks {0} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator will speak {0} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer and projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to s&amp;hared workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export insight &amp;graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
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
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the room to phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight &amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project the ne&amp;xt thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {0}; the previous file is kept as &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder: {0} – copy a brief template here and edit it in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: {0} What you typed is still there; press Enter again once the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached. %n note(s) is/are kept on this laptop and will be sent, once each, when it is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n note(s) kept while the server was away.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop file {0} has gone and could not be written back ({1}). Use File &gt; Save a copy to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file had been deleted or moved; it was written back to {0} with everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the note being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move between the new note and the notes captured before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the chosen note; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@R2 at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make R2 the author of that note alone (a new R2 is offered as a participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the author / the activity; Enter or Esc back to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the note field, from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo / redo any change (in the empty note field too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P / Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a participant / an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes / themes / insight graph / solutions / board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the board: fit everything / actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, F2, +, −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Solutions: add, edit, give or take back a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N / Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Solutions: the next voter / reveal or hide the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method library: find a method, add it to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 / Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenter view on the projector / leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the projector shows the next of: question, notes, theme, board, solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the room to phones: address, code, QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 / Shift+F5 / F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start or pause / reset the timer / one more minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the chosen activity earlier / later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest themes for the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a Word brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme from selected notes / rename / merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M / Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move notes to a theme / split them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a new note in the theme offered for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack a note marked ≈ with the note it nearly repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L / Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin a theme / promote it to an insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A toolkit for co-design workshops on public services: involve users, postpone decisions, synthesise insights, develop solutions.&lt;/p&gt;&lt;p&gt;Works offline. Everything is saved as you go.&lt;/p&gt;&lt;p&gt;English notes are also grouped by meaning, on this computer, with two small language models: WordLlama (MIT licence) and all-MiniLM-L6-v2 (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n dot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Impact and effort matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet: drag onto the matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, purposes and instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time available for the activity (0: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people take part (0: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their own (individual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work:</source>
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
        <source>Short (one session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long (several meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants &amp;know the subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem splits into pa&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the method as an activity of this workshop (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;copy to edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n method(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, best fit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some method files could not be read and are left out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method matches. Clear a filter or the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit your method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing beforehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to know the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your method, kept in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>Your method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits a problem that splits into parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;reparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aterials
(one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions
(one step a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promp&amp;ts
(one a line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes and authors (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by participant group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all notes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Redone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudonym such as R1 or Table 2 – Amira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be quoted (by label) in briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; never shown on screen lists or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private – kept in the workshop file only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterControls</name>
    <message>
        <source>The question only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notes of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board, where I look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter view shows below the question and the timer (Shift+F11: the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on / off (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close the presenter view (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Facilitator – presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room to phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room to phones: participants write and vote from their own (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet for this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme on the Themes tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No solutions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>while working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &apos;{0}&apos;. Restoring puts the chosen backup in place of the workshop; the current file is kept beside it under a new name, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of &apos;{0}&apos; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {0} with %n note(s). Set the damaged file aside (it is kept, renamed) and open the backup?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomAdapter</name>
    <message>
        <source>Hide note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show note “{0}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room: phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address for phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address the room listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the Wi-Fi (or hotspot) the phones join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone is told and must join again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones may choose their participant &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voting open on phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal vote totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;join code on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the note off the board, lists, projector and exports (Delete). Undo shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from phones, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on every network of this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is the laptop itself: phones cannot reach it. Join a Wi-Fi or open a hotspot, then choose its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not serving. The room is still open: open it again and the phones rejoin with the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is closed. Open it to let phones join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the room? Every phone is told, and must join again with a new code if the room opens later. Notes already sent stay in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SolutionDialog</name>
    <message>
        <source>New solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights it addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team, a named role, a group of residents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stands where it does (needed to drop it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SolutionsPanel</name>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
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
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No solutions yet. In step 4, add one for the insights it addresses (Insert), then vote and place it on the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each voter has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a solution (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, next step, due date, status (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the solution (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dots each solution has, here and on the projector, once everyone has voted; again to hide them (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Voter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen voter&apos;s dot to the solution (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a dot back (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next voter: participants in order, then tables (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Addresses:&lt;/i&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Next step:&lt;/i&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Status ({0}):&lt;/i&gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (add participants to vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n dot(s) left </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has %n dot(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting now: {0} (%n dot(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> – back to the first voter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} – {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator groups notes that say alike things. Pinned themes, themes that back an insight and notes you placed by hand stay as they are. Notes that fit no theme well stay in Unsorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer or more themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group within each activity separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer, broader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More, finer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop suggesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Change a setting to suggest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) and {0} are kept as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no notes to group here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for {0}; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) fit no theme well and stay unsorted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestWorker</name>
    <message>
        <source>Themes could not be suggested: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes that belong to no theme yet. Drag them onto a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key words: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed → {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly the same as note {0}: Ctrl+K stacks them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: nearest theme “{0}” (Ctrl+Enter puts it there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>No themes yet. Click &lt;b&gt;Suggest themes…&lt;/b&gt; (Ctrl+Shift+T) for a first grouping of the notes, or select notes and press Ctrl+G to make a theme of them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes and their notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insights yet. Select a theme (or some notes) and press Ctrl+Shift+I to state what you heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote the selected theme or notes (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the notes into themes (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a theme of the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected themes into the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected notes into a new theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected notes to a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected new notes in the theme offered for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected notes (marked ≈) with their near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned themes are kept when themes are suggested again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to insight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State an insight backed by the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve the theme: its notes go back to Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n note(s) selected.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a theme to see what it rests on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only one group speaks here&lt;/b&gt; ({0}): check that other voices were heard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key words: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: kept when themes are suggested again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select notes of one theme to split them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the notes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stack %n note(s) in “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you hear? State the insight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the activity&apos;s planned time (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more minute (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity chosen: the timer runs for {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the planned time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Activity to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the counts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Run a co-design workshop: capture what people say, make sense of it together, and agree what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop…  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop…  (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Add note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the vote totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the vote totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add insight “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insight “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete insight “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) on the board</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add solution “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit solution “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete solution “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give %n dot(s) ({0})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take back %n dot(s) ({0})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Place “{0}” on the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give each voter %n dot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Library opening hours with residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question or challenge the workshop works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who participants can contact: name, e-mail or phone of the service team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next, and when (for the participant summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the workshop: its notes are grouped into themes and labelled in it, and its briefs and the phones&apos; page are written in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commissioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table&apos;s notes may be quoted (by the table&apos;s name) in briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in this file as you work; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the workshop in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} h {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda: {0} min{1}&lt;/b&gt; – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight &amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Add each person with a pseudonymous label; real names are optional and never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet. Add the methods you run (e.g. “Silent brainstorm”) with the prompt put to the room; notes can then say which one they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sign-up sheet (CSV: label, group, role, quote, real_name, email, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a method from the library to the agenda (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down move the chosen activity earlier or later in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notes – {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions – the dots are counted once everyone has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n suggested theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; the running activity is still &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; added to the agenda ({1} min, step {2}){3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
