<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>glossator::ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article. Select a passage to work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CommentDelegate</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden reply/replies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossator::CommentTreeModel</name>
    <message>
        <source>%1 wrote: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n reply/replies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CommentTreeView</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment thread. Left and Right collapse and expand replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::DocumentListModel</name>
    <message numerus="yes">
        <source>%1: %n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossator::EditCommands</name>
    <message>
        <source>Add Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Document Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::GuiLauncher</name>
    <message>
        <source>Cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator reads and annotates articles with their comment threads.

With files, opens them in the window.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ImportError</name>
    <message>
        <source> (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ImporterRegistry</name>
    <message>
        <source>Article files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; files over %2 MiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format of this file is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Glossator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every reply in the comment tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all replies, leaving the top-level comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Glossator</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the page says %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Glossator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glossator %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for articles with their comment threads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator projects (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article file or a project with File &gt; Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project, or an article file (into the open project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Article to Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another article file into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the project in a file of your choice; work is saved as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit last undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles in this project; choose one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of documents in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Article to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The untitled project has work in it. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you discard it, its articles and annotations are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator did not close normally last time. An untitled project from %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover it to continue where you left off, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Is Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only? You can read it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator could not complete that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved to a file of your choice yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::PageCopyImporter</name>
    <message>
        <source>Page copied as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first at byte %1); read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as &quot;Login to comment&quot;) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The comment section holds no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment section holds one line and no comment text; it was read as an author with an empty comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares %1 comments but %2 were found; the best reading was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was taken as a commenter&apos;s name although it reads like comment text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::Project</name>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation needs at least one tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation needs at least one tag; delete the annotation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parent tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a tag named “%1” at that place already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tag Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tag Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tags have a sub-tag named “%1”; merge or rename those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 has no comment %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ProjectManager</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add it to the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Glossator; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ProjectStore</name>
    <message>
        <source>%1: the project file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Glossator project (byte 0: no SQLite header); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application id %2 at byte 68); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer Glossator (schema %2; this version reads up to %3); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema version (byte 60) is %2, which no Glossator writes; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Glossator (process %2 on %3); it can be opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the lock file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be placed under itself or one of its sub-tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no comment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1–%2 lies outside the text, which has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such target in document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::cli</name>
    <message>
        <source>Reads an article file and prints its structure without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as FORMAT (one of: %1) instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: format %2, %n paragraph(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print the structure of an article file (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (each has its own --help):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports article files into a project, creating it if needed. Nothing is written unless every file can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.glossa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as FORMAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one FILE and -o PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as document %2 (%3, %4 comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a project&apos;s documents, tags and annotation counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes exactly one PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags the article, a comment, or a passage of either. The tag is created when the project has none of that name. Nothing changes on an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document id (see info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the comment with id C (as parse --json reports it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the passage (UTF-16 offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the passage (UTF-16 offset, exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage, by its exact text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coder&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs PROJECT, --document, --tag, one of --article and --comment, and at most one of --from/--to and --quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no comment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1-%2 is not inside the target, whose text has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote was not found in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote occurs %1 times in the target; give --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import article files into a project (-o PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a project&apos;s documents, tags and annotations (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the article, a comment or a passage in a project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
