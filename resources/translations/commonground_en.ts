<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cg</name>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the %1 (%2) as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be packed into a file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSL interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file can only be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is already open in another Common Ground window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Common Ground workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file could not be read or written (%1). Check the drive is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground is not allowed to use this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change would break the workshop&apos;s rules (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory, so the change was not saved. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is protected with a passphrase, which is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AboutDialog</name>
    <message>
        <source>About Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench for people who facilitate co-production workshops: plan the day, run the room, capture every voice, honour each person&apos;s consent, and share back what you heard.

Everything stays on this computer: one workshop is one file that you can hand to your community partner.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AccessNeedsSummaryView</name>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nobody has told us about an access need yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 of them told us about access needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ActionEditor</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in the workshop, or any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a date to be done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to be done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes the action came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen note off this action (Delete); the note stays on its board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any note. On a board, choose notes and use “Create action from note…” to make an action from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — across boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person matches “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not someone in this workshop: kept as a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person matches “%1”. Choose one from the list, so the action has the right owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ActionsModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ActionsView</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen next, who will do it and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AgendaItemEditor</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New b&amp;oard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;group boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the agenda to change it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt shown to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the room answers, shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, who does what, what to have ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the boards used in this item; double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new board for this item, with its prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a board for each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board for each breakout group, named after the group and this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now in “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long for an agenda item: keep the prompt and instructions to a few paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the board “%1”. Rename it on the Boards page or open it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group already has a board for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AgendaModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AgendaView</name>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the chosen one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen item; its boards stay (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the first item and its countdown (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: add the first with “Add item”, or start a workshop from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1, ends %2 (%3 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue must be left by %1, right at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue must be left by %1 (%2 to spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end time set for the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda ends at %1, %2 after the venue must be left (%3). Shorten or remove an item, or change the end time in the workshop details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AllNotesModel</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AllocateDialog</name>
    <message>
        <source>Allocate people to groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who &amp;arrived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone &amp;confirmed or arrived, to plan ahead (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;1 group there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;%1 groups there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This many groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of &amp;about this many people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables are kept within one person of each other and each role is spread evenly. People kept apart or together, and those who need step-free access, a hearing loop or a quiet space, are seated accordingly. Anyone locked to a table stays there; table facilitators are not seated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet: choose how many to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to seat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats %1 people at one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats %1 people at %2 tables of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AppActions</name>
    <message>
        <source>&amp;New Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new workshop from a template: an agenda, groups and boards ready to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complete copy of this workshop to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Over Securely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal a copy of this workshop into one encrypted file that opens only with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of this workshop&apos;s backups as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the retention date has come: replace names by pseudonyms and remove contact details, access needs and payments, keeping the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this workshop&apos;s agenda, boards and groups (no people, no notes) as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda for the room as a PDF or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this workshop (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Common Ground</source>
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
        <source>&amp;Find on Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight notes on this board that contain some words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a sticky-note board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down something that will happen next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Feedback Ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type up an answer from a feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos of paper flipcharts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, date, times, venue, purpose, facilitators, payment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the board bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the board smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Board to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the board at 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current board or prompt on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one dot vote to the selected notes or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, text sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Co&amp;py…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kshop Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep&amp;are Table Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one copy of this workshop per breakout group, for tables capturing on their own laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge Table Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the tables&apos; copies back into this workshop, with every conflict shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect &amp;with Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this workshop&apos;s file and backups, so that it opens only with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Pa&amp;ssphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect this workshop with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Protect&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop encrypting this workshop&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BackupsDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. One is taken each time the workshop is opened after it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The one you choose opens as a copy under a new name; the workshop itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardAccessibility</name>
    <message>
        <source>Empty note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardActions</name>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote (their own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group as a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of its theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes on paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup (keep the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit board to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 notes as a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 notes out of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 notes out of their themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vote to each of %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a vote from each of %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes on paper for %1 notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vote to take away here (paper votes are changed with “Votes on paper…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the notes that belong together first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group as a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 notes as a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release for public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 notes to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action from note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action from %1 notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added: see the Actions page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardCanvas</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky notes. Arrow keys move between notes, Enter edits, Delete deletes, Ctrl+arrows nudge, the Menu key or Shift+F10 shows what can be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board is empty.
Type a note in the box below and press Enter,
or double-click anywhere on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or %1: edit · drag: move, into or out of a theme
Alt+1…6: colour · %2: quote · %3: sensitive · %4: vote
%5: group the selected notes · %6: delete · Menu key: everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the name to move the theme with its notes · double-click or %1: rename
%2: vote · %3: ungroup · Menu key: everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click: new note here · drag: select · Space+drag: move around
Ctrl+wheel or %1 %2: zoom · %3: fit · arrows: go from note to note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardCommands</name>
    <message>
        <source>This workshop is open read-only, so no board can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board “%1” made. Type a note and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? There is nothing on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n photos stay in the workshop, on no board. </source>
        <translation>
            <numerusform>Its photo stays in the workshop, on no board. </numerusform>
            <numerusform>Its %n photos stay in the workshop, on no board. </numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo (Ctrl+Z) brings it back with everything on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete board…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardEditorDialog</name>
    <message>
        <source>Breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: the question this board asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the table is answering, shown above the board and on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardLayout</name>
    <message>
        <source>That note is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the notes that belong together first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be moved off the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is already on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That theme is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme cannot be moved off the board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardView</name>
    <message>
        <source>Board and quick capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardsModel</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
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
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BoardsPage</name>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky-note boards in the order of the day. Enter opens one; Ctrl+Shift+Up and Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a board (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen board (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, prompt, kind, group and agenda item (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the order (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the order (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the board and what is on it (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CaptureBar</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Who Said It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s name on the next notes: clear “Who”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote: Their Own Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own words, quoted exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding or wellbeing: kept out of public outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name; Up and Down choose from the list, Enter or Tab accepts. Leave empty for anonymous (Alt+A). Type “facilitator” for the facilitator. (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what was said and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the note to the board and clears the box for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the board (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next note is anonymous. Type a name in “Who” (Alt+W) to credit someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next note is the facilitator&apos;s. Alt+A makes it anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next note goes to %1. Alt+A makes it anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Who? %n people fit</source>
        <translation>
            <numerusform>Who? %n person fits</numerusform>
            <numerusform>Who? %n people fit</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” fits more than one person: Enter shows them to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next note by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in this workshop. Choose a name from the list, or press Alt+A for an anonymous note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” could be %n people. Choose who said it with Up or Down and Enter, or type more of the name in “Who”.</source>
        <translation>
            <numerusform>“%1” could be %n person. Choose them with Up or Down and Enter, or type more of the name in “Who”.</numerusform>
            <numerusform>“%1” could be %n people. Choose who said it with Up or Down and Enter, or type more of the name in “Who”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next notes are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added yet: choose who said it, type more of the name, or press Alt+A for an anonymous note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so notes cannot be added here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: notes cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in this workshop. Choose a name from the list, or clear “Who” (Alt+A) to make the note anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CheckInConsentForm</name>
    <message>
        <source>Ask each question. Press Y for yes or N for no; S leaves it not asked. Tab moves between questions. Enter saves, Escape goes back without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the choices are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent choices are kept as a permanent record. To change one, record the new choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save choices (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent choices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a no now is recorded as a withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CheckInView</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name. When it fits one person, Enter marks them arrived and asks their consent questions; when it fits several, choose with Up and Down first. Ctrl+Z undoes a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived: mark as arrived and record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped out (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match “%1”: choose one with Up or Down, then press Enter.</source>
        <translation>
            <numerusform>%n person matches “%1”: choose them with Up or Down, then press Enter.</numerusform>
            <numerusform>%n people match “%1”: choose one with Up or Down, then press Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the check-in (consent choices stay on record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as arrived; no consent choices were recorded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in, with 1 consent choice recorded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in, with %2 consent choices recorded. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived: %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (choose someone first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s personal code: typed on their phone in room mode, their notes carry their name as their consent allows. Without it they stay anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code each person types on their phone to say who they are in room mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (personal code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Consent</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ConsentChoiceRow</name>
    <message>
        <source>Yes (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 Answer: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ConsentPanel</name>
    <message>
        <source>Consent choices are kept as a permanent record. To change one, record the new choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that they agreed (G in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that they said no (R in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that they took back an earlier yes (W in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the choice was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ConsentPolicy</name>
    <message>
        <source>Only a choice that was granted can be withdrawn. To record a no, use Refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a consent decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CountdownPanel</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now · until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CrossBoardThemesModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n notes</source>
        <translation>
            <numerusform>%1: %n note</numerusform>
            <numerusform>%1: %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n boards</source>
        <translation>
            <numerusform>from %n board</numerusform>
            <numerusform>from %n boards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::CsvImportDialog</name>
    <message>
        <source>Import people from a sign-up spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sign-up spreadsheet saved as CSV: an Eventbrite, Google Forms or Microsoft Forms export as it comes, or Common Ground&apos;s own columns. Check what each column is read as and what each person becomes. Nothing is added until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the file and what each is read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people whose ticket was &amp;cancelled, as no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
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
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; a sign-up list is at most %3 MB. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the choices you made last time for a file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from the first row. Change what a column is read as if it is wrong; your choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem must be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems must be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before anything can be imported. Change what a column is read as, or fix the file in your spreadsheet, save it as CSV again and press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to import in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cancelled ticket left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled tickets left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their consent answers (%1) will be recorded permanently, as written-form decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the warnings below (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems in the file first; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Database</name>
    <message>
        <source>Preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::EditorPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::FeedbackEditor</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. What were the best aspects of today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feedback answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person matches “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person matches “%1”. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in this workshop. Choose a name from the list, or leave “From” empty for an anonymous answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::FeedbackModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::FeedbackView</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said about the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type up a feedback answer (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this answer and start the next with the same question (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start the next answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GroupCard</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who arrived has a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person arrived and has no table. Drag them to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people arrived and have no table. Drag them to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who arrived with no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table facilitator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: nothing marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GroupEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: by the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table or room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GroupMembersModel</name>
    <message>
        <source>%1 · %2 · locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked to this table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GroupsView</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate people to groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart or together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep two people apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag people between tables, or select one and press Ctrl+Shift+Right or Ctrl+Shift+Left to move them, Ctrl+L to lock them to their table, Delete to take them off it. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs kept apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules the tables do not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. Allocate people to make them, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups, %2 people seated. Breakout groups and who sits at each table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet. Keep a manager apart from their own staff, or a carer with the person they support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table meets every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Its people have no table now; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the last table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the first table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone at a table can be locked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;next table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;previous table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock from this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock to this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take off this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is seated and every rule is met. Allocate again for another arrangement; Undo (Ctrl+Z) goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is seated, but not every rule could be met: see “Not met”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::HandOverDialog</name>
    <message>
        <source>Hand Over Securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal a copy of “%1” into one encrypted file, for a partner to open with a passphrase. Tell them the passphrase another way than the file: in person or by phone, never in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few words is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is lost, nobody can open this file, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again, to be sure it is the one you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the sealed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sealed file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed Common Ground files (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JoinPanel</name>
    <message>
        <source>How to join from a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 and type the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a note from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Connect to this room&apos;s Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ListPage</name>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in this workshop.</source>
        <translation>
            <numerusform>%n in this workshop.</numerusform>
            <numerusform>%n in this workshop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note or a theme first, then add a vote (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only: you can look at everything, but not change it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workshop could not be copied because the folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workshop could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was not saved, and the workshop is as it was before it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop was made with an older version of Common Ground and has been brought up to date. The original is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this workshop could be taken. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground workshops (*.cgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground workshops (*.cgw *.cgseal);;Sealed hand-over files (*.cgseal);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest backup is from %1: File → Restore from Backup… opens a backup as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup cannot be used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the restored workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention date of this workshop was %1: the names, contact details, access needs and payments it holds are due to be purged. File → Purge Personal Data… shows exactly what would go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was purged. %1 The undo history and this workshop&apos;s backups were removed as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change was not saved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Table Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.cgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table copies were merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protected) — Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved, protected with a passphrase — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::MergeTableCopiesDialog</name>
    <message>
        <source>Merge Table Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table copies to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected copy from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts, each with how to settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Tables&apos; Versions for All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle every conflict the tables&apos; way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This File&apos;s Versions for All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle every conflict this file&apos;s way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the table copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Table Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.cgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the table copies to merge (the files made by Prepare Table Copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: these copies hold nothing this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to settle conflict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts were settled as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ModerationPanel</name>
    <message>
        <source>Notes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this note on its board (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, Then Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the words, then put the note on its board (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this note out; nothing of it is kept (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve All from This Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every waiting note from the device that sent this one on its board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every waiting note on its board, as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones are known only as “Phone 1”, “Phone 2”…: nothing about the person holding one is asked for or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device can send nothing more (Delete). Give the room a new join code to keep it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes sent to a ticked board wait here for your approval. Untick a board (a table you trust) to let its notes go straight on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards whose notes wait for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for “%1” now wait for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for “%1” now go straight on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the note is on its board (Undo takes it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing of that note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved every waiting note from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved every waiting note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has 1 note waiting for approval. Removing the device rejects it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 notes waiting for approval. Removing the device rejects them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and can send nothing more. To keep it out, give the room a new join code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes waiting. Notes sent to a board that waits for approval appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes are waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, then approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the words if needed. The note goes on “%1” as you leave it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the note on the board (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These %1 notes become one, which still waits for your approval. Change the words as the one note should read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make them one waiting note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the notes chosen one note, to edit before it is approved (choose several with Shift or Ctrl; M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as Note-Taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device asked to take notes for its table: its notes for that board go straight on, without waiting here (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more waiting notes to merge (Shift or Ctrl with the arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes are one now. It waits for your approval: Enter approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a note-taker now: its notes for its table go straight on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the last merged note back into the notes it was made of, while it still waits (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was undone: the notes are waiting as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Navigator</name>
    <message>
        <source>Workshop sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sense-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::NewFromTemplateDialog</name>
    <message>
        <source>New workshop from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 items%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. St Mark&apos;s church hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground workshops (*.cgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Getting to appointments: what would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the time, e.g. 10:00; Left and Right move between hours and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date, or press Alt+Down for a calendar; Left and Right move between its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. St Mark&apos;s church hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we are meeting, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::NoteTakerLinksDialog</name>
    <message>
        <source>Note-Taker Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table&apos;s note-taker scans its table&apos;s code with the tablet (or opens the link). The tablet then asks to be that table&apos;s note-taker: approve it in Notes from Phones → Devices, and its notes go straight onto the table&apos;s board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this table&apos;s note-taker link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sheet to Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a page with every table&apos;s code and link, to print and put on the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Note-Taker Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note-taker links.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the note-taker link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be saved as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be written (is the disk full?). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OverviewPage</name>
    <message>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, date, times, venue, purpose, facilitators, payment rate (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakout groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to take part recorded (%1 people). Until it is, nothing they say can appear in any report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all: %1 fees, %2 expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment recorded yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment may affect the benefits of %1: check they have had the signpost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PaperVotesDialog</name>
    <message>
        <source>Votes on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of dots each note got on paper. Votes entered in the app are counted separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper votes for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ParticipantEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or nickname is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: the next “Participant N”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in reports unless the person agrees to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words, e.g. “sits near the door”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes (for the team):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person needs a name. A first name or a nickname is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Protected Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected with a passphrase. Type its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PaymentsView</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default rate per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the default rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground never asks for or keeps bank details. Pass those to your finance team the way they ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trave&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per hour for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment may affect their &amp;benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment may affect their benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can affect some benefits. Citizens Advice or the Department for Work and Pensions can advise before you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. “prefers a voucher”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;avel fares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payment (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code, such as GBP, EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rate is now %1 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined payment for their time; expenses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours: fee %2 + expenses %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ May affect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 for %2: fees %3, expenses %4. Owed %5, paid %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person with no payment set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people with no payment set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged as may affect benefits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PendingNotesModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a board since deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, from %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · someone not taking part now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PeopleExportDialog</name>
    <message>
        <source>Export people list (team use only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the workshop team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list holds personal data: names, roles, organisations, attendance, access needs and consent choices. It is for the workshop team only. Do not share it with participants or publish it, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;contact details (email and phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are included only for people who agreed to take part; never for anyone who said no or withdrew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people-team-only.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people list could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people list was saved, but the export could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PeopleTableModel</name>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to take part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PeopleView</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pseudonym or organisation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show consent to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person added by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for someone added by mistake. To take someone out of the workshop, use Withdraw from the workshop on the Consent tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people list, team use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People list saved. It is for the team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PeopleWords</name>
    <message>
        <source>Lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy to take part, and for what you say to be used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we use your name in reports (instead of a pseudonym)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we quote your words exactly in reports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May photos that show you be used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we make audio or video recordings with you in them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we contact you later about this work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PersonField</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PersonPicker</name>
    <message>
        <source>People this name could mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PhotoDetails</name>
    <message>
        <source>&amp;View full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, e.g. “Table 3&apos;s flipchart”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board the photo belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people shown in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the photo may appear in the share-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is shown: the photo may appear in the share-back report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of every report while someone shown has not agreed to take part. Not agreed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of the share-back report until everyone shown agrees to be photographed (the team report shows it). Not agreed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear in the share-back report: everyone shown agreed to be photographed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of the share-back report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That photo is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture Common Ground can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window (F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PhotosModel</name>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scaled down from %1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear in the share-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of the share-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PhotosPage</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos of paper flipcharts (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep photos exactly as they are. Unticked, large photos are scaled down to %1 pixels on their longest side, which keeps the workshop file small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the photo at full size (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the photo from the workshop (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of paper flipcharts and of the room. None yet: add them with “Add photos…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Photos of paper flipcharts and of the room. %n in this workshop.</source>
        <translation>
            <numerusform>Photos of paper flipcharts and of the room. %n in this workshop.</numerusform>
            <numerusform>Photos of paper flipcharts and of the room. %n in this workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so no photos can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n photos</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n photos.</source>
        <translation>
            <numerusform>Added %n photo.</numerusform>
            <numerusform>Added %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PlanHandler</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template called “%1”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template “%1”: it is offered under File, New from Template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template keeps the agenda, the boards (empty), the group names and the workshop&apos;s details. It leaves out everyone&apos;s names, notes, consent and payments, and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template is for, how long it runs, what it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template called “%1”. Replace it with this workshop&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PreferencesDialog</name>
    <message>
        <source>&amp;Reopen the last workshop when Common Ground starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam Patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep of each workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time a changed workshop is opened, a copy of it is kept in a hidden folder beside it. Withdrawing someone removes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (recorded with consent decisions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size in the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size on the &amp;projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep of each workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast: black on white, thick edges on notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black text on white, thick black edges, and every note&apos;s colour also written as a word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PrepareTableCopiesDialog</name>
    <message>
        <source>Prepare Table Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One laptop per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no breakout groups yet. Make the groups first (Groups page); each group then gets its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the table copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the table copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the table copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Table Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies are ready. Put each on its table&apos;s laptop (a USB stick will do):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each table gets a copy of this workshop to capture on its own laptop, with no network: its group, its boards with their photos, the agenda and the people list with everyone&apos;s consent (no contact details or private notes). Bring the copies back with File → Merge Table Copies…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PresenterWindow</name>
    <message>
        <source>Projected slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground — Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contribution not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contributions not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Page Down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ProtectDialog</name>
    <message>
        <source>If the passphrase is lost, nobody can open this workshop again: there is no second key and no way to recover it, not even by us. Write it down and keep it somewhere safe, away from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect “%1” with a passphrase: the workshop file and its backups are encrypted, so that someone who finds a lost laptop or USB stick cannot read anyone&apos;s words or details. You will type the passphrase each time you open the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect “%1” with a new passphrase. The old one will no longer open it, and its backups under the old passphrase are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few words is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice on the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PurgeDialog</name>
    <message>
        <source>Purge Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop&apos;s retention date was %1: the personal data it holds is due to be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop&apos;s retention date is %1, which has not come yet. Purge before then only if you mean to (for example, the project has ended early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no retention date (you can set one in Workshop Details). Purge now only if you mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no personal data left to purge in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge cannot be undone. The undo history and every backup of this workshop are removed too, so the purged details are kept nowhere. Exports made before now are separate files: delete any that hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is purging, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge &amp;now, before the retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge now, before the retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this &amp;cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the purge cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm that the purge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick both boxes: the retention date has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RecentFiles</name>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RecordsView</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen row (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RemoveProtectionDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase protection of “%1”? The workshop file will no longer be encrypted: anyone who gets hold of it can read everything in it. Its protected backups are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RoomController</name>
    <message>
        <source>1 device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Room Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let people send notes from their phones over this room&apos;s own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from &amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Join Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the join code: the old one stops working, devices already in stay in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Join Code on P&amp;resenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the address, the join code and a QR code beside the projected slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new join code is %1. The old one no longer works; devices already in stay in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop room mode; everything received is kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop first: notes from phones go into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so notes from phones could not be kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address room mode can listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is on: phones open %1 and type the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop room mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note from a phone is still waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes from phones are still waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve them to put them on their boards, or discard them: a discarded note is not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve All and Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Them and Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Room Mode On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting notes could not be put on their boards, so room mode is still on. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is off. Every note received is in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Dot Vote on This Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the phones place dots on this board&apos;s notes, a number each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the dot vote: phones can place or take back no more dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is closed. The dots placed stay on the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is still on. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no board to vote on yet. Add a board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is open: phones in the room can place their dots now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is on — %1. The join code %2 has expired, so no more phones can join: make a new one (Room Mode → New Join Code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is on — %1. Phones open %2 and type the code %3 (it works until %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote open on “%1”: 1 dot per phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote open on “%1”: %2 dots per phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-&amp;Taker Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each table&apos;s note-taker link and QR code, to scan with a tablet or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no boards yet: add a board for each table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RoomDevicesModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board since deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note-taker for %1, asks your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note-taker for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not taking part: notes not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RoomStartDialog</name>
    <message>
        <source>%1 (network %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for trying it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 (every network this computer is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes wait for my approval before they go on a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start room mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode lets people send notes from their phones to this laptop. The laptop shows a small web page on the network you choose below: the venue&apos;s Wi-Fi, or this laptop&apos;s own hotspot. People open the address on the projector and type the join code. Nothing goes to the internet, and nothing leaves the room: notes arrive here and are kept in this workshop only. Notes from phones are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the address people open. 8080 suits most networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes wait for my approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You read each note before it goes on a board. You can change this for each board while room mode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones on this network can open the page. Choose the network the phones are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this laptop can open the page: phones cannot. Use it to try room mode out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: anyone on any network this laptop is connected to could open the page, not only people in the room. Choose one network above unless you know you need this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RunActions</name>
    <message>
        <source>&amp;Start the Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the first agenda item, pause it, or carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this item and start the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Item Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the item before, with the time it had left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Five More Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this item five more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip This Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this item out and start the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the Run Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget when items started and ended, extensions and skips (after a rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the Next Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish the Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RunBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day as it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between items. Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SeatingRuleDialog</name>
    <message>
        <source>Keep two people apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them &amp;apart: never at the same table (for example a manager and their own staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them &amp;together: always at the same table (for example a carer and the person they support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SenseMakingPage</name>
    <message>
        <source>Themes across boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sense-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather notes from every board into themes for the whole workshop: the findings the share-back report lists. Drag notes from “All notes” onto a theme, or choose them and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a theme, holding the notes chosen in “All notes” (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme; its notes stay on their boards (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen notes out of the theme; they stay on their boards (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the theme (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the theme (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find notes by their words, board or author (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen notes to the theme (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Name the theme (it will hold the %n chosen notes):</source>
        <translation>
            <numerusform>Name the theme (it will hold the chosen note):</numerusform>
            <numerusform>Name the theme (it will hold the %n chosen notes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme deleted; its notes are still on their boards. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme (or make one with “New theme…”) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose notes in “All notes” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n notes to the theme.</source>
        <translation>
            <numerusform>Added %n note to the theme.</numerusform>
            <numerusform>Added %n notes to the theme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken out of the theme; the notes stay on their boards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Session</name>
    <message>
        <source>“%1” could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workshop could not be put in place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s); commonground-cli check lists them all)</source>
        <translation>
            <numerusform> (and %n more problem; commonground-cli check lists them all)</numerusform>
            <numerusform> (and %n more problems; commonground-cli check lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged (%1), so nothing more will be written to it. You can still look at everything and save a copy of it (File → Save a Copy…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only, so it cannot be changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was recorded, but its backups still hold the earlier version. %1 Remove that folder by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read from the workshop file, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read from the workshop file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workshop could not be opened after it was written, so it was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was recorded, but the table copy&apos;s record of how it was prepared could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SharePage</name>
    <message>
        <source>Share back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the report is for and how to save it. A report for everyone only includes what people agreed to: anyone who has not agreed to take part contributes nothing, names appear only with agreement to be named, and sensitive notes stay out unless you release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone (share-back report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop &amp;team only (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: the workshop team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive notes &amp;held back from public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive notes held back from public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release for public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the chosen sensitive note into public reports (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as it is shown in the preview (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview: exactly what will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the board picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a board to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no sensitive note is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contributions from %1 of %n people can be included.</source>
        <translation>
            <numerusform>Contributions from %1 of %n person can be included.</numerusform>
            <numerusform>Contributions from %1 of %n people can be included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes left out because their author has not agreed to take part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive notes held back until you release them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct quotes left out because their author has not agreed to be quoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes, feedback answers and photos left out: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is long: the preview shows its beginning. The %1 file holds all of it and is made when you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is made when you export; it holds what the preview shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is long: the preview shows its beginning. The file holds all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: the note can now appear in public reports. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is held back from public reports again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team-report-not-for-sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. The export is recorded in the workshop&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StartPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day, run the room, capture every voice, and share back what you heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-day co-production workshop with 25 people, four breakout tables, themes, votes and actions. It opens as your own copy, so change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-day workshop, a co-pro cuppa, sense-making, listening, peer learning, or one of your own: the agenda, groups and boards ready to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  in  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ThemeNotesModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ThumbnailCache</name>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::UnsealDialog</name>
    <message>
        <source>Open a Sealed File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is sealed. Type the passphrase you were given with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::VoteDialog</name>
    <message>
        <source>Open Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones in the room can place their dots on this board&apos;s notes until you close the vote. They see only the notes the share-back report may show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board to vote on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dots per phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::WithdrawalDialog</name>
    <message>
        <source>Withdraw %1 from the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This records that %1 no longer wants to take part. Their consent is withdrawn for taking part and for everything they had agreed to. From now on nothing of theirs appears in any report or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen to what they said and wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep their contributions, anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their contributions, anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their notes, votes and feedback stay in the workshop with no name on them (notes: %1, votes: %2, feedback answers: %3). Their direct quotes stay for the team but never appear in a public report, because exact words can identify someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete their contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete their contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their notes (with the votes on them), their votes and their feedback answers are deleted for good (notes: %1, votes: %2, feedback answers: %3). Nothing of the deleted words is kept anywhere in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How they told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal is permanent and cannot be undone. The undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has asked to &amp;withdraw, and I have explained what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that %1 has asked to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm that they asked to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::WorkshopDetailsDialog</name>
    <message>
        <source>The venue must be left &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete personal data &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Getting to appointments: what would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. St Mark&apos;s church hall, Mill Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we are meeting, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sheet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. v2.1 (January 2026); recorded with every consent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default payment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details go on the agenda and the reports; the information sheet version is recorded with every consent decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cilitators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is too long: keep it to a few sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most 50 facilitators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Workspace</name>
    <message>
        <source>Find notes containing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ZipWriter</name>
    <message>
        <source>an entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a relative path with forward slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an empty, “.” or “..” part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::agenda</name>
    <message>
        <source>%1 (next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (day before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day ends at %1 (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the agenda runs %1 past the venue&apos;s end time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue must be left by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF can only be made by a program that can draw text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); any earlier file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::allocation</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups to seat anyone at. Make the groups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%n fixed to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table sizes differ by more than one: from %1 to %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people are fixed to %1 than the other tables can match. Unfix some of them to even the tables out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people to keep together could not be fitted evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but no table is marked as having it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need %2, but no table is marked as having it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the tables that have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are fixed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one table has everything that they and the people they are kept together with need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables that have it (%1) were full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables that have it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart, but also together (directly or through the people they are kept with); keeping together came first. Remove one of the two rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart, but both sit at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are fixed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrangement with even tables was found that keeps every such pair apart; there may be too few tables for the pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept together, but sit at %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are fixed to different tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the people they are kept with they are %1, more than the %2 a table can take with even tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quiet space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::backups</name>
    <message>
        <source>The backup folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some backups could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::boardpicture</name>
    <message>
        <source>Board picture (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board picture (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board pictures are PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board picture for sharing back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board picture for the workshop team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG picture could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is too large to draw as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::changesets</name>
    <message>
        <source>The stored copy is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to read the stored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to keep a copy of the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the copy with how it was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s “%1” could not be compared with how it was prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::cli</name>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who: %1 needs a name or an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches %2 people; give the id of the one you mean:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one is called “%1”. Did you mean one of these?
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one called “%1”: this workshop has no participants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one is called “%1”. The people in this workshop are:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who with --participant NAME or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what with --scope (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --grant, --refuse or --withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for %1: %2 %3 (%4, by %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what happens to their contributions: --delete or --anonymise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the workshop file and the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file would overwrite the workshop itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent decision for one person and one scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli consent FILE --participant NAME|ID --scope SCOPE
                               (--grant | --refuse | --withdraw) [--method M] [--by WHO]

Records one consent decision in the workshop FILE. Consent history is never changed:
each decision is added, with the time, and the latest one for a scope is what counts.

  --participant NAME|ID  the person: their name (any case), their id, or their pseudonym.
                         A name that matches no one or several people is an error that
                         lists the candidates.
  --scope SCOPE          one of: %1
  --grant, --refuse, --withdraw
                         the decision (exactly one). --withdraw takes back a choice
                         that is granted now (anything else is refused: use --refuse);
                         --refuse of a granted choice is recorded as its withdrawal,
                         as check-in and the consent panel record it.
  --method M             how it was given: %2 (default: verbal)
  --by WHO               who recorded it (default: your user name)

Withdrawing take_part here only records the decision; &apos;withdraw&apos; also takes the
person&apos;s contributions out. Exit status: 0 done, 1 failed, 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a person: anonymise or delete their contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli withdraw FILE --participant NAME|ID (--delete | --anonymise)
                                [--method M] [--by WHO]

Withdraws a person from the workshop in one step: their consent to take part, and to
every other scope they had granted, is recorded as withdrawn; then
  --delete     deletes their notes (with the votes on them), their votes and their
               feedback for good: nothing of the words is left in the file, and it
               cannot be undone;
  --anonymise  keeps their notes, votes and feedback without their name; nothing is
               deleted. Direct quotes (verbatim notes) stay for the team but never
               appear in public outputs, since a quote can identify its speaker.
The audit trail records what was done, in numbers only. Their consent history and
payment record stay, so that both can still be proved and paid.

  --participant NAME|ID  the person: their name (any case), their id, or their pseudonym
  --method M             how they asked: %1 (default: verbal)
  --by WHO               who recorded it (default: your user name)

Exit status: 0 done, 1 failed, 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every consent decision to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli consent-register FILE OUT.csv

Writes the consent register of the workshop FILE: every consent decision ever recorded,
oldest first, with the participant&apos;s name and pseudonym, the scope, the decision, how it
was given, who recorded it and when (UTC), the information-sheet version and the
participant&apos;s id. It is personal data: keep it with the team. OUT.csv is UTF-8 (with a
byte-order mark, for spreadsheets) and is written completely or not at all; a full disk
leaves any earlier OUT.csv as it was. The export is recorded in the audit trail.

Exit status: 0 done, 1 failed, 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 consent decisions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the payments sheet (one row per person) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli payments FILE OUT.csv

Writes one row per person with a payment record in the workshop FILE: hours (session,
preparation, travel), rate, fee, expenses (travel, carer, other), total, currency,
method, whether it may affect their benefits, status and the date paid. Amounts are plain
numbers such as 25.00. Never bank details. It is personal data: keep it with the team.
OUT.csv is written completely or not at all (a full disk leaves any earlier one as it was);
the totals are printed. The export is recorded in the audit trail.

Exit status: 0 done, 1 failed, 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 payments to %2: %3 in total, %4 owed, %5 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture of one board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (team only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli export FILE --format FORMAT -o OUT [--audience public|team]
                              [--board NAME] [--sections LIST] [--by WHO]

Writes a report of the workshop FILE, filtered by everyone&apos;s consent choices:
  --audience public  (default) the share-back report for participants and partners:
                     only what people agreed to, names only where they agreed to be
                     named, no personal data, sensitive notes only once released;
  --audience team    the internal report: names, and the team-only sections. People who
                     have not agreed to take part are left out of both.

  --format FORMAT    one of (every report format applies the audience&apos;s choices):
%1
  -o OUT             the file to write; it is replaced only once the new one is complete
  --board NAME       only this board (its title, any case, or a unique start of it);
                     needed for png and svg when the workshop has several boards
  --sections LIST    comma-separated, in any order, from: %2
                     (default: all the audience may have)
  --by WHO           who exported it, for the audit trail (default: your user name)

Every export is recorded in the workshop&apos;s audit trail: what, for whom, the format and
how many notes and themes it holds, never their words.

Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--board “%1” could mean %2; give more of the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no board called “%1”. The boards are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format with --format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience “%1”; use public or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “%1” is for the team only; add --audience team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections needs at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be written over the workshop file itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no boards to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which board to draw with --board NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the share-back or team report (Markdown, HTML, PDF, ODT, DOCX, easy read, CSV, JSON) or a board picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a whole number of groups from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs a whole number of people per group, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say either --count N or --size K, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count, --size, --seed and --planning go with --allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be read as more than one pair of people; give their ids, as ID,ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs two people separated by a comma, for example &quot;Priya,Marcus&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. Make some with --allocate --count N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept together: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so its groups cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no rule about %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the rule about %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated %1 people at one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated %1 people at %2 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate breakout groups; keep people apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own templates are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an agenda format; choose md, pdf or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF goes to a file: say where with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda cannot be written over the workshop file itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the agenda to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one workshop file, then what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a step of the run; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes needs a whole number from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so the run cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workshop templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export a workshop&apos;s agenda (text, Markdown, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the day: start, pause, next, back, extend, skip, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no personal data left to purge in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge would do this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to purge now, or --preview to see what would go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged the personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data once the retention date has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an address such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--moderate is on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dots needs a number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so no notes could be kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no board called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode is open on every network this computer is connected to, not only the venue&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode could not watch for Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join link (for a QR code): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes were still waiting for approval and were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; %1 devices had joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let phones post notes over this computer&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the sealed file with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase in a file with --passphrase-file P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different output file: the sealed file cannot replace the one sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed the workshop into %1. Give the passphrase to the person receiving it another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a sealed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed %1 into %2. Give the passphrase to the person receiving it another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one sealed file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write what it holds with -o NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name, so that nothing is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed file opened, but what it holds is not a workshop this version can open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the sealed workshop “%1” into %2 (%3 participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the sealed file “%1” (%2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal a workshop or an export into one encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a sealed file with its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one workshop file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: yes (the file is marked read-only, so it can be looked at but not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workshop file and the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CSV file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a sign-up list is at most %3 MB. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so nobody can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 people and %2 consent answers into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which board with --board NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the note says with --text T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is either by --author NAME or --anonymous, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a note colour; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so no note can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created board “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workshop file and the JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written over the workshop file itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the JSON archive and the new workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1: %2 people, %3 groups, %4 boards, %5 notes (seed %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo workshop to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s), listed above. It was not changed.</source>
        <translation>
            <numerusform>“%1” has %n problem, listed above. It was not changed.</numerusform>
            <numerusform>“%1” has %n problems, listed above. It was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new workshop file, empty or from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a workshop&apos;s title, date and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a sign-up spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sticky note to a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything in a workshop to a JSON archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a synthetic workshop for tests and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo workshop to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a workshop file is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli groups FILE [--keep-apart A,B]... [--keep-together A,B]... [--allocate [--count N | --size K] [--seed S] [--planning]] [--list] [--json]

Breakout groups: who sits at which table.

  --keep-apart A,B     never seat A and B at one table (a manager and their own staff);
                       stored in the file. Repeat for more pairs.
  --keep-together A,B  seat A and B at the same table (a carer and the person they
                       support); stored in the file. Repeat for more pairs.
  --forget A,B         remove the rule about A and B.
  --allocate           seat everyone who arrived at the groups: tables within one person of
                       each other, each role spread evenly, pairs kept apart or together,
                       and people who need step-free access, a hearing loop or a quiet space
                       at a table that has it. People locked to a table stay there; table
                       facilitators are not seated. What cannot be met is said, and why.
  --count N            allocate into N groups (adding &quot;Table N&quot; groups or removing the
                       last ones); without --count or --size, the groups there are
  --size K             allocate into groups of about K people
  --seed S             another seed gives another arrangement; the same seed, the same one
                       (default 1)
  --planning           seat everyone confirmed as well as those who arrived (planning ahead)
  --list               show every group with its members (the default when nothing else is
                       asked), and any rule the tables as they are do not meet
  --json               the list as JSON: groups with their members&apos; names, the rules, and the
                       rules not met with why

A and B are names (or unique beginnings of names), pseudonyms or ids; a name that could mean
two people is refused with the candidates listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli templates

Lists the workshop templates: the built-in ones, then your own (saved from the app with
File &gt; Save as Template), and says where your own are kept. Use a name with
&apos;commonground-cli new FILE --template NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli agenda FILE [--format md|pdf|text] [-o OUT]

Prints the workshop&apos;s agenda for the room: each item with its time, length, prompt,
instructions and boards, and when the day ends (with a warning when it runs past the
venue&apos;s end time). It names nobody. The file is only read.

Options:
  -o, --output OUT  write it to OUT instead (replaced only once the new one is complete)
  --format F        md (Markdown), pdf or text; by default what OUT&apos;s name ends with,
                    else text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli run FILE [status|start|pause|resume|next|back|extend|skip|reset] [--minutes N]

Runs the day from the command line, as the app&apos;s Timekeeping menu does: each step is saved
in the workshop at once, so the app (opened now or later) carries on from it.

  status  where the day stands (the default)
  start   start the first item not yet run
  pause   stop the clock of the item under way; resume starts it again
  next    end the item under way and start the next one
  back    go back to the item before, with the time it had left
  extend  give the item under way more time (--minutes N, default 5)
  skip    leave out the item under way and start the next one
  reset   forget every recorded time, extension and skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli purge FILE [--preview] [--force] [--by NAME]

Purges the personal data of a workshop whose retention date has come: every person&apos;s name
is replaced by their pseudonym, and their organisation, email address, phone number, access
needs and private notes are removed; payment records, seating rules and photos showing
people are deleted. Notes, votes, feedback, themes, actions and the consent history stay,
shown under pseudonyms. The purge is recorded in the audit trail (in numbers only), the undo
history and every rolling backup of the file are removed, and nothing purged is left in the
file&apos;s bytes. It cannot be undone.

  --preview   say exactly what would go and what stays, and change nothing
  --force     purge before the retention date (or when none is set)
  --by NAME   who purged it, for the audit trail (default: your user name)

Exit status: 0 done (or previewed), 1 refused or failed (nothing changed), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli unseal IN -o NEW --passphrase-file P

Opens a sealed hand-over file (.cgseal) and writes what it holds to NEW: a workshop file
(name it .cgw), which is checked to open as a workshop before success is reported, or the
export that was sealed. An existing NEW is never replaced.

  -o NEW               the file to write; must not exist yet
  --passphrase-file P  a file holding the passphrase (one trailing newline is ignored)

A wrong passphrase, a file changed after sealing and a file cut short are each told plainly,
and nothing is written.

Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli new FILE [--template NAME] [--title T] [--date YYYY-MM-DD]

Creates a new workshop file: empty, or from a template (its agenda, groups and boards).
FILE must not exist yet. &apos;commonground-cli templates&apos; lists the templates.

Options:
  --template NAME    a template&apos;s name (e.g. half-day) or the path of a template file
  --title T          the workshop&apos;s title (default: the template&apos;s, else the file name)
  --date YYYY-MM-DD  the day of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli info FILE [--json]

Shows a workshop&apos;s title, date and how many of everything it holds. The file is only read.

Options:
  --json  print the same as a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli import-participants FILE CSV [--map COLUMN=FIELD]... [--keep-cancelled]

Adds the people in a sign-up spreadsheet saved as CSV (UTF-8, with or without BOM; comma
separated; quotes as spreadsheets write them) to the workshop FILE.

The first row names the columns. Common Ground&apos;s own columns are name, pseudonym, role,
organisation, email, phone, access_needs (separated by &apos;;&apos;), access_notes, attendance
(invited, confirmed, arrived, stepped out, left, no-show), notes, and take_part, be_named,
be_quoted, be_photographed, be_recorded, contact_later with yes, no or nothing (not recorded).
Exports from Eventbrite, Google Forms and Microsoft Forms are read as they come: First Name and
Last Name (or Surname) make the name; Email Address, Cell Phone, Company, Ticket Type or
&quot;I am attending as&quot; (the role), access questions such as &quot;Do you have any access needs?&quot;,
and Attendee Status are recognised. Free-text access needs (&quot;BSL interpreter please&quot;) count
as the needs they name, and the words are kept. Role answers such as &quot;Carer&quot; or &quot;Patient /
service user&quot; become a role, the answer kept in the notes; anything unknown becomes &apos;other&apos;
with a warning. Cancelled tickets are left out.

Options:
  --map COLUMN=FIELD  read COLUMN (as its header is written) as FIELD: name, first_name,
                      last_name, pseudonym, role, organisation, email, phone, access_needs,
                      access_notes, attendance, notes, a consent scope, or ignore. Repeatable.
  --keep-cancelled    add people whose ticket was cancelled, as no-shows

If any row has a problem, it is reported with its line number and nobody is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli add-note FILE --board NAME --text T [--author NAME | --anonymous] [--verbatim] [--sensitive] [--colour C]

Adds a sticky note to a board, in the next free place in reading order. The board is
created if there is none with that name.

Options:
  --board NAME   the board&apos;s title
  --text T       what the note says
  --author NAME  who said it: a person&apos;s name or pseudonym in this workshop
  --anonymous    nobody&apos;s name goes with it (the default)
  --verbatim     it is a direct quote, not a paraphrase
  --sensitive    safeguarding or wellbeing content: kept out of public outputs
  --colour C     yellow, blue, orange, green, pink or purple (default yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli export-json FILE OUT.json

Writes everything in the workshop FILE to a JSON archive: every person, consent decision,
board, note, photo (base64) and record, with their ids and times. Importing the archive with
import-json gives the same workshop back. The archive holds personal data: keep it as safe
as the workshop file. OUT.json is replaced only once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli import-json IN.json NEW.cgw

Makes a new workshop file from a JSON archive written by export-json. NEW.cgw must not
exist yet. The archive is checked completely first; if anything in it is wrong, no file is
made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli generate FILE [--participants N] [--groups G] [--boards B] [--notes N] [--seed S]

Makes a synthetic but realistic workshop for tests and benchmarks: mixed roles and consent,
groups, an agenda, boards with notes of sticky-note length in reading order, themes, votes,
actions, feedback and payments. The same options and seed always give the same file
content. FILE must not exist yet.

Options (defaults in brackets):
  --participants N  people (25)
  --groups G        breakout groups (4)
  --boards B        boards; the first G belong to the groups (5)
  --notes N         notes, spread over the boards (120)
  --seed S          the random seed (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli demo FILE

Writes the demo workshop (&quot;Improving mental health discharge&quot;, a half-day co-production
workshop with about 25 people, 4 tables, notes, themes, votes, actions, feedback and
payments; all names are fictional) to FILE, which must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli check FILE

Checks that FILE is a sound Common Ground workshop: its application id, schema version,
SQLite&apos;s integrity check and foreign key check. Prints OK, or each problem found (and exits
with 1). The file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli merge FILE COPY... [--preview] [--accept theirs|ours|ask] [--by NAME]

Brings table copies back into the lead facilitator&apos;s workshop FILE, offline, in any order,
each once, in one step (all of them or nothing). Notes, people&apos;s changes and every consent
decision from each copy arrive; a withdrawal recorded anywhere counts. When the same thing
was changed in two places, or changed where it was deleted elsewhere, the merge lists the
conflicts and stops unless --accept says how to settle them.

  --preview        say what would arrive and list the conflicts; change nothing
  --accept theirs  settle every conflict the table&apos;s way
  --accept ours    settle every conflict this file&apos;s way
  --accept ask     ask about each conflict (needs a terminal)
  --by NAME        who merged, for the audit trail (default: your user name)

Exit status: 0 merged (or previewed), 1 refused, conflicts unsettled or failed (nothing
changed), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to put the copies with --prepare DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared %1 table copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  t) %1   o) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice [t/o]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workshop file and at least one table copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept takes theirs, ours or ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept ask needs a terminal to ask on; use --accept theirs or --accept ours instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 would bring in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: say how to settle the conflicts with --accept theirs, --accept ours or --accept ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare one copy per table, for laptops without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring table copies back into the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-file needs the name of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is protected; give its passphrase with --passphrase-file P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli protect FILE --passphrase-file P

Protects a workshop with a passphrase: the file, its journal and its backups are encrypted,
so that someone who finds a lost laptop or USB stick cannot read anyone&apos;s words or details.
Opening it then needs the passphrase (every command takes --passphrase-file P).

IF THE PASSPHRASE IS LOST, NOBODY CAN OPEN THE WORKSHOP AGAIN: there is no second key and no
way to recover it, not even by us. Write it down and keep it somewhere safe.

  --passphrase-file P  a file holding the passphrase (at least 8 characters; one trailing
                       newline is ignored)

The file is rewritten beside itself, synced and renamed over the original; its old (plain)
backups are removed. The key comes from the passphrase through Argon2id; each page is
encrypted and authenticated with XChaCha20-Poly1305.

Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli unprotect FILE --passphrase-file P

Removes the passphrase protection of a workshop: the file is rewritten in the clear (beside
itself, then renamed over the original) and its protected backups are removed.

  --passphrase-file P  a file holding its passphrase (one trailing newline is ignored)

Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli change-passphrase FILE --passphrase-file OLD --new-passphrase-file NEW

Protects a workshop with a new passphrase: the file is encrypted again under the new key
(beside itself, then renamed over the original) and its backups under the old passphrase
are removed, so the old passphrase opens nothing afterwards.

  --passphrase-file OLD      a file holding the current passphrase
  --new-passphrase-file NEW  a file holding the new one (at least 8 characters)

If the new passphrase is lost, nobody can open the workshop again.

Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase in a file with --%1 P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected %1 with the passphrase. Keep the passphrase safe: if it is lost, nobody can open this workshop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the protection of %1: it is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase; protect it with &apos;commonground-cli protect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1; the old one no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect a workshop with a passphrase (encrypt it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a workshop&apos;s passphrase protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect a workshop with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli seal FILE -o OUT --passphrase-file P [--by NAME]

Seals a workshop (.cgw) or an export (a PDF, a report, a CSV...) into one encrypted file for
handing over on a USB stick or by email. Only someone with the passphrase can open it; if
the passphrase is lost, nobody can open the file, not even us. Tell the passphrase to the
person receiving it another way (in person, by phone), never in the same email.

  -o OUT               the sealed file to write (by convention ending .cgseal)
  --passphrase-file P  a file holding the passphrase (at least 8 characters; one trailing
                       newline is ignored)
  --by NAME            who is handing it over, for the audit trail (default: your user name)

A workshop is sealed as a consistent copy taken now, and the hand-over is recorded in its
audit trail (counts only, never names or words). The key comes from the passphrase through
Argon2id; the content is encrypted and authenticated with XChaCha20-Poly1305, so any change to
the sealed file, or a file cut short, is detected when it is opened.

A protected workshop is opened with the same passphrase and sealed as a plain copy, so the
person receiving it needs only the one passphrase.

Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is protected; seal it with its own passphrase (--passphrase-file P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli room FILE [--bind ADDR] [--port P] [--code CODE] [--moderate on|off]
                              [--vote BOARD] [--dots N]
       commonground-cli room FILE --personal-codes

Runs room mode without the desktop app: a small web page on this computer&apos;s network where
phones join with a code and post notes (and dots, while a vote is open) into FILE. Nothing
goes to the internet. The first line printed is

  room: http://ADDR:PORT/ code CODE

which is what people open on their phones and the code they type; the second line is the
link with the code in it, for a QR code. It runs until it is
stopped (Ctrl+C, or SIGTERM); every note received is in the file by then.

  --bind ADDR       the address to listen on (default 127.0.0.1: this computer only). Give
                    the laptop&apos;s address on the venue network (or its hotspot) for phones;
                    0.0.0.0 listens on every network and is never chosen for you
  --port P          the port (default 8080; 0 picks a free one)
  --code CODE       the join code (4 to 16 letters and digits; default: a random one)
  --moderate on|off whether notes wait for approval (default off). Without the desktop app
                    nobody can approve them: notes still waiting when room mode stops are
                    not kept, and how many is said on stop. Use on only to try the page out
  --vote BOARD      opens dot voting on the board with this title (or id)
  --dots N          dots per phone while voting (1 to 20, default 3)
  --personal-codes  prints each person&apos;s name and personal code (what they type on their
                    phone to say who they are), one a line, and stops, for a sign-in sheet

Exit status: 0 stopped cleanly, 1 failed to start, 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commonground-cli tables FILE --prepare DIR

Prepares one table copy per breakout group in DIR, each named after its group
(&quot;Table 1.cgw&quot;), for tables that capture on their own laptops without a network. A copy
holds its group, the group&apos;s boards with their photos, the agenda and the people list with
everyone&apos;s consent (without contact details or private notes), and knows which workshop it
came from. Open it on the table&apos;s laptop like any workshop; bring it back with
`commonground-cli merge`.

  --prepare DIR   the folder to write the copies into (made if missing; existing files are
                  never overwritten)

Exit status: 0 done, 1 refused or failed (nothing written), 2 wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::doc</name>
    <message>
        <source>Skip to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[A picture that could not be included]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: this program was started without the fonts it needs to lay out text. Use the Common Ground app, or save the report as HTML or ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so “%1” could not be written. Free some space and try again; any earlier file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2. Any earlier file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::doc::PdfComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::edits</name>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item lasts from 0 minutes to a whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda holds at most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item is already in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the boards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a board for each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some words on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who said this, or make the note anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of this note is not in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That theme is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note must have a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold up to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be from %1 to %2 points wide and high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note must stay within %1 points of the middle of its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n notes to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take note out of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %n notes out of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %n notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme groups notes on one board; these are on different boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the notes that belong together first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board&apos;s title can be up to 300 characters; put the rest in its prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board&apos;s prompt can be up to 5,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note on new board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark note as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark note as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark note as sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark note as sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be moved off the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %n notes as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme cannot be moved off the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is for one note or one theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote counts at least one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote can count up to %1 dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That vote is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of votes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 paper votes can be entered for one note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %n paper votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 facilitates %2, so they are already at that table. Choose another table facilitator first to seat them as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2, so they cannot be locked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both people must be in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 and %2 apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 and %2 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rule is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop keeping %1 and %2 apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop keeping %1 and %2 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and %1 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %n groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet: say how many to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to seat yet: nobody is marked as arrived. Mark arrivals at check-in, or plan ahead with everyone who confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to seat: nobody has confirmed or arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 people at one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 people at %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a different workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person needs a name (it can be a first name or a nickname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot simply be removed: %2 Use “Withdraw” to take them out of the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their consent choices are on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they wrote notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they gave feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are shown in a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent decision is already on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s name can be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member of a group can be locked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item cannot last less than no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no personal data left to purge in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs to say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action can be up to 4,000 characters; say the rest in a linked note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who will do it can be up to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked note is no longer on its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback needs a question and an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feedback question can be up to 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feedback answer can be up to 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long (at most 255 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caption can be up to 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture cannot have a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone shown in the photo is not in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to keep in the workshop (at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more hours than there are in a week; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the notes the action comes from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action from a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action from %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That feedback is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attachment is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment is no longer in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is no longer on its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a note marked sensitive is held back from public outputs; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release note for public outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold note back from public outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive note on “%1” was released for public outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive note on “%1” was held back from public outputs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items yet. Add the first one, then start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item on the agenda has been run or skipped. To run the day again, clear the run times first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the first item run; there is nothing to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item has been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from 1 to 120 minutes at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item cannot last more than a whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” %n more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has already happened, so it cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “%1” back on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the run times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme&apos;s name can be up to 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a theme on one board; change it on its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is not in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent decision needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent choices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feedback answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feedback answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew (consent withdrawn for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted %2, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made %2, %3 and %4 anonymous; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 of the notes is a direct quote, kept for the team and left out of public outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of the notes are direct quotes, kept for the team and left out of public outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the export of the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::enums</name>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bsl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::filelocation</name>
    <message>
        <source>This workshop is in a %1 folder. %1 can copy the file while a change is half written, makes conflicting copies when it is changed on two laptops, and keeps people&apos;s details on its own computers. Keep workshops in a folder on this laptop (such as Documents), and use File → Hand Over Securely… to pass one on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is on a network or remote drive (%1). If the connection drops in the middle of a change the file can be damaged, and the lock that keeps a second laptop out may not hold. Copy it to this laptop, work on the copy, and copy it back afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::io</name>
    <message>
        <source>line %1: the file is not in UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field starts here but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: there is text after a closing quote. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workshop is missing from this copy of Common Ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers to generate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes need at least one board to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups need people to be in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate at most %1 %2 (asked for %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated workshop (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community centre, main hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic workshop for tests and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback wall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is %1 MB; a sign-up list is at most %2 MB. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is empty; it needs a header row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file has %2 rows; at most %3 people can be imported at once. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: this row has %2 fields but the header has %3. Is there a comma that should be inside quotes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text in the column %2 is %3 characters long; at most %4 fit. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the role %2 is not one of %3, so it was recorded as “other”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the email address %2 has no @ in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 kept in the access notes (not one of the listed access needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 matched none of the listed access needs; it is kept in the access notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 must be yes, no or empty, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket cancelled (%1): left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2&apos;s ticket is cancelled (%3), so they were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the attendance %2 is not one Common Ground knows (invited, confirmed, arrived, stepped out, left, no-show), so it was recorded as “invited”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the name is empty. Every person needs a name (a first name or a nickname is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the name is %2 characters long; at most %3 fit. Is the right column used for names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is already in the workshop; added again as a separate person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is also on line %3; both were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to add: the file has a header row but no people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%n more problem(s); nobody was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 people and %2 consent answers from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the column %2 appears twice (%3 and %4). Choose which one to use in the preview, or leave one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the columns %2 and %3 both look like %4; %3 was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: there is no “name” column: nothing in the first row looks like people&apos;s names (name, or First Name and Last Name). Say which column holds the names (in the preview, or with --map COLUMN=name), for example name,pseudonym,role,organisation,email,phone,access_needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs (in their words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance or ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the column %1 is not one Common Ground uses, so it was left out. Choose what it holds in the preview if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be COLUMN=FIELD, for example &quot;Surname=last_name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not something Common Ground keeps; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::io::archive</name>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list of ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time (YYYY-MM-DDTHH:MM:SS.sssZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number from 0 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3 is out of bounds; it must be from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text: is %2 characters long; a note holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete JSON file (line %1: %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a Common Ground workshop archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive does not say which version of the format it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive was made by a newer version of Common Ground (format %1); this version reads format %2. Update Common Ground to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no workshop in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: the id %3 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 has no %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 refers to a %3 (%4) that is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 fixes a person (%2) to its table who is not one of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seating rule %1 pairs a person with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme %1 is on one board but lists notes as a cross-board theme does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme %1 lists a note twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note %1 is anonymous but names an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note %1 is by a participant but does not say who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vote %1 must be on exactly one note or one theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vote %1 has no dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are two payment records for the person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::io::photos</name>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be prepared for the workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a photo inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a photo can be up to %3 MB. Make a smaller copy of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is no picture in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a picture Common Ground can read. Choose a photo (JPEG or PNG, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels, far more than any photo needs; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::io::templates</name>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many entries (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is too large to be a workshop template (more than 4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete template (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Common Ground workshop template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does not say which version of the format it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was made by a newer version of Common Ground (format %1); this version reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group called “%1” in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are too many boards (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a workshop template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which template to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template called “%1”. The templates are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::journal</name>
    <message>
        <source>A private copy of “%1” could not be made to read it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not one SQLite writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made from a different version of the file (change %1; the file is at change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing it would damage the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal beside “%1” that does not belong to it could not be moved aside (%2), so the workshop was not opened. Move or delete “%3” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::look</name>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::palette</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::platform</name>
    <message>
        <source>“%1” is already open in another Common Ground window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::platform::FileLock</name>
    <message>
        <source>There is no file called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground is not allowed to read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a workshop file (it is not an ordinary file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::protection</name>
    <message>
        <source>That is not the passphrase this workshop was protected with. Check it (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key settings are outside what Common Ground allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop file is not protected, or its first bytes are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop was protected by a newer version of Common Ground (format %1); update Common Ground to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can only be read, so its protection cannot be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop itself was rewritten, but its older backups could not all be removed, and they are not protected the new way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected with a passphrase; give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already protected; to use another passphrase, change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess: it repeats the same few characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be stronger: four or five ordinary words that have nothing to do with each other are easy to remember and very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop file has been changed or damaged outside Common Ground, so it was not read (a protected file shows any change to its bytes). Restore it from a backup or an earlier copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop itself was rewritten, but the copy kept from before its file format was upgraded (%1) could not be removed, and it is not protected. Delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::protectui</name>
    <message>
        <source>The workshop is now protected with a passphrase. Keep the passphrase safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not protected, and is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is no longer protected: its file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::purge</name>
    <message>
        <source>1 name is replaced by the person’s pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names are replaced by the people’s pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email address is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email addresses are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phone number is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone numbers are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person’s access needs are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people’s access needs are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person’s private notes are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people’s private notes are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payment record is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payment records are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seating rule (who sits apart or together) is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seating rules (who sits apart or together) are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo showing people is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photos showing people are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3 stay, shown under pseudonyms; the consent choices keep applying to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards, themes, actions, the agenda and groups stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent history and the audit trail stay: they name people by pseudonym only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge: %1 replaced by pseudonyms; removed %2, %3, %4, the access needs of %5 and the private notes of %6; deleted %7, %8 and %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no retention date, so its personal data is not due to be purged. Set a retention date in the workshop&apos;s details, or purge now on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention date is %1, so this workshop&apos;s personal data is not due to be purged yet. Purge before the date only on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::qda</name>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Common Ground for the project team: people who have not agreed to take part are left out, everyone else is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Common Ground for sharing: only what people agreed to, under the names they agreed to; sensitive notes only once released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each board is a text source and each note a coded selection in it; themes are codes, and authors are cases. Positions count Unicode code points, and lines end with LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes of the board “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme on the board “%1”: %2, %3 (on the theme and its notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a theme (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the board “%1” that are in no theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes across boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes that gather notes from several boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme across boards: %1 from %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project for analysis is made of the boards and their notes: include “%1” in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breakout group whose board it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots on the board&apos;s notes that may be shown (each note&apos;s own are in its description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no themes with notes this audience may see, so there is no codebook to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project for analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REFI-QDA codebook (.qdc) of %1 codes, to import into NVivo, ATLAS.ti, MAXQDA or QualCoder. It holds the themes&apos; names and descriptions, not the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REFI-QDA project (.qdpx) to open in NVivo, ATLAS.ti, MAXQDA or QualCoder: %1 boards as text sources, %2 notes coded with %3 codes, %4 authors as cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codes: no note this audience may see is in a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes this audience may see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::report</name>
    <message>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes across boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we met: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no boards in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes from this board can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contribution is withheld from this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contributions are withheld from this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone chose what may be shared. Some people did not agree to take part, or to be quoted, and some notes are private. Their contributions are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who have not agreed to take part, or who withdrew, are left out of every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you to everyone who took part, including:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 other person who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 other people who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you to everyone who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
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
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a payment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: may affect benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (%1 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (%1 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people expected have access needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — for the team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the workshop team only. This report holds personal data: do not share it with participants or publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We met on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We met at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people agreed with most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for sharing your ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report as plain text with light formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one web page that opens in any browser, also offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 pages to print or send, fonts included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-print PDF (18 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF in 18 pt type, for people who asked for large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to edit in LibreOffice or any word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to edit in Microsoft Word or any word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short summary in plain words and large type, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the easy-read summary as a Word document, to add pictures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes, one a row, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report as data; the team&apos;s is the complete archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project for analysis tools (REFI-QDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project for NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook for analysis tools (REFI-QDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the themes alone, as a codebook for those tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written, but the export could not be recorded in the workshop&apos;s audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::room</name>
    <message>
        <source>This phone is not in the room. Join again with the code on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note went on its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes went on their boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note was not approved: the board it was sent to has been deleted. It is still waiting: reject it, or undo the deletion and approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes were not approved: the board they were sent to has been deleted. They are still waiting: reject them, or undo the deletion and approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for writing. Your notes cannot be kept for now, because you have not said yes to taking part in this workshop, so nothing you send here is stored. If you would like to take part, have a word with the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note was not kept: the person who sent it is not taking part any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes were not kept: the people who sent them are not taking part any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::room::RoomServer</name>
    <message>
        <source>Room mode is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mode could not start on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room with the address shown on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room&apos;s own page can send notes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cannot be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the note from the room&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be read. Reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer (by another program, or by room mode in another window). Choose another port, such as %2, and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::room::RoomService</name>
    <message>
        <source>The note could not be kept just now. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A join code is 4 to 16 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then type the code on the screen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the code on the screen and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is full. Ask the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be read. Reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is too long (%1 characters at most). Split it into two notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty. Type something, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board is no longer there. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot of notes at once. Wait a few seconds; your note will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator has many notes to read. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some words. Reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each phone 1 to 20 dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed just now. The facilitator will say when it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote could not be read. Reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all your dots. Take one back to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot at once. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot could not be kept just now. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed just now, so dots stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dot is not one of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot could not be taken back just now. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is closing the room. Your note is kept on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not ask to be a note-taker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board %1 takes notes for has been deleted. Remove the device; it can join again for another table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is no longer in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This join code has expired — ask the facilitator for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join could not be read. Reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note-taker joins for one table: pick your table&apos;s board, then join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board this note was sent to has been deleted, so the note cannot go on it. Undo the deletion to approve it, or reject the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more notes that are still waiting to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some words. Reject the notes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged note is too long (%1 characters at most). Merge fewer notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then type your personal code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That personal code is not right. Check the code you were given at check-in, or ask the facilitator. You can still send notes without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal code no longer works here. Say who you are again, or send the note without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who sent this note is not taking part any more, so it cannot be kept. It has left the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes are from different people who said who they are (or some without a name). Merge only notes from one person, or only anonymous ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge to undo: the merged note has been approved, edited or rejected since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::runtext</name>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 2 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at %1 (planned %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to end at %1 (planned %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 after the venue must be left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::schema</name>
    <message>
        <source>There is no way to upgrade this workshop file from version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workshop file to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::seal</name>
    <message>
        <source>Choose a different file: the sealed file cannot replace the workshop itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed hand-over of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sealed Common Ground file (it does not begin the way one does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file is incomplete: it ends too early, perhaps because copying it stopped part-way. Copy it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one this file was sealed with, or the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file was changed or damaged after it was sealed, so it was not opened. Ask for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to work out the key from the passphrase (it needs %1 MiB). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters: a short one can be guessed by a computer trying every possibility, and nothing else protects the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long; use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start, so nothing was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to seal (more than 1 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long to seal; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media type is too long to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key settings are outside what Common Ground allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder for the copy to seal could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start, so the file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file was made by a newer version of Common Ground (format %1); update Common Ground to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file asks for settings Common Ground does not allow, so it was not made by Common Ground or it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file is too long to hold a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (more than 1 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::sealui</name>
    <message>
        <source>The workshop could not be sealed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed a copy of the workshop into %1. Give the passphrase another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the opened workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the opened file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground workshops (*.cgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open the sealed file again and choose a new name, so that nothing is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1” and saved it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::selectionedits</name>
    <message>
        <source>That note is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%n notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vote to %n notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter paper votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::store</name>
    <message>
        <source>The picture “%1” came without its contents, so it cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 being changed is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 being removed is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 holds a value Common Ground cannot read (%2). The file may be damaged, or come from a newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop itself cannot be removed from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file has no workshop in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is missing from the workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::tablecopies</name>
    <message>
        <source>a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback answer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on %2&apos;s copy and in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the table&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this file&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on %2&apos;s copy but changed in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on %2&apos;s copy but deleted in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring it back as the table has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2&apos;s copy was refused by the workshop file&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on %2&apos;s copy, but this file has %3 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete what is on it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it and what is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in this file, but %2&apos;s copy added %3 to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring it back with what the table added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave it deleted, without what the table added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references between %1&apos;s copy and this file could not be sorted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no breakout groups yet, so there are no tables to prepare copies for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already there; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for %1 could not be marked as a table copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one table copy to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened as a table copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a table copy: it is a workshop file of its own. Only the files made by Prepare Table Copies can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a table copy of another workshop, not of this one, so it was not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) was merged into this workshop before, on %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts that still need a choice before the copies can be merged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged table copies (%6): %1 records added, %2 changed, %3 removed, including %4 consent decisions; %5 conflicts settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals kept over a grant recorded elsewhere at the same time: %1. Ask those people again if they want to change their minds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::workshopfile</name>
    <message>
        <source>There is no file called “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Common Ground workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Common Ground workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bounds check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more rows with values out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has a %3 out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of tables could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not as Common Ground makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is an unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more rows refer to missing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds %1 workshops; it must hold exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application id is %1, not Common Ground&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version is %1; this build knows 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is marked read-only, so changes cannot be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs recovering after an interruption, but there is no room for a private copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was interrupted in the middle of a change and could not be recovered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was interrupted in the middle of a change (a crash or power cut). It is shown as it was before that change; the file itself is unchanged until it is opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was interrupted in the middle of a change (a crash or power cut). That unfinished change was undone; everything saved before it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file beside “%1” does not belong to it (%2), so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file beside “%1” did not belong to it (%2). It was not applied, and was moved aside as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Common Ground (file format %2; this version reads up to %3). Update Common Ground to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete Common Ground workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s); commonground-cli check lists them all)</source>
        <translation>
            <numerusform> (and %n more problem; commonground-cli check lists them all)</numerusform>
            <numerusform> (and %n more problems; commonground-cli check lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older file format and must be upgraded, but it is read-only. Make a writable copy and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older file could not be backed up before upgrading, so it was left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file: a copy cannot replace the workshop it is copied from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to the disk completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be put in place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for a private copy to check “%1” in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was interrupted in the middle of a change, and undoing that change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was interrupted in the middle of a change (a crash or power cut); the journal beside it holds what is needed to undo that change. The file was not changed: what follows is the workshop as it will be once the change is undone, the next time it is opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file beside it does not belong to it (%1). It was left alone and not applied; opening the workshop for editing will move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses file format %1; opening it will back it up and upgrade it to format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, run and share back co-production workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop file (.cgw) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this page first: overview, agenda, people, checkin, payments, groups, boards, actions, feedback, share, or board:N for the Nth board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the presenter view as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the screen to PATH once everything is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For benchmarks: quit once the first board (or the start page) is painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open check-in, mark NAME as arrived and show their consent questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workshop&apos;s details (title, date, times, venue, ...) to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the people page and preview importing the sign-up spreadsheet CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File → Purge Personal Data… to preview the retention purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a separate copy of the app even if one is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For pictures: start room mode on this computer only (127.0.0.1, a free port), with a few notes from sample phones waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File → Merge Table Copies… with this table copy (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File → Prepare Table Copies….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a protected workshop with the passphrase in this file (its first line) instead of asking for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
