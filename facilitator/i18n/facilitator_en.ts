<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n note(s)</source>
        <translation>
            <numerusform>Group %n note</numerusform>
            <numerusform>Group %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>in %n note(s)</source>
        <translation>
            <numerusform>in %n note</numerusform>
            <numerusform>in %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only {0} · %n note(s): one voice may dominate</source>
        <translation>
            <numerusform>only {0} · %n note: one voice may dominate</numerusform>
            <numerusform>only {0} · %n notes: one voice may dominate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted note(s) is/are not drawn.</source>
        <translation>
            <numerusform>%n unsorted note is not drawn.</numerusform>
            <numerusform>%n unsorted notes are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}</source>
        <translation>
            <numerusform>%n note from {0}</numerusform>
            <numerusform>%n notes from {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The server cannot be reached. %n note(s) is/are kept on this laptop and will be sent, once each, when it is back.</source>
        <translation>
            <numerusform>The server cannot be reached. %n note is kept on this laptop and will be sent, once each, when it is back.</numerusform>
            <numerusform>The server cannot be reached. %n notes are kept on this laptop and will be sent, once each, when it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n note(s) kept while the server was away.</source>
        <translation>
            <numerusform>Sent %n note kept while the server was away.</numerusform>
            <numerusform>Sent %n notes kept while the server was away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>{0} – %n dot(s)</source>
        <translation>
            <numerusform>{0} – %n dot</numerusform>
            <numerusform>{0} – %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message numerus="yes">
        <source>{0} of %n method(s)</source>
        <translation>
            <numerusform>{0} of %n method</numerusform>
            <numerusform>{0} of %n methods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note(s)</source>
        <translation>
            <numerusform>{0} of %n note</numerusform>
            <numerusform>{0} of %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>The newest good backup is from {0} with %n note(s). Set the damaged file aside (it is kept, renamed) and open the backup?</source>
        <translation>
            <numerusform>The newest good backup is from {0} with %n note. Set the damaged file aside (it is kept, renamed) and open the backup?</numerusform>
            <numerusform>The newest good backup is from {0} with %n notes. Set the damaged file aside (it is kept, renamed) and open the backup?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SolutionsPanel</name>
    <message numerus="yes">
        <source>  %n dot(s) left </source>
        <translation>
            <numerusform>  %n dot left </numerusform>
            <numerusform>  %n dots left </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has %n dot(s) left</source>
        <translation>
            <numerusform>{0} has %n dot left</numerusform>
            <numerusform>{0} has %n dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting now: {0} (%n dot(s) left)</source>
        <translation>
            <numerusform>Voting now: {0} (%n dot left)</numerusform>
            <numerusform>Voting now: {0} (%n dots left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message numerus="yes">
        <source>%n theme(s) and {0} are kept as they are.</source>
        <translation>
            <numerusform>%n theme and {0} are kept as they are.</numerusform>
            <numerusform>%n themes and {0} are kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for {0}; </source>
        <translation>
            <numerusform>%n theme for {0}; </numerusform>
            <numerusform>%n themes for {0}; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) fit no theme well and stay unsorted.</source>
        <translation>
            <numerusform>%n note fits no theme well and stays unsorted.</numerusform>
            <numerusform>%n notes fit no theme well and stay unsorted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n note(s) selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n note selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n notes selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}.</source>
        <translation>
            <numerusform>%n note from {0}.</numerusform>
            <numerusform>%n notes from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n theme(s)</source>
        <translation>
            <numerusform>Merge %n theme</numerusform>
            <numerusform>Merge %n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to “{0}”</source>
        <translation>
            <numerusform>Move %n note to “{0}”</numerusform>
            <numerusform>Move %n notes to “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stack %n note(s) in “{0}”</source>
        <translation>
            <numerusform>Stack %n note in “{0}”</numerusform>
            <numerusform>Stack %n notes in “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) on the board</source>
        <translation>
            <numerusform>Move %n note on the board</numerusform>
            <numerusform>Move %n notes on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n dot(s) ({0})</source>
        <translation>
            <numerusform>Give %n dot ({0})</numerusform>
            <numerusform>Give %n dots ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take back %n dot(s) ({0})</source>
        <translation>
            <numerusform>Take back %n dot ({0})</numerusform>
            <numerusform>Take back %n dots ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give each voter %n dot(s)</source>
        <translation>
            <numerusform>Give each voter %n dot</numerusform>
            <numerusform>Give each voter %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message numerus="yes">
        <source>Apply %n suggested theme(s)</source>
        <translation>
            <numerusform>Apply %n suggested theme</numerusform>
            <numerusform>Apply %n suggested themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s).</source>
        <translation>
            <numerusform>Imported %n participant.</numerusform>
            <numerusform>Imported %n participants.</numerusform>
        </translation>
    </message>
</context>
</TS>
