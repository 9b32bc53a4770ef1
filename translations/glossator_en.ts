<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>glossator::AnnotationsPanel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation><numerusform>%1 of %n annotation shown</numerusform><numerusform>%1 of %n annotations shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned</source>
        <translation><numerusform>, %n orphaned</numerusform><numerusform>, %n orphaned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation><numerusform>in %n document</numerusform><numerusform>in %n documents</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::CodebookPanel</name>
    <message numerus="yes">
        <source>It has %n sub-tag(s), which go with it.</source>
        <translation><numerusform>It has %n sub-tag, which go with it.</numerusform><numerusform>It has %n sub-tags, which go with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? It is used by %n annotation(s).</source>
        <translation><numerusform>Delete “%1”? It is used by %n annotation.</numerusform><numerusform>Delete “%1”? It is used by %n annotations.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::CommentDelegate</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden reply/replies</source>
        <translation><numerusform>%n hidden reply</numerusform><numerusform>%n hidden replies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies</source>
        <translation><numerusform>%n reply</numerusform><numerusform>%n replies</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::CommentTreeModel</name>
    <message numerus="yes">
        <source>(%n reply/replies)</source>
        <translation><numerusform>(%n reply)</numerusform><numerusform>(%n replies)</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::DocumentListModel</name>
    <message numerus="yes">
        <source>%1: %n comment(s)</source>
        <translation><numerusform>%1: %n comment</numerusform><numerusform>%1: %n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::DragnetTextImporter</name>
    <message numerus="yes">
        <source>%n line(s) of more than %1 characters (the longest has %2); a page rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</source>
        <translation><numerusform>%n line of more than %1 characters (the longest has %2); a page rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</numerusform><numerusform>%n lines of more than %1 characters (the longest has %2); a page rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) under the title were read as page details (date, author, comment count, categories, sharing links), not as article text.</source>
        <translation><numerusform>%n line under the title were read as page details (date, author, comment count, categories, sharing links), not as article text.</numerusform><numerusform>%n lines under the title were read as page details (date, author, comment count, categories, sharing links), not as article text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as "Reply") left out of the comments.</source>
        <translation><numerusform>%n line of site chrome (such as "Reply") left out of the comments.</numerusform><numerusform>%n lines of site chrome (such as "Reply") left out of the comments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) before the first author line belong to no comment and were left out.</source>
        <translation><numerusform>%n line before the first author line belong to no comment and were left out.</numerusform><numerusform>%n lines before the first author line belong to no comment and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) after the last author line (up to line %1) were read as a comment whose author is not known.</source>
        <translation><numerusform>%n line after the last author line (up to line %1) were read as a comment whose author is not known.</numerusform><numerusform>%n lines after the last author line (up to line %1) were read as a comment whose author is not known.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %1 comments by %2 end with the same %n line(s) ("%3"); they were read as the author's signature and left out of the comments.</source>
        <translation><numerusform>All %1 comments by %2 end with the same %n line ("%3"); they were read as the author's signature and left out of the comments.</numerusform><numerusform>All %1 comments by %2 end with the same %n lines ("%3"); they were read as the author's signature and left out of the comments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as a reply (%1): the page text does not show which comment each answers; each was read as a reply to the comment before it, or to an earlier one where its time or a quotation said so.</source>
        <translation><numerusform>%n comment marked as a reply (%1): the page text does not show which comment each answers; each was read as a reply to the comment before it, or to an earlier one where its time or a quotation said so.</numerusform><numerusform>%n comments marked as a reply (%1): the page text does not show which comment each answers; each was read as a reply to the comment before it, or to an earlier one where its time or a quotation said so.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::EditCommands</name>
    <message numerus="yes">
        <source>Import %n Files</source>
        <translation><numerusform>Import %n Files</numerusform><numerusform>Import %n Files</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::ExportDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::MainWindow</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n import notice(s)</source>
        <translation><numerusform>%n import notice</numerusform><numerusform>%n import notices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation><numerusform>%n comment match</numerusform><numerusform>%n comments match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and</source>
        <translation><numerusform>%n comment and</numerusform><numerusform>%n comments and</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be removed with it. Edit &gt; Undo brings everything back.</source>
        <translation><numerusform>%n annotation will be removed with it. Edit &gt; Undo brings everything back.</numerusform><numerusform>%n annotations will be removed with it. Edit &gt; Undo brings everything back.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::MarkdownImporter</name>
    <message numerus="yes">
        <source>%n line(s) of more than %1 characters (the longest has %2); an article rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</source>
        <translation><numerusform>%n line of more than %1 characters (the longest has %2); an article rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</numerusform><numerusform>%n lines of more than %1 characters (the longest has %2); an article rarely has paragraphs that long, so the file may not be what it seems. They were read as they stand.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as "Reply") left out of the comments.</source>
        <translation><numerusform>%n line of site chrome (such as "Reply") left out of the comments.</numerusform><numerusform>%n lines of site chrome (such as "Reply") left out of the comments.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::PageCopyImporter</name>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as "Login to comment") left out.</source>
        <translation><numerusform>%n line of site chrome (such as "Login to comment") left out.</numerusform><numerusform>%n lines of site chrome (such as "Login to comment") left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::Report</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n comment(s) shown: the %2 with annotations, and the comments they reply to as context.</source>
        <translation><numerusform>%1 of %n comment shown: the %2 with annotations, and the comments they reply to as context.</numerusform><numerusform>%1 of %n comments shown: the %2 with annotations, and the comments they reply to as context.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s).</source>
        <translation><numerusform>%n comment.</numerusform><numerusform>%n comments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation><numerusform>%n tag</numerusform><numerusform>%n tags</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %1 authors with most annotations have a column each; the other %n are added up under “others”.</source>
        <translation><numerusform>The %1 authors with most annotations have a column each; the other %n are added up under “others”.</numerusform><numerusform>The %1 authors with most annotations have a column each; the other %n are added up under “others”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::StartPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::TagTreeModel</name>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation><numerusform>Used %n time</numerusform><numerusform>Used %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, used %n time(s)</source>
        <translation><numerusform>%1, used %n time</numerusform><numerusform>%1, used %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with it or its sub-tags</source>
        <translation><numerusform>%n annotation with it or its sub-tags</numerusform><numerusform>%n annotations with it or its sub-tags</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::cli</name>
    <message numerus="yes">
        <source>%1: format %2, %n paragraph(s), </source>
        <translation><numerusform>%1: format %2, %n paragraph, </numerusform><numerusform>%1: format %2, %n paragraphs, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>with %n comment(s)</source>
        <translation><numerusform>with %n comment</numerusform><numerusform>with %n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n annotation(s)</source>
        <translation><numerusform>and %n annotation</numerusform><numerusform>and %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
</context>
</TS>