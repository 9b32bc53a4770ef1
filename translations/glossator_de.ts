<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>glossator</name>
    <message>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 MiB; larger files are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is %2, not a regular file; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; files over %3 MiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: there is no room to save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written or read (input/output error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file cannot be written: it, or its folder, is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the project file; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file cannot be opened: its folder may have gone, or it may not be readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not allow the project file to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to save the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::AboutDialog</name>
    <message>
        <source>About Glossator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting colours code blocks (MIT licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build shows code without syntax colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Glossator %1&lt;/h2&gt;&lt;p&gt;A reader and annotator for articles with their comment threads.&lt;/p&gt;&lt;p&gt;Glossator is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (running on Qt %3), under the GNU LGPL version 3&lt;/li&gt;&lt;li&gt;SQLite %4, in the public domain&lt;/li&gt;&lt;li&gt;uchardet, under the Mozilla Public License 1.1 (or GPL/LGPL)&lt;/li&gt;&lt;li&gt;%5&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reports embed the DejaVu fonts (a free licence of their own) and the Noto fonts (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Glossator never goes on the network: nothing in an imported page is fetched.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::AnnotationListModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orphaned) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the comment by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags apply to the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags apply to the whole comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: this passage could not be found again after the text changed. It is kept with its old place, shown here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, or the comment&apos;s author and id; sorts in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage coded, or the whole target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags the annotation carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coder&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the annotation last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document the annotation is in; sorts in the project&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::AnnotationsPanel</name>
    <message>
        <source>&amp;Orphans only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the annotations whose quote, tags, note or commenter contain every word typed here, in any case. Enter moves to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only orphaned annotations: passages not found again after their text was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of this document. Double-click or press Enter to see one in the text; click a column heading to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to show only the annotations that contain them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotation where it is in the article or the comments (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or change the selected annotation&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one tag off the selected annotation; taking off its last tag deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the only tag: taking it off deletes the annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take which tag off the annotation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the annotations of the document shown, or of every document in the project, grouped by document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many annotations the document or the project has, and how many the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between this document&apos;s annotations and those of the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of every document in the project. Double-click or press Enter to see one in its text, which opens its document; click a column heading to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No annotations in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Coding stripes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of this project. Drag a tag onto another to make it a sub-tag; F2 renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag at the top of the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the selected tag means, for everyone who codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected tag&apos;s uses to another tag and remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tag and its sub-tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does “%1” mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every use of “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n sub-tag(s), which go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? It is used by %n annotation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations keep their other tags. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag under the one selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of the tag selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new sub-tag of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new top-level tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
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
    <message>
        <source>inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CommentSectionReader</name>
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
    <name>glossator::CommentStructureActions</name>
    <message>
        <source>&amp;Merge into Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected comment&apos;s name line and text belong to the comment above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commenter&apos;s name was missed: start a new comment at one of this comment&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Author from First Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is the commenter&apos;s name; the current name line goes back to the comment above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Reply to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected comment a reply to a comment above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Top-Level Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected comment replies to the article, not to another comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which line is the name of the commenter who wrote what follows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which comment does “%1” answer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CommentTextEditor</name>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage to tag it; Escape goes back to the comment list</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
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
        <source>The comment thread. Left and Right collapse and expand replies; Enter moves into a comment&apos;s text to select a passage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::CsvExporter</name>
    <message>
        <source>Annotations as a table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the table: %1</source>
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
    <name>glossator::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s headline; every document needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication or agency, such as a newspaper&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the article was published; it is never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the article&apos;s publication time is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the article was published, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::DragnetTextImporter</name>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected page text (Dragnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of more than %1 characters (the longest has %2); a page rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;!@#$%^&amp;*()  COMMENTS&quot; that starts the comments was not found; the whole file was read as the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article appears twice, from line %1 and again from line %2; the second copy holds all of the first and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article appears twice, from line %1 and again from line %2; the first copy holds all of the second and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is too long to be a title; the file&apos;s name was taken as the title and the line kept as the article&apos;s first paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) under the title were read as page details (date, author, comment count, categories, sharing links), not as article text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing follows the comments line: no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; could not be read as a date; it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No author lines such as &quot;On … Jane said:&quot; or &quot;by Jane on …&quot; were found; commenters&apos; names were told from the shape of the lines, as in a page copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment section holds one line; it was read as a comment whose author is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as &quot;Reply&quot;) left out of the comments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) before the first author line belong to no comment and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This line is indented less than the rest of %1 by %2; it was kept as part of that comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment by %1 has no text before its author line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) after the last author line (up to line %1) were read as a comment whose author is not known.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 comments by %2 end with the same %n line(s) (&quot;%3&quot;); they were read as the author&apos;s signature and left out of the comments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The comment by %1 is indented %2 spaces, between two reply levels; it was read as %3 level(s) deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment by %1 is indented %2 level(s) deeper than the comment before it; it was read as a reply to that comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author line of %1 is indented differently from the comment&apos;s text; the text&apos;s indentation was taken as the reply level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as a reply (%1): the page text does not show which comment each answers; each was read as a reply to the comment before it, or to an earlier one where its time or a quotation said so.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as a reply but no comment comes before it; it was read as a comment of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quotes %2 and was read as a reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as a reply but is older than the comments it could answer; it was read as a reply to %2, which opens its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares %1 comments but %2 were found.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Tag with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::EditFailureBar</name>
    <message>
        <source>Edit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1. Nothing was changed: the project is as it was before this edit. Once the cause is put right, do it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ExportData</name>
    <message>
        <source>there is no tag %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write: a report to read, or data to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the document shown in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;documents of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every article in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;tagged comments, with the comments they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out comments that carry no tag and have no tagged replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the annotations of every tag, or only of the tags ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tags to export; a tag brings its sub-tags with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper the report is laid out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet programs then read the file as UTF-8; R and Python do not need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines of the file as they will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and write the export to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one tag, or choose every tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ExporterRegistry</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no space left on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device reported a read or write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is %2, which the export reads; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: named twice as an output; each output needs a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same file as %2; each output needs a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder; name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: only part of it could be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::FindBar</name>
    <message>
        <source>Match c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a text in the article and in the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match (%1, or Enter in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match (%1, or Shift+Enter in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find only text written with the same capital and small letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s matches are counted first, then the comments&apos; in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches are shown as you type. Enter goes to the first one and then to the next, Shift+Enter to the previous one, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::GlossatorJsonImporter</name>
    <message>
        <source>Glossator document JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object with &quot;article&quot; and &quot;comments&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;article&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s time &quot;%1&quot; is not an ISO 8601 time; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s &quot;paragraphs&quot; must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;comments&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 (counting from 1) is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 (counting from 1) has the id &quot;%2&quot; of an earlier comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 answers &quot;%2&quot;, which is not an earlier comment; it is shown at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 (counting from 1): &quot;paragraphs&quot; must be strings</source>
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
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your annotations are signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Glossator assumed or could not read when it imported this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the importer assumed about this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of this document&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the comments that contain this, with the comments they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every comment filter (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next comment in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the comment this one answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next answer to the same comment, skipping replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Tagged Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next comment with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Tagged Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous comment with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further comment that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring Next Overlapping Tag to Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where tagged passages overlap, show the next one&apos;s colour on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an annotated PDF report, or the annotations and codebook as data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand to &amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Top-Level Comments Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse every thread to its top-level comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show replies down to level %1, collapsing deeper ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article and comment text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article and comment text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s text size again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap Article and Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the comment tree on the other side of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations are signed with this name. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations are signed with this name, so that a team can tell its coders apart. Leave it empty to use your account&apos;s name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be removed with it. Edit &gt; Undo brings everything back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version, the libraries Glossator is built with, and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the user manual (it is part of the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample discussion with a small codebook and a few annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder name, colours, text size, paper size and what happens at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the document&apos;s title, source, author, address and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this document and its annotations from the project (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in this project already, as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document that is there, or add the file again as a second document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the field beside filters by: the comments&apos; text, their author, a tag with its sub-tags, or a coder. Each keeps its own, and all of them apply together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the comments by text, author, tag or coder (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the comments that carry no tag yet, neither whole nor on a passage (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged comments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters set under another kind that apply as well; choose that kind to change them, or Show All to clear them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by author (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the comments by an author whose name contains this, with the comments they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag: a path such as Risk/Safety (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the comments that carry this tag or one of its sub-tags, whole or on a passage. Type a tag&apos;s path or part of it and choose from the list; Enter on a tag in the codebook puts it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by coder (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the comments that this coder annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also filtering by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made of saved projects open for writing. Save this project first (File &gt; Save Project As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the copy of %1 made on %2? The project as it is now is copied first, so this can be undone by restoring that copy; the undo history starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator can make a new project from this one&apos;s documents, tags and annotations, leaving out what it refused, and open that. The file itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;Clean Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clean copy).glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator projects (*.glossa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the project back as it was when it was opened on an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ManualDialog</name>
    <message>
        <source>Glossator Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter for the next place it occurs (Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::MarkdownImporter</name>
    <message>
        <source>Markdown article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of more than %1 characters (the longest has %2); an article rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code block opened here is never closed; it was read to the end of the file (or of the quote it is in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no level-1 heading; its name was taken as the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as &quot;Reply&quot;) left out of the comments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossator::NoteDialog</name>
    <message>
        <source>Tag with Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag being applied, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the passage means for your analysis. Enter starts a new line; Ctrl+Enter applies the tag with this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this tag here, what it relates to, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the tag with this note, as one step that Undo takes back (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply nothing (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::NoteEditor</name>
    <message>
        <source>The annotation whose note is shown: its tags and its passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of the annotation at the cursor, or of the current comment&apos;s own tag. It is saved as you type; Edit &gt; Undo takes it back. Escape returns to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the note is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation here. Put the cursor in a tagged passage, choose a comment with a tag of its own, or pick an annotation in the Annotations panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole comment by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the note of the annotation at the cursor, showing the Notes panel; pressed in the note, hides the panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::NoticeListModel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
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
        <source>The comment section was found from line %1 (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line marks the comment section; it was found from the shape of the lines after line %1: names, each followed by comment text, with times or &quot;Reply&quot; links, or names that recur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line reads as a headline and was taken as the article&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::PdfReportExporter</name>
    <message>
        <source>Annotated report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your annotations are signed with; left empty, your account&apos;s name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the article and comment text, in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size (%1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each thread is shown when a document opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-level comments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the &amp;left, article on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side of the window the comment tree is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size of exported reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the locale uses (Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the locale uses (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last project when Glossator starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise Glossator starts with the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand on opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of a project is made each time it is opened; this many of the newest are kept (File &gt; Restore Backup). 0 makes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports, start-up and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
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
    <message>
        <source>Move Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first comment has no previous comment to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Comment into Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is split at one of its paragraphs after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment has no text to take its author from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first comment has no previous comment to take its author line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make First Line the Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 is not in the same document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment can only reply to a comment above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Top-Level Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage is given by its offsets or by its words, not by both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the target, whose text has %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was not found in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote occurs %1 times in the target; give the passage by its offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 cuts a character in two at offset %3 (an emoji or another character written as two UTF-16 units); use offset %4 or %5 there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ProjectBackups</name>
    <message>
        <source>%1: cannot be read for a backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
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
    <message>
        <source>Only a saved project open for writing can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored: its present state could not be copied first (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save: %2 cannot be removed</source>
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
    <message>
        <source>there is no comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read as a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Glossator; it can be opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Glossator (%2); it can be opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a document %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written to (a lock file is made beside the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened safely: this SQLite has no defensive mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a working copy of it to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no table %2; nothing was copied from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its table %2 has no column %3; it was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of table %1 refer to rows of %2 that it does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the clean copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project cannot be restored in the middle of an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`glossator clean-copy %1 -o NEW.glossa` makes a new project from its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Glossator cannot check schema %2; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged (its schema cannot be read: %2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds a %2 “%3” that Glossator did not create, so it is not opened; the file was not changed. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %2 “%3” is not defined as Glossator defines it, so it is not opened; the file was not changed. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged: %2 %3 is missing; the file was not changed. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2; the project was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the write-ahead log beside it, %2, is another database&apos;s (%3), so the project is not opened; neither file was changed. Move %2 away if it is not this project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pages are of %1 bytes, the project&apos;s of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first page is not a database header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first page has application id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first page has schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot check the write-ahead log beside it (no room for a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project cannot be read with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it makes a project created %1; this one was created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::QdcExporter</name>
    <message>
        <source>Codebook for QDA software (REFI-QDA .qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no tags to export, and a REFI-QDA codebook must hold at least one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the codebook: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::QuickTagPalette</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag&apos;s name, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter applies the highlighted tag; a name no tag has creates it. Shift+Enter asks for a note to go with the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::Report</name>
    <message>
        <source>Annotated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tag %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only comments with annotations, and the comments they reply to as context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, with their sub-tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted passages end with a raised number; the same number in the right margin names the passage&apos;s tags, and at the foot of the page gives its note. Overlapping passages are underlined in separate lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the whole note is under “Coded segments by tag”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n comment(s) shown: the %2 with annotations, and the comments they reply to as context.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context, not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words were changed or removed after they were made, so they have no place in the text above; they are kept with the words they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It read: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article, paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article, as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each tag is counted on its own: a sub-tag&apos;s annotations are not added to its parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: passages and whole-comment tags that carry the tag. Comments: distinct comments with at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags by comment author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with each tag in each author&apos;s comments; %1 counts the article&apos;s passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 authors with most annotations have a column each; the other %n are added up under “others”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every passage and whole-comment tag, grouped by tag, with its note. The numbers are those of the margin labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No coded segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the report as it will be written; Ctrl and the mouse wheel zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at the top of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the pages are shown (Ctrl+0 fits them to the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1 is made each time it is opened. Choose the one to put back: the project becomes as it was then, and its present state is kept as a copy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies of this project, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy of this project yet: one is made the next time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen copy back in place of the project as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the copies are kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::SampleProject</name>
    <message>
        <source>The sample is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, key or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::StartPage</name>
    <message>
        <source>Glossator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an article with its comment thread, and code what people say in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project, a page copied as text or another article file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample discussion with a small codebook and a few annotations, in a project of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects opened lately; press Enter or double-click to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop article files or projects anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
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
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::TagTreeModel</name>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with it or its sub-tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s name; its sub-tags are below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with this tag itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with this tag or any of its sub-tags, each counted once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::TaggingController</name>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected passage, or the current comment as a whole; type to find or create a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply or remove “%1” (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook has no tag number %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the article, or choose a comment, to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected passage or the current comment and write a note with the tag, in one step (Shift+Enter in the Tag palette does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::TextInput</name>
    <message>
        <source>this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first at byte %1); read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::WebAnnotationExporter</name>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the annotations: %1</source>
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
        <source>unknown command: %1</source>
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
        <source>import needs at least one FILE and -o PROJECT</source>
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
        <source>--tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take numbers</source>
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
    <message>
        <source>Writes an annotated PDF report, or the annotations and codebook as data, from a project. Several outputs may be written at once. A file is replaced only when its export succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export document D only (see info); may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: show only tagged comments, with their ancestors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark, for spreadsheet programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: A4 or Letter (default: the locale&apos;s paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size %1 (use A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document takes a document id, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag or more than one tag is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags names no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF report, CSV, Web Annotation JSON or a REFI-QDA codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a document with its comments and annotations from a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sample discussion to a new project (-o PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s options for the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (each has its own --help, as has `help COMMAND`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When another Glossator is writing the project, wait up to SECONDS for it to finish (default: 10; 0: give up at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(waited %1 s for it; --wait sets how long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these tags, with their sub-tags: comma-separated Parent/Child paths (a / in a name is written \/), or names that only one tag has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports article files into a project, creating it if needed. Nothing is written unless every file can be read and added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags the article, a comment, or a passage of either. The tag is named by its path (Parent/Child; a / in a name is written \/ and a backslash \\); the levels the project does not have yet are created. Nothing changes on an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s path, e.g. Tone/Sarcasm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a document from a project, with its comments and every annotation on it. Tags stay in the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove-document needs PROJECT and --document D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1 (see info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the bundled sample discussion, with its small codebook and a few annotations, to a new project: the same sample as Help &gt; Open the Sample in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (*.glossa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs -o PROJECT and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed document %1, “%2”,</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the sample to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the project has this file already as document %1; it is imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new project from the data of one refused for what its schema holds (-o NEW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a command nor an existing file; `%2 --help` lists the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window needs a display, and none is set (DISPLAY or WAYLAND_DISPLAY). Commands such as `%1 parse FILE` run without one; `%1 --help` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read a device, a pipe or a socket (which may never end, or never begin); files over 1 GiB are refused all the same. - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--allow-special-files reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; - writes it to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: write text cells exactly as they are, for R and Python. By default a cell that begins with =, +, -, @, a tab or a carriage return gets a leading &apos; so that a spreadsheet does not run it as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new project from the data of a project that Glossator refuses to open because its file holds objects Glossator did not create (triggers, views, other tables or indexes) or defines its tables otherwise. Only the rows of Glossator&apos;s own tables are copied, into a project made afresh; nothing of the old schema is run, and the old file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project file (*.glossa); it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean-copy needs one PROJECT and -o NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a clean copy of %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossator::cli::WindowParser</name>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample discussion in a new untitled project, as Help &gt; Open the Sample does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossator reads and annotates articles with their comment threads.

With files, opens them in the window.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects or article files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossator::tagpath</name>
    <message>
        <source>in the tag path “%1”, the backslash at character %2 escapes neither “/” nor “\” (a backslash in a name is written “\\”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path “%1” has an empty name in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
